import { normalizeDateTime } from "../odata";
import type { SqlValue } from "../storage/database";
import { FieldKind } from "../storage/field-types";
import { typeOf, type FieldRow } from "../storage/fields";
import { INVALID_FIELD_VALUE, textLimitOf, textTooLongMessage } from "../storage/item-values";
import type { Principals } from "../storage/principals";

/** One entry of `formValues` as SharePoint's validate-update methods take and return them. */
export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

export interface FormResult extends FormValue {
  ErrorCode: number;
  ErrorMessage: string | null;
  HasException: boolean;
  ItemId: number;
}

export function formValuesOf(value: unknown): FormValue[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === "object" && value !== null && "results" in value && Array.isArray(value.results)
      ? value.results
      : [];
  return list.flatMap((entry: unknown) =>
    typeof entry === "object" && entry !== null && "FieldName" in entry && typeof entry.FieldName === "string"
      ? [
          {
            FieldName: entry.FieldName,
            FieldValue: "FieldValue" in entry && entry.FieldValue != null ? String(entry.FieldValue) : "",
          },
        ]
      : [],
  );
}

/** `"3"`, `"3;#Title"`, `"1;#;#2;#"` → lookup ids. */
function lookupIds(text: string): number[] {
  return text
    .split(";#")
    .map((part) => Number(part))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** People arrive as `[{"Key":"i:0#.f|membership|anna@…"}]`. */
function personIds(text: string, principals: Principals): number[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      if (typeof entry !== "object" || entry === null || !("Key" in entry) || typeof entry.Key !== "string")
        return [];
      const user = principals.ensureUser(entry.Key);
      return user === undefined ? [] : [user.Id];
    });
  } catch {
    return lookupIds(text);
  }
}

/** A form value (always text) → the stored column value, or an error (message and code) for that field. */
export function storedFormValue(
  field: FieldRow,
  text: string,
  principals: Principals,
): SqlValue | { error: string; code?: number } {
  if (text === "") return null;
  const type = typeOf(field);
  switch (type.value) {
    case "text":
    case "guid": {
      const limit = textLimitOf(field);
      if (limit !== undefined && text.length > limit)
        return { error: textTooLongMessage(field, limit), code: INVALID_FIELD_VALUE };
      return text;
    }
    case "number":
    case "integer": {
      const number = Number(text.replace(",", "."));
      return Number.isFinite(number) ? number : { error: "Invalid number value." };
    }
    case "boolean":
      return ["1", "true", "yes"].includes(text.toLowerCase()) ? 1 : 0;
    case "datetime":
      return normalizeDateTime(text) ?? { error: "Invalid date/time value." };
    case "lookup":
      return lookupIds(text)[0] ?? { error: "Invalid lookup value." };
    case "user":
      return personIds(text, principals)[0] ?? { error: "The user does not exist or is not unique." };
    case "multi":
      if (field.FieldTypeKind === FieldKind.MultiChoice)
        return JSON.stringify(text.split(";#").filter((part) => part !== ""));
      if (field.FieldTypeKind === FieldKind.User) return JSON.stringify(personIds(text, principals));
      return JSON.stringify(lookupIds(text));
  }
}
