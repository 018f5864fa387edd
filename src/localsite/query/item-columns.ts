import type { ResolvedColumn } from "../odata";
import { SpError } from "../http/errors";
import { quoteIdent } from "../storage/database";
import { FieldKind } from "../storage/field-types";
import { isLookupLike, typeOf, type FieldRow } from "../storage/fields";
import { itemTable, type ListRow } from "../storage/lists";

/** A filter/order path resolved against one list's table (alias `t`), and whether an index serves it. */
export interface ItemColumn extends ResolvedColumn {
  indexed: boolean;
}

export function columnMissing(name: string): SpError {
  return new SpError(
    400,
    "-2146232832, Microsoft.SharePoint.SPException",
    `Column '${name}' does not exist. It may have been deleted by another user.`,
  );
}

const USER_PROPS: Record<string, { column: string; type: ResolvedColumn["type"] }> = {
  id: { column: "Id", type: "integer" },
  title: { column: "Title", type: "text" },
  email: { column: "Email", type: "text" },
  name: { column: "LoginName", type: "text" },
  username: { column: "UserPrincipalName", type: "text" },
  userprincipalname: { column: "UserPrincipalName", type: "text" },
};

function resolvedType(field: FieldRow): ResolvedColumn["type"] {
  const value = typeOf(field).value;
  if (value === "user") return "lookup";
  if (value === "guid") return "text";
  return value;
}

/** Resolves `Title`, `CustomerId`, `Customer/Id`, `Customer/Title`, `Author/EMail`, `FileRef` … for one list. */
export class ItemColumns {
  private readonly byName = new Map<string, FieldRow>();

  /**
   * `visibleIn`: the scopes whose items of a lookup's target list the caller may read (null: all of them). A
   * projected lookup column (`Goal/Title` in a filter or an order) sees only those items, as if the others did
   * not exist — else a filter could read, letter by letter, the titles of items its caller may not open.
   */
  constructor(
    readonly list: ListRow,
    readonly fields: readonly FieldRow[],
    private readonly listByGuid: (id: string) => ListRow | undefined,
    private readonly fieldsOf: (list: ListRow) => readonly FieldRow[],
    private readonly visibleIn: (target: ListRow) => readonly number[] | null = () => null,
  ) {
    for (const field of fields) {
      this.byName.set(field.EntityPropertyName.toLowerCase(), field);
      this.byName.set(field.InternalName.toLowerCase(), field);
    }
  }

  field(name: string): FieldRow | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** `CustomerId` / `AuthorId` → the lookup or person field it stores. */
  lookupByIdName(name: string): FieldRow | undefined {
    const lower = name.toLowerCase();
    if (!lower.endsWith("id")) return undefined;
    const field = this.byName.get(lower.slice(0, -2));
    return field !== undefined && isLookupLike(field) ? field : undefined;
  }

  resolve(path: readonly string[]): ItemColumn {
    const [first, second, ...rest] = path;
    if (first === undefined || rest.length > 0) throw columnMissing(path.join("/"));
    const lower = first.toLowerCase();
    if (second === undefined) {
      if (lower === "id") return { sql: "t.ID", type: "integer", indexed: true };
      if (lower === "fileref")
        return { sql: "(t.FileDirRef || '/' || t.FileLeafRef)", type: "text", indexed: false };
      if (lower === "fsobjtype" || lower === "filesystemobjecttype")
        return { sql: "t.FSObjType", type: "integer", indexed: false };
      const byId = this.lookupByIdName(first);
      if (byId !== undefined) return this.own(byId);
      const field = this.field(first);
      if (field === undefined) throw columnMissing(first);
      if (isLookupLike(field) && typeOf(field).value !== "multi") {
        // Filtering a lookup by its bare name compares its shown value (Title).
        return this.projected(field, "Title");
      }
      return this.own(field);
    }
    const field = this.field(first);
    if (field === undefined || !isLookupLike(field)) throw columnMissing(path.join("/"));
    if (typeOf(field).value === "multi") return { sql: "NULL", type: "multi", indexed: false };
    if (second.toLowerCase() === "id") return { ...this.own(field), type: "lookup" };
    return this.projected(field, second);
  }

  private own(field: FieldRow): ItemColumn {
    return {
      sql: `t.${quoteIdent(field.ColumnName)}`,
      type: resolvedType(field),
      indexed: field.Indexed === 1 || field.ColumnName === "ID",
    };
  }

  private projected(field: FieldRow, prop: string): ItemColumn {
    const id = `t.${quoteIdent(field.ColumnName)}`;
    if (field.FieldTypeKind === FieldKind.User) {
      const user = USER_PROPS[prop.toLowerCase()];
      if (user === undefined) throw columnMissing(`${field.InternalName}/${prop}`);
      return {
        sql: `(SELECT p.${user.column} FROM principals p WHERE p.Id = ${id})`,
        type: user.type,
        indexed: false,
      };
    }
    const target = field.LookupList === null ? undefined : this.listByGuid(field.LookupList);
    if (target === undefined) throw columnMissing(`${field.InternalName}/${prop}`);
    const targetColumns = new ItemColumns(target, this.fieldsOf(target), this.listByGuid, this.fieldsOf);
    const inner = targetColumns.resolve([prop]);
    if (inner.type === "multi") return { sql: "NULL", type: "multi", indexed: false };
    const sql = inner.sql.replace(/\bt\./g, "x.");
    // Scope ids are integers the site made, so they are safe to write into the SQL.
    const scopes = this.visibleIn(target);
    const trim =
      scopes === null ? "" : ` AND x._scope IN (${scopes.map((scope) => Math.trunc(scope)).join(", ")})`;
    return {
      sql: `(SELECT ${sql} FROM ${itemTable(target)} x WHERE x.ID = ${id}${trim})`,
      type: inner.type,
      indexed: false,
    };
  }
}
