import { ODataQueryError } from "./errors";
import type { FilterExpr } from "./filter-ast";
import { parseFilter } from "./filter-parser";

/** Where a page starts: `$skiptoken=Paged=TRUE&p_ID=123` means "after item 123". */
export interface SkipToken {
  pagedPrevId?: number;
  /** `PagedPrev=TRUE`: the page before pagedPrevId (PnPjs's `skip(n, true)`). Additive to the contract. */
  previousPage?: boolean;
  /** `p_<Field>=<value>` pairs: the last row's sort-key values when ordering by other columns. Additive. */
  sortValues?: Record<string, string>;
  raw: string;
}

export interface OrderBy {
  field: string[];
  descending: boolean;
}

export interface QueryOptions {
  select?: string[];
  expand?: string[];
  filter?: FilterExpr;
  filterText?: string;
  orderBy?: OrderBy[];
  top?: number;
  skipToken?: SkipToken;
}

const pathPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*$/;
const orderPattern = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?$/;

/**
 * Reads the OData query options SharePoint honours on collections. Values are already form-decoded by
 * URLSearchParams (`+` → space). Options it does not know ($skip on items, $format …) are ignored, as
 * SharePoint does; a malformed one is a 400 with SharePoint's message.
 */
export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const options: QueryOptions = {};
  const select = params.get("$select");
  if (select !== null) options.select = parseList(select, "$select", true);
  const expand = params.get("$expand");
  if (expand !== null) options.expand = parseList(expand, "$expand", false);
  const filter = params.get("$filter");
  if (filter !== null) {
    options.filter = parseFilter(filter);
    options.filterText = filter;
  }
  const orderBy = params.get("$orderby");
  if (orderBy !== null) options.orderBy = parseOrderBy(orderBy);
  const top = params.get("$top");
  if (top !== null) options.top = parseTop(top);
  const skipToken = params.get("$skiptoken");
  if (skipToken !== null) options.skipToken = parseSkipToken(skipToken);
  return options;
}

function parseList(text: string, option: string, allowStar: boolean): string[] {
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  for (const entry of entries) {
    if (!pathPattern.test(entry) && !(allowStar && (entry === "*" || /^[A-Za-z_]\w*\/\*$/.test(entry)))) {
      throw ODataQueryError.invalidExpression(`${option}=${text}`);
    }
  }
  return entries;
}

function parseOrderBy(text: string): OrderBy[] {
  const keys = text.split(",").map((key) => key.trim());
  return keys.map((key) => {
    const match = orderPattern.exec(key);
    if (match === null) throw ODataQueryError.invalidExpression(text);
    return { field: (match[1] ?? "").split("/"), descending: match[2] === "desc" };
  });
}

function parseTop(text: string): number {
  if (!/^\d{1,9}$/.test(text.trim())) throw ODataQueryError.invalidExpression(`$top=${text}`);
  return Number(text.trim());
}

function parseSkipToken(raw: string): SkipToken {
  const token: SkipToken = { raw };
  const sortValues: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (key === "p_ID") {
      if (!/^\d+$/.test(value)) throw ODataQueryError.invalidExpression(`$skiptoken=${raw}`);
      token.pagedPrevId = Number(value);
    } else if (key === "PagedPrev") {
      token.previousPage = value.toUpperCase() === "TRUE";
    } else if (key.startsWith("p_")) {
      sortValues[key.slice(2)] = value;
    }
  }
  if (Object.keys(sortValues).length > 0) token.sortValues = sortValues;
  return token;
}
