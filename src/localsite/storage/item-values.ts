import { normalizeDateTime } from "../odata";
import { SpError } from "../http/errors";
import type { SqlValue } from "./database";
import { FieldKind } from "./field-types";
import { isLookupLike, typeOf, type FieldRow } from "./fields";

/** The JSON property name a field is written and read under: lookups and people as `XId`. */
export function propertyNameOf(field: FieldRow): string {
  return isLookupLike(field) ? field.ColumnName : field.EntityPropertyName;
}

function invalidProperty(name: string, entity: string): SpError {
  return new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `The property '${name}' does not exist on type '${entity}'. Make sure to only use property names that are defined by the type.`,
  );
}

function invalidValue(field: FieldRow, value: unknown): SpError {
  const text = JSON.stringify(value);
  const shown = text.length > 100 ? `${text.slice(0, 100)}…` : text;
  return new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `A value of '${shown}' is not valid for the field '${field.InternalName}'.`,
  );
}

/** ODataLib's words when a property of a primitive type meets an object, an array or another primitive. */
function notPrimitive(name: string, value: unknown): SpError | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  return new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `An unexpected '${Array.isArray(value) ? "StartArray" : "StartObject"}' node was found for property named '${name}' when reading from the JSON reader. A 'PrimitiveValue' node was expected.`,
  );
}

function notText(): SpError {
  return new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for more details.",
  );
}

function arrayOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && value !== null && "results" in value && Array.isArray(value.results))
    return value.results;
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** The most characters a single line of text holds: 255, or the field's own smaller MaxLength. */
export function textLimitOf(field: FieldRow): number | undefined {
  if (field.FieldTypeKind !== FieldKind.Text) return undefined;
  const own = field.MaxLength;
  return own !== null && own > 0 && own < 255 ? own : 255;
}

export const INVALID_FIELD_VALUE = -2130575155;

/** The message for a single line of text over its limit (answered 400, or per field by validate-update). */
export function textTooLongMessage(field: FieldRow, limit: number): string {
  return `The value of the field '${field.Title}' is too long: a single line of text holds at most ${limit} characters.`;
}

function textTooLong(field: FieldRow, limit: number): SpError {
  return new SpError(
    400,
    `${INVALID_FIELD_VALUE}, Microsoft.SharePoint.SPFieldValueException`,
    textTooLongMessage(field, limit),
  );
}

function storedValue(field: FieldRow, name: string, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  const kind = typeOf(field).value;
  if (kind !== "multi") {
    const refused = notPrimitive(name, value);
    if (refused !== undefined) throw refused;
  }
  switch (kind) {
    case "text":
    case "guid": {
      if (typeof value !== "string") throw notText();
      const limit = textLimitOf(field);
      if (limit !== undefined && value.length > limit) throw textTooLong(field, limit);
      return value;
    }
    case "number":
    case "integer":
    case "lookup":
    case "user": {
      const number = toNumber(value);
      if (number === undefined) throw invalidValue(field, value);
      return kind === "number" ? number : Math.trunc(number);
    }
    case "datetime": {
      const stored = typeof value === "string" ? normalizeDateTime(value) : undefined;
      if (stored === undefined) throw invalidValue(field, value);
      return stored;
    }
    case "boolean":
      if (typeof value === "boolean") return value ? 1 : 0;
      if (value === 1 || value === "1" || value === "true") return 1;
      if (value === 0 || value === "0" || value === "false") return 0;
      throw invalidValue(field, value);
    case "multi": {
      const entries = arrayOf(value);
      if (entries === undefined) throw invalidValue(field, value);
      if (field.FieldTypeKind === FieldKind.MultiChoice) {
        if (!entries.every((entry) => typeof entry === "string")) throw invalidValue(field, value);
        return JSON.stringify(entries);
      }
      return JSON.stringify(
        entries.map((entry) => {
          const number = toNumber(entry);
          if (number === undefined) throw invalidValue(field, value);
          return number;
        }),
      );
    }
  }
}

/** A request body's properties → stored column values, refusing unknown or read-only properties like SharePoint. */
export function columnValuesFrom(
  body: Record<string, unknown>,
  fields: readonly FieldRow[],
  entityType: string,
): Map<string, SqlValue> {
  const writable = new Map<string, FieldRow>();
  for (const field of fields) {
    if (field.ReadOnlyField === 1) continue;
    writable.set(propertyNameOf(field).toLowerCase(), field);
  }
  const values = new Map<string, SqlValue>();
  for (const [name, value] of Object.entries(body)) {
    if (
      name === "__metadata" ||
      name === "odata.type" ||
      name === "ContentTypeId" ||
      name === "FileSystemObjectType"
    )
      continue;
    if (name.endsWith("StringId")) continue;
    const field = writable.get(name.toLowerCase());
    if (field === undefined) throw invalidProperty(name, entityType);
    values.set(field.ColumnName, storedValue(field, name, value));
  }
  return values;
}

/** A stored column value → its JSON value (booleans, numbers and multi-values restored). */
export function jsonValueOf(field: FieldRow, stored: unknown): unknown {
  if (stored === null || stored === undefined) {
    return typeOf(field).value === "multi" && field.FieldTypeKind !== FieldKind.MultiChoice ? [] : null;
  }
  switch (typeOf(field).value) {
    case "boolean":
      return stored === 1;
    case "multi":
      return typeof stored === "string" ? (JSON.parse(stored) as unknown) : [];
    default:
      return stored;
  }
}
