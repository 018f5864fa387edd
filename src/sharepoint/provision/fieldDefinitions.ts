import type { IFieldInfo, IFields } from "@pnp/sp/fields";
import type { FieldKind, FieldSchema } from "../schema/types";

/** SharePoint's type name per kind: what a field MERGE needs and what `TypeAsString` reports. */
export const sharePointType: Record<FieldKind, string> = {
  text: "Text",
  note: "Note",
  number: "Number",
  dateTime: "DateTime",
  boolean: "Boolean",
  choice: "Choice",
};

/** Adds one column as its kind asks; indexing and uniqueness are set afterwards by the same update path as drift. */
export function addField(fields: IFields, field: FieldSchema): Promise<Partial<IFieldInfo>> {
  const common = { Required: field.required === true };
  switch (field.kind) {
    case "text":
      return fields.addText(field.name, { ...common, MaxLength: 255 });
    case "note":
      return fields.addMultilineText(field.name, { ...common, NumberOfLines: 6, RichText: false });
    case "number":
      return fields.addNumber(field.name, common);
    case "dateTime":
      return fields.addDateTime(field.name, common);
    case "boolean":
      return fields.addBoolean(field.name, common);
    case "choice":
      return fields.addChoice(field.name, { ...common, Choices: [...(field.choices ?? [])] });
  }
}

/** The properties SharePoint should report for a column; only these are compared and brought up to date. */
export function wantedProperties(
  field: FieldSchema,
): Pick<IFieldInfo, "Indexed" | "Required" | "EnforceUniqueValues"> {
  return {
    Indexed: field.indexed === true,
    Required: field.required === true,
    EnforceUniqueValues: field.unique === true,
  };
}
