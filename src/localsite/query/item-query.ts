import { compileFilter, type QueryOptions } from "../odata";
import { quoteIdent, type SiteDatabase, type SqlValue } from "../storage/database";
import type { ItemRow } from "../storage/items";
import { itemTable } from "../storage/lists";
import type { ItemColumn, ItemColumns } from "./item-columns";

/** SharePoint answers 100 items when a query names no $top. */
export const DEFAULT_PAGE_SIZE = 100;

export interface ItemPage {
  rows: ItemRow[];
  /** The $skiptoken of the next page, when there is one. */
  nextSkipToken?: string;
}

interface SortKey {
  name: string;
  column: ItemColumn;
  descending: boolean;
}

/** `key comes after value` in this key's direction; SQLite sorts NULL first ascending, last descending. */
function after(key: SortKey, value: SqlValue, params: SqlValue[]): string {
  if (value === null) return key.descending ? "0" : `${key.column.sql} IS NOT NULL`;
  params.push(value);
  return key.descending ? `(${key.column.sql} < ? OR ${key.column.sql} IS NULL)` : `${key.column.sql} > ?`;
}

function typedValue(column: ItemColumn, text: string): SqlValue {
  if (text === "") return null;
  if (
    column.type === "number" ||
    column.type === "integer" ||
    column.type === "lookup" ||
    column.type === "boolean"
  ) {
    const number = Number(text);
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

/** Keyset paging: rows strictly after the last row of the previous page in (keys…, ID) order. */
function continuation(keys: SortKey[], options: QueryOptions, params: SqlValue[]): string | undefined {
  const token = options.skipToken;
  if (token?.pagedPrevId === undefined) return undefined;
  const values: SqlValue[] = [];
  for (const key of keys.slice(0, -1)) {
    const text = token.sortValues?.[key.name];
    if (text === undefined) {
      params.push(token.pagedPrevId);
      return "t.ID > ?";
    }
    values.push(typedValue(key.column, text));
  }
  values.push(token.pagedPrevId);
  const alternatives: string[] = [];
  keys.forEach((key, index) => {
    const parts: string[] = [];
    for (let j = 0; j < index; j += 1) {
      const prior = keys[j];
      const value = values[j] ?? null;
      if (prior === undefined) continue;
      params.push(value);
      parts.push(`${prior.column.sql} IS ?`);
    }
    parts.push(after(key, values[index] ?? null, params));
    alternatives.push(`(${parts.join(" AND ")})`);
  });
  return `(${alternatives.join(" OR ")})`;
}

function skipTokenOf(keys: SortKey[], last: ItemRow, raw: (key: SortKey, row: ItemRow) => unknown): string {
  const token = new URLSearchParams({ Paged: "TRUE", p_ID: String(last.ID) });
  for (const key of keys.slice(0, -1)) {
    const value = raw(key, last);
    token.set(`p_${key.name}`, value === null || value === undefined ? "" : String(value));
  }
  return token.toString();
}

/**
 * One page of items: filter, permission trimming, order, keyset paging. `visibleScopes` null means the caller
 * sees every item (site admin, or a list without unique scopes the caller can read).
 */
export function queryItems(
  store: SiteDatabase,
  columns: ItemColumns,
  options: QueryOptions,
  visibleScopes: readonly number[] | null,
  fetchColumns?: readonly string[],
): ItemPage {
  const table = itemTable(columns.list);
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (visibleScopes !== null) {
    // Unary + keeps the planner on the filter's index: the scope test is a cheap check per candidate row.
    where.push("+t._scope IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(visibleScopes));
  }
  if (options.filter !== undefined) {
    const compiled = compileFilter(options.filter, (path) => columns.resolve(path));
    where.push(compiled.sql);
    params.push(...compiled.params);
  }
  const keys: SortKey[] = (options.orderBy ?? [])
    .filter((key) => !(key.field.length === 1 && key.field[0]?.toLowerCase() === "id"))
    .map((key) => ({
      name: key.field.join("/"),
      column: columns.resolve(key.field),
      descending: key.descending,
    }));
  const idKey = (options.orderBy ?? []).find(
    (key) => key.field.length === 1 && key.field[0]?.toLowerCase() === "id",
  );
  keys.push({
    name: "ID",
    column: { sql: "t.ID", type: "integer", indexed: true },
    descending: idKey?.descending ?? false,
  });
  // PagedPrev=TRUE (PnPjs's skip(n, true)): the page before the token — scan backwards, then restore the order.
  const backwards = options.skipToken?.previousPage === true && options.skipToken.pagedPrevId !== undefined;
  const scanKeys = backwards ? keys.map((key) => ({ ...key, descending: !key.descending })) : keys;
  const after = continuation(scanKeys, options, params);
  if (after !== undefined) where.push(after);
  const top = options.top ?? DEFAULT_PAGE_SIZE;
  const selectKeys = keys
    .slice(0, -1)
    .map((key, index) => `, ${key.column.sql} AS _k${index}`)
    .join("");
  const projection =
    fetchColumns === undefined ? "t.*" : fetchColumns.map((column) => `t.${quoteIdent(column)}`).join(", ");
  const sql = `SELECT ${projection}${selectKeys} FROM ${table} t${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${scanKeys
    .map((key) => `${key.column.sql}${key.descending ? " DESC" : ""}`)
    .join(", ")} LIMIT ?`;
  params.push(top + 1);
  const rows = store.all<ItemRow>(sql, ...params);
  if (backwards) {
    rows.length = Math.min(rows.length, top);
    rows.reverse();
    const lastOfPage = rows[rows.length - 1];
    return lastOfPage === undefined
      ? { rows }
      : { rows, nextSkipToken: skipTokenOf(keys, lastOfPage, (key, row) => row[`_k${keys.indexOf(key)}`]) };
  }
  if (rows.length <= top) return { rows };
  rows.length = top;
  const last = rows[rows.length - 1];
  if (last === undefined) return { rows };
  return { rows, nextSkipToken: skipTokenOf(keys, last, (key, row) => row[`_k${keys.indexOf(key)}`]) };
}
