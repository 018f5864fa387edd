import { toInternalName } from "../odata";
import { SpError, argumentError } from "../http/errors";
import { quoteIdent, type SiteDatabase } from "./database";
import { FieldKind, fieldTypeInfo, type FieldTypeInfo } from "./field-types";
import { newGuid } from "./ids";

export interface FieldRow {
  ListNum: number;
  Id: string;
  Position: number;
  Title: string;
  InternalName: string;
  StaticName: string;
  EntityPropertyName: string;
  FieldTypeKind: number;
  TypeAsString: string;
  ColumnName: string;
  Hidden: number;
  ReadOnlyField: number;
  Required: number;
  Indexed: number;
  EnforceUniqueValues: number;
  CanBeDeleted: number;
  FromBaseType: number;
  Sealed: number;
  Description: string;
  Group: string;
  MaxLength: number | null;
  Choices: string | null;
  LookupList: string | null;
  LookupField: string | null;
  AllowMultipleValues: number;
  DefaultValue: string | null;
}

export interface NewField {
  Title: string;
  FieldTypeKind: number;
  InternalName?: string;
  Required?: boolean;
  Indexed?: boolean;
  EnforceUniqueValues?: boolean;
  Hidden?: boolean;
  MaxLength?: number;
  Choices?: string[];
  LookupListId?: string;
  LookupFieldName?: string;
  AllowMultipleValues?: boolean;
  Description?: string;
  DefaultValue?: string;
  Group?: string;
}

interface BuiltIn {
  name: string;
  kind: number;
  column: string;
  hidden?: boolean;
  readOnly?: boolean;
  required?: boolean;
  lookupField?: string;
}

/** The fields every generic list carries; their columns are created with the list's table. */
const BUILT_INS: readonly BuiltIn[] = [
  { name: "Title", kind: FieldKind.Text, column: "Title", required: true },
  { name: "ID", kind: FieldKind.Counter, column: "ID", readOnly: true },
  { name: "Created", kind: FieldKind.DateTime, column: "Created", readOnly: true },
  { name: "Modified", kind: FieldKind.DateTime, column: "Modified", readOnly: true },
  { name: "Author", kind: FieldKind.User, column: "AuthorId", readOnly: true },
  { name: "Editor", kind: FieldKind.User, column: "EditorId", readOnly: true },
  { name: "FileDirRef", kind: FieldKind.Text, column: "FileDirRef", hidden: true, readOnly: true },
  { name: "FileLeafRef", kind: FieldKind.File, column: "FileLeafRef", hidden: true, readOnly: true },
  { name: "FSObjType", kind: FieldKind.Integer, column: "FSObjType", hidden: true, readOnly: true },
  { name: "GUID", kind: FieldKind.Guid, column: "GUID", hidden: true, readOnly: true },
];

export function typeOf(field: Pick<FieldRow, "FieldTypeKind" | "AllowMultipleValues">): FieldTypeInfo {
  const info = fieldTypeInfo(field.FieldTypeKind, field.AllowMultipleValues === 1);
  if (info === undefined) throw new Error(`unknown field type ${field.FieldTypeKind}`);
  return info;
}

export function isLookupLike(field: Pick<FieldRow, "FieldTypeKind">): boolean {
  return field.FieldTypeKind === FieldKind.Lookup || field.FieldTypeKind === FieldKind.User;
}

/**
 * Field definitions per list, cached in memory: every request reads them and they change only through this
 * class (one process owns a data directory).
 */
export class Fields {
  private readonly cache = new Map<number, FieldRow[]>();

  constructor(private readonly store: SiteDatabase) {
    store.onRollback(() => this.cache.clear());
  }

  /** Drops the cached definitions of a list after a change (or its deletion). */
  forget(listNum: number): void {
    this.cache.delete(listNum);
  }

  forList(listNum: number): FieldRow[] {
    let fields = this.cache.get(listNum);
    if (fields === undefined) {
      fields = this.store.all<FieldRow>("SELECT * FROM fields WHERE ListNum = ? ORDER BY Position", listNum);
      this.cache.set(listNum, fields);
    }
    return fields;
  }

  byInternalNameOrTitle(listNum: number, name: string): FieldRow | undefined {
    const lower = name.toLowerCase();
    const fields = this.forList(listNum);
    return (
      fields.find((field) => field.InternalName.toLowerCase() === lower) ??
      fields.find((field) => field.Title.toLowerCase() === lower)
    );
  }

  byTitle(listNum: number, title: string): FieldRow | undefined {
    const lower = title.toLowerCase();
    return this.forList(listNum).find((field) => field.Title.toLowerCase() === lower);
  }

  byId(listNum: number, id: string): FieldRow | undefined {
    const lower = id.replace(/[{}]/g, "").toLowerCase();
    return this.forList(listNum).find((field) => field.Id.toLowerCase() === lower);
  }

  addBuiltIns(listNum: number): void {
    BUILT_INS.forEach((field, position) => {
      const info = fieldTypeInfo(field.kind, false);
      if (info === undefined) return;
      this.store.run(
        `INSERT INTO fields (ListNum, Id, Position, Title, InternalName, StaticName, EntityPropertyName, FieldTypeKind,
          TypeAsString, ColumnName, Hidden, ReadOnlyField, Required, CanBeDeleted, FromBaseType, "Group", MaxLength)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, '_Hidden', ?)`,
        listNum,
        newGuid(),
        position,
        field.name,
        field.name,
        field.name,
        field.name,
        field.kind,
        info.typeAsString,
        field.column,
        field.hidden === true ? 1 : 0,
        field.readOnly === true ? 1 : 0,
        field.required === true ? 1 : 0,
        field.kind === FieldKind.Text ? 255 : null,
      );
      this.forget(listNum);
    });
  }

  add(listNum: number, table: string, spec: NewField, lookupListExists: (id: string) => boolean): FieldRow {
    const allowMultiple = spec.AllowMultipleValues === true;
    const info = fieldTypeInfo(spec.FieldTypeKind, allowMultiple);
    if (
      info === undefined ||
      spec.FieldTypeKind === FieldKind.Counter ||
      spec.FieldTypeKind === FieldKind.Guid
    ) {
      throw argumentError(`The local site does not support fields of FieldTypeKind ${spec.FieldTypeKind}.`);
    }
    const internal = spec.InternalName ?? toInternalName(spec.Title);
    if (
      this.byInternalNameOrTitle(listNum, internal) !== undefined ||
      this.byTitle(listNum, spec.Title) !== undefined
    ) {
      throw argumentError(`A duplicate field name "${internal}" was found.`, 400);
    }
    const lookupLike = spec.FieldTypeKind === FieldKind.Lookup || spec.FieldTypeKind === FieldKind.User;
    const column = lookupLike ? `${internal}Id` : internal;
    if (
      this.store.get(
        "SELECT 1 AS x FROM fields WHERE ListNum = ? AND ColumnName = ? COLLATE NOCASE",
        listNum,
        column,
      )
    ) {
      throw argumentError(`A duplicate field name "${column}" was found.`);
    }
    if (spec.FieldTypeKind === FieldKind.Lookup) {
      if (spec.LookupListId === undefined || !lookupListExists(spec.LookupListId)) {
        throw argumentError("The lookup list does not exist.");
      }
    }
    const position =
      this.store.get<{ n: number }>(
        "SELECT COALESCE(MAX(Position), 0) + 1 AS n FROM fields WHERE ListNum = ?",
        listNum,
      )?.n ?? 1;
    const id = newGuid();
    this.store.exec(`ALTER TABLE ${table} ADD COLUMN ${quoteIdent(column)} ${info.sqlType}`);
    this.store.run(
      `INSERT INTO fields (ListNum, Id, Position, Title, InternalName, StaticName, EntityPropertyName, FieldTypeKind,
        TypeAsString, ColumnName, Hidden, Required, Description, "Group", MaxLength, Choices, LookupList, LookupField,
        AllowMultipleValues, DefaultValue)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      listNum,
      id,
      position,
      spec.Title,
      internal,
      internal,
      internal,
      spec.FieldTypeKind,
      info.typeAsString,
      column,
      spec.Hidden === true ? 1 : 0,
      spec.Required === true ? 1 : 0,
      spec.Description ?? "",
      spec.Group ?? "Custom Columns",
      spec.FieldTypeKind === FieldKind.Text ? (spec.MaxLength ?? 255) : null,
      spec.Choices === undefined ? null : JSON.stringify(spec.Choices),
      spec.FieldTypeKind === FieldKind.Lookup
        ? (spec.LookupListId ?? null)
        : spec.FieldTypeKind === FieldKind.User
          ? "{UserInfo}"
          : null,
      spec.FieldTypeKind === FieldKind.Lookup
        ? (spec.LookupFieldName ?? "Title")
        : spec.FieldTypeKind === FieldKind.User
          ? "Title"
          : null,
      allowMultiple ? 1 : 0,
      spec.DefaultValue ?? null,
    );
    this.forget(listNum);
    const field = this.byId(listNum, id);
    if (field === undefined) throw new Error("field vanished after insert");
    if (spec.Indexed === true) this.setIndexed(field, table, true);
    if (spec.EnforceUniqueValues === true) this.setUnique(this.byId(listNum, id) ?? field, table, true);
    return this.byId(listNum, id) ?? field;
  }

  setIndexed(field: FieldRow, table: string, indexed: boolean): void {
    const indexName = quoteIdent(`l_${field.ListNum}_ix_${field.ColumnName}`);
    if (!indexed && field.EnforceUniqueValues === 1) {
      throw argumentError(`The field '${field.InternalName}' enforces unique values: it must stay indexed.`);
    }
    if (indexed) {
      if (typeOf(field).value === "multi" || field.FieldTypeKind === FieldKind.Note) {
        throw argumentError(`The field '${field.InternalName}' cannot be indexed.`);
      }
      // Text filters compare case-insensitively (NOCASE), so text indexes must use that collation to serve them.
      const collation = typeOf(field).value === "text" ? " COLLATE NOCASE" : "";
      this.store.exec(
        `CREATE INDEX IF NOT EXISTS ${indexName} ON ${table}(${quoteIdent(field.ColumnName)}${collation})`,
      );
    } else {
      this.store.exec(`DROP INDEX IF EXISTS ${indexName}`);
    }
    this.store.run(
      "UPDATE fields SET Indexed = ? WHERE ListNum = ? AND Id = ?",
      indexed ? 1 : 0,
      field.ListNum,
      field.Id,
    );
    this.forget(field.ListNum);
  }

  /**
   * Unique values, kept by SQLite itself: a UNIQUE index on the column (case-insensitive for text, as
   * SharePoint compares), so two concurrent adds can never both land, whatever the requests interleave.
   * Empty values are not compared (SQLite lets NULL repeat). Like SharePoint, the column must be indexed,
   * and switching it on where the list already holds duplicates is refused.
   */
  setUnique(field: FieldRow, table: string, unique: boolean): void {
    const indexName = uniqueIndexName(field);
    if (unique) {
      const current = this.byId(field.ListNum, field.Id) ?? field;
      if (current.Indexed !== 1) {
        throw argumentError(
          `The field '${field.InternalName}' must be indexed before it can enforce unique values.`,
        );
      }
      const collation = typeOf(field).value === "text" ? " COLLATE NOCASE" : "";
      try {
        this.store.exec(
          `CREATE UNIQUE INDEX IF NOT EXISTS ${indexName} ON ${table}(${quoteIdent(field.ColumnName)}${collation})`,
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new SpError(
          400,
          "-2146232832, Microsoft.SharePoint.SPException",
          `This field contains duplicate values. Remove all duplicate values and try the operation again.`,
        );
      }
    } else {
      this.store.exec(`DROP INDEX IF EXISTS ${indexName}`);
    }
    this.store.run(
      "UPDATE fields SET EnforceUniqueValues = ? WHERE ListNum = ? AND Id = ?",
      unique ? 1 : 0,
      field.ListNum,
      field.Id,
    );
    this.forget(field.ListNum);
  }

  update(field: FieldRow, table: string, props: Record<string, unknown>): void {
    const set = (column: string, value: string | number | null): void => {
      this.store.run(
        `UPDATE fields SET ${quoteIdent(column)} = ? WHERE ListNum = ? AND Id = ?`,
        value,
        field.ListNum,
        field.Id,
      );
      this.forget(field.ListNum);
    };
    for (const [key, value] of Object.entries(props)) {
      if (key === "__metadata") continue;
      if (key === "Indexed" && typeof value === "boolean") this.setIndexed(field, table, value);
      else if (key === "EnforceUniqueValues" && typeof value === "boolean") {
        const current = this.byId(field.ListNum, field.Id) ?? field;
        if ((current.EnforceUniqueValues === 1) !== value) this.setUnique(current, table, value);
      } else if (
        (key === "Title" || key === "Description" || key === "Group" || key === "DefaultValue") &&
        typeof value === "string"
      )
        set(key, value);
      else if ((key === "Required" || key === "Hidden") && typeof value === "boolean")
        set(key, value ? 1 : 0);
      else if (key === "MaxLength" && typeof value === "number") set(key, value);
      else if (key === "Choices") set(key, JSON.stringify(choicesOf(value) ?? []));
      else if (key === "AllowMultipleValues" && typeof value === "boolean" && isLookupLike(field)) {
        this.setMultiple(field, table, value);
      }
    }
  }

  /** Switching a lookup/person field between one and many values rewrites its stored values (id ⇄ [id]). */
  private setMultiple(field: FieldRow, table: string, multiple: boolean): void {
    if ((field.AllowMultipleValues === 1) === multiple) return;
    const column = quoteIdent(field.ColumnName);
    if (multiple) {
      this.setIndexed(field, table, false);
      this.store.exec(`UPDATE ${table} SET ${column} = json_array(${column}) WHERE ${column} IS NOT NULL`);
    } else {
      this.store.exec(
        `UPDATE ${table} SET ${column} = json_extract(${column}, '$[0]') WHERE ${column} IS NOT NULL`,
      );
    }
    const info = fieldTypeInfo(field.FieldTypeKind, multiple);
    this.store.run(
      "UPDATE fields SET AllowMultipleValues = ?, TypeAsString = ? WHERE ListNum = ? AND Id = ?",
      multiple ? 1 : 0,
      info?.typeAsString ?? field.TypeAsString,
      field.ListNum,
      field.Id,
    );
    this.forget(field.ListNum);
  }

  delete(field: FieldRow, table: string): void {
    if (field.CanBeDeleted === 0) throw argumentError("This field cannot be deleted.");
    this.store.exec(`DROP INDEX IF EXISTS ${uniqueIndexName(field)}`);
    this.store.exec(`DROP INDEX IF EXISTS ${quoteIdent(`l_${field.ListNum}_ix_${field.ColumnName}`)}`);
    this.store.exec(`ALTER TABLE ${table} DROP COLUMN ${quoteIdent(field.ColumnName)}`);
    this.store.run("DELETE FROM fields WHERE ListNum = ? AND Id = ?", field.ListNum, field.Id);
    this.forget(field.ListNum);
  }
}

const uniqueIndexName = (field: Pick<FieldRow, "ListNum" | "ColumnName">): string =>
  quoteIdent(`l_${field.ListNum}_ux_${field.ColumnName}`);

/**
 * better-sqlite3's error for a UNIQUE index a write (or the index's creation) would break. Recognised by its
 * code and message alone, not `instanceof Error`: the native module's errors may come from another realm
 * than the caller's (Jest gives every test file its own globals but loads a native addon once per worker).
 */
export function isUniqueViolation(error: unknown): error is Error & { code: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/** Choices arrive as `["a","b"]` or verbose `{"results":["a","b"]}`. */
export function choicesOf(value: unknown): string[] | undefined {
  const list = Array.isArray(value)
    ? value
    : typeof value === "object" && value !== null && "results" in value && Array.isArray(value.results)
      ? value.results
      : undefined;
  return list?.filter((entry): entry is string => typeof entry === "string");
}
