/**
 * OData `$filter` text built from parts, so user text is never concatenated raw: every literal passes
 * through `literal`, which doubles single quotes as SharePoint requires.
 */
declare const filterBrand: unique symbol;
export type Filter = string & { readonly [filterBrand]: true };

export type FilterValue = string | number | boolean | Date | null;

export function literal(value: FilterValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  const text = value instanceof Date ? value.toISOString() : value;
  return `'${text.replaceAll("'", "''")}'`;
}

type Comparison = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

function compare(op: Comparison) {
  return (field: string, value: FilterValue): Filter => `${field} ${op} ${literal(value)}` as Filter;
}

export const eq = compare("eq");
export const ne = compare("ne");
export const lt = compare("lt");
export const le = compare("le");
export const gt = compare("gt");
export const ge = compare("ge");

export function startsWith(field: string, value: string): Filter {
  return `startswith(${field},${literal(value)})` as Filter;
}

export function contains(field: string, value: string): Filter {
  return `substringof(${literal(value)},${field})` as Filter;
}

/** Joined with `and`; the first part is the one SharePoint uses for the threshold check, so put the indexed one first. */
export function and(first: Filter, ...rest: Filter[]): Filter {
  return rest.length === 0 ? first : ([first, ...rest].map((p) => `(${p})`).join(" and ") as Filter);
}

export function or(first: Filter, ...rest: Filter[]): Filter {
  return rest.length === 0 ? first : ([first, ...rest].map((p) => `(${p})`).join(" or ") as Filter);
}

/** `Field eq a or Field eq b …` — PnPjs has no `in`; callers keep the list short (≤ 40 staff, one query). */
export function anyOf(field: string, values: readonly FilterValue[]): Filter {
  const [first, ...rest] = values.map((v) => eq(field, v));
  if (first === undefined) throw new RangeError(`anyOf(${field}) needs at least one value`);
  return or(first, ...rest);
}
