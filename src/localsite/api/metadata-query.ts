import { compileFilter, parseQueryOptions, type ResolvedColumn } from "../odata";
import { quoteIdent, type SiteDatabase, type SqlValue } from "../storage/database";
import { columnMissing } from "../query/item-columns";

export type ColumnTypes = Record<string, ResolvedColumn["type"]>;

export const LIST_COLUMNS: ColumnTypes = {
  Id: "text",
  Title: "text",
  Description: "text",
  BaseTemplate: "integer",
  BaseType: "integer",
  Hidden: "boolean",
  ItemCount: "integer",
  Created: "datetime",
  LastItemModifiedDate: "datetime",
  EntityTypeName: "text",
  ContentTypesEnabled: "boolean",
  EnableFolderCreation: "boolean",
  HasUniqueRoleAssignments: "boolean",
};

export const FIELD_COLUMNS: ColumnTypes = {
  Id: "text",
  Title: "text",
  InternalName: "text",
  StaticName: "text",
  EntityPropertyName: "text",
  FieldTypeKind: "integer",
  TypeAsString: "text",
  Hidden: "boolean",
  ReadOnlyField: "boolean",
  Required: "boolean",
  Indexed: "boolean",
  EnforceUniqueValues: "boolean",
  CanBeDeleted: "boolean",
  FromBaseType: "boolean",
  Sealed: "boolean",
  Description: "text",
  Group: "text",
  MaxLength: "integer",
};

export const PRINCIPAL_COLUMNS: ColumnTypes = {
  Id: "integer",
  Title: "text",
  LoginName: "text",
  Email: "text",
  UserPrincipalName: "text",
  IsSiteAdmin: "boolean",
  PrincipalType: "integer",
  Description: "text",
};

export const ROLE_COLUMNS: ColumnTypes = {
  Id: "integer",
  Name: "text",
  RoleTypeKind: "integer",
  Order: "integer",
  Description: "text",
  Hidden: "boolean",
};

/** Rows of a metadata table matching the request's $filter (properties named as SharePoint names them). */
export function queryMetadata<T>(
  store: SiteDatabase,
  table: string,
  columns: ColumnTypes,
  query: URLSearchParams,
  base: { sql: string; params: SqlValue[] },
  orderBy: string,
): T[] {
  const options = parseQueryOptions(query);
  const lookup = new Map(Object.entries(columns).map(([name, type]) => [name.toLowerCase(), { name, type }]));
  const where = [base.sql];
  const params = [...base.params];
  if (options.filter !== undefined) {
    const compiled = compileFilter(options.filter, (path) => {
      const column = path.length === 1 ? lookup.get((path[0] ?? "").toLowerCase()) : undefined;
      if (column === undefined) throw columnMissing(path.join("/"));
      return { sql: quoteIdent(column.name), type: column.type };
    });
    where.push(compiled.sql);
    params.push(...compiled.params);
  }
  const top = options.top === undefined ? "" : ` LIMIT ${Math.max(0, Math.trunc(options.top))}`;
  return store.all<T>(
    `SELECT * FROM ${table} WHERE ${where.join(" AND ")} ORDER BY ${orderBy}${top}`,
    ...params,
  );
}

export function selectOf(query: URLSearchParams): string[] | undefined {
  return parseQueryOptions(query).select;
}
