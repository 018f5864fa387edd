/** What the local site knows about each SharePoint field type it stores. */
export type ValueKind =
  "text" | "number" | "integer" | "datetime" | "boolean" | "lookup" | "user" | "multi" | "guid";

export interface FieldTypeInfo {
  typeAsString: string;
  odataType: string;
  sqlType: "TEXT" | "REAL" | "INTEGER";
  value: ValueKind;
}

export const FieldKind = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  Guid: 14,
  MultiChoice: 15,
  File: 18,
  User: 20,
} as const;

export function fieldTypeInfo(kind: number, allowMultiple: boolean): FieldTypeInfo | undefined {
  switch (kind) {
    case FieldKind.Text:
      return { typeAsString: "Text", odataType: "SP.FieldText", sqlType: "TEXT", value: "text" };
    case FieldKind.Note:
      return { typeAsString: "Note", odataType: "SP.FieldMultiLineText", sqlType: "TEXT", value: "text" };
    case FieldKind.DateTime:
      return { typeAsString: "DateTime", odataType: "SP.FieldDateTime", sqlType: "TEXT", value: "datetime" };
    case FieldKind.Choice:
      return { typeAsString: "Choice", odataType: "SP.FieldChoice", sqlType: "TEXT", value: "text" };
    case FieldKind.MultiChoice:
      return {
        typeAsString: "MultiChoice",
        odataType: "SP.FieldMultiChoice",
        sqlType: "TEXT",
        value: "multi",
      };
    case FieldKind.Boolean:
      return { typeAsString: "Boolean", odataType: "SP.Field", sqlType: "INTEGER", value: "boolean" };
    case FieldKind.Number:
      return { typeAsString: "Number", odataType: "SP.FieldNumber", sqlType: "REAL", value: "number" };
    case FieldKind.Currency:
      return { typeAsString: "Currency", odataType: "SP.FieldCurrency", sqlType: "REAL", value: "number" };
    case FieldKind.Integer:
      return { typeAsString: "Integer", odataType: "SP.FieldNumber", sqlType: "INTEGER", value: "integer" };
    case FieldKind.Counter:
      return { typeAsString: "Counter", odataType: "SP.Field", sqlType: "INTEGER", value: "integer" };
    case FieldKind.Guid:
      return { typeAsString: "Guid", odataType: "SP.FieldGuid", sqlType: "TEXT", value: "guid" };
    case FieldKind.File:
      return { typeAsString: "File", odataType: "SP.Field", sqlType: "TEXT", value: "text" };
    case FieldKind.Lookup:
      return allowMultiple
        ? { typeAsString: "LookupMulti", odataType: "SP.FieldLookup", sqlType: "TEXT", value: "multi" }
        : { typeAsString: "Lookup", odataType: "SP.FieldLookup", sqlType: "INTEGER", value: "lookup" };
    case FieldKind.User:
      return allowMultiple
        ? { typeAsString: "UserMulti", odataType: "SP.FieldUser", sqlType: "TEXT", value: "multi" }
        : { typeAsString: "User", odataType: "SP.FieldUser", sqlType: "INTEGER", value: "user" };
    default:
      return undefined;
  }
}
