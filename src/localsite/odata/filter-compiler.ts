import { normalizeDateTime } from "./datetime";
import { ODataQueryError } from "./errors";
import type { ComparisonOperator, DatePart, FilterExpr, Literal } from "./filter-ast";
import { printFilter } from "./filter-printer";

/**
 * How the server stores the column a filter path names. `sql` is a trusted column expression (never user
 * text); `lookup` is a single lookup's id, `multi` a multi-value lookup or person column (not filterable).
 */
export interface ResolvedColumn {
  sql: string;
  type: "text" | "number" | "datetime" | "boolean" | "integer" | "lookup" | "multi";
}

export type SqlParam = string | number | null;

const sqlOperators: Record<ComparisonOperator, string> = {
  eq: "=",
  ne: "<>",
  lt: "<",
  le: "<=",
  gt: ">",
  ge: ">=",
};

const strftimeFormats: Record<DatePart, string> = {
  day: "%d",
  month: "%m",
  year: "%Y",
  hour: "%H",
  minute: "%M",
  second: "%S",
};

/**
 * Compiles a filter to a SQLite condition. Every value travels as a parameter; only the resolver's column
 * expressions and fixed operators are written into the SQL. Text comparisons and startswith/substringof are
 * case-insensitive like SharePoint's (ASCII letters only: SQLite's NOCASE and LIKE fold nothing else).
 * DateTime values are compared as normalised UTC text (see normalizeDateTime), so stored dates must be too.
 */
export function compileFilter(
  expr: FilterExpr,
  resolve: (path: string[]) => ResolvedColumn,
): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const invalid = (): ODataQueryError => ODataQueryError.invalidExpression(printFilter(expr));
  const bind = (value: SqlParam): string => {
    params.push(value);
    return "?";
  };

  const compile = (node: FilterExpr): string => {
    switch (node.kind) {
      case "and":
        return `(${compile(node.left)} AND ${compile(node.right)})`;
      case "or": {
        const oneOf = compileOneOf(node);
        return oneOf ?? `(${compile(node.left)} OR ${compile(node.right)})`;
      }
      case "startswith":
        return `${textColumn(node.field)} LIKE ${bind(`${escapeLike(node.value)}%`)} ESCAPE '\\'`;
      case "substringof":
        return `${textColumn(node.field)} LIKE ${bind(`%${escapeLike(node.value)}%`)} ESCAPE '\\'`;
      case "compare": {
        if (node.right.kind !== "literal") throw invalid();
        const literal = node.right.literal;
        if (node.left.kind === "datePart") return compileDatePart(node.left, node.op, literal);
        if (node.left.kind !== "field") throw invalid();
        return compileComparison(resolve(node.left.path), node.op, literal);
      }
    }
  };

  const textColumn = (path: string[]): string => {
    const column = resolve(path);
    if (column.type !== "text") throw invalid();
    return column.sql;
  };

  const compileDatePart = (
    operand: { part: DatePart; field: string[] },
    op: ComparisonOperator,
    literal: Literal,
  ): string => {
    const column = resolve(operand.field);
    if (column.type !== "datetime" || literal.kind !== "number" || !Number.isInteger(literal.value)) {
      throw invalid();
    }
    const part = `CAST(strftime('${strftimeFormats[operand.part]}', ${column.sql}) AS INTEGER)`;
    return `${part} ${sqlOperators[op]} ${bind(literal.value)}`;
  };

  /**
   * `F eq a or F eq b or …` on one column as `F IN (a, b, …)`: the same rows, but SQLite serves an IN list
   * from the column's index where it scans the table for a chain of ORs when ordering by ID (as every
   * page is), 40 ids cost ~50 ms instead of ~0.3 ms on a 37,000-row list.
   */
  const compileOneOf = (node: FilterExpr): string | undefined => {
    const leaves: FilterExpr[] = [];
    const flatten = (n: FilterExpr): void => {
      if (n.kind === "or") {
        flatten(n.left);
        flatten(n.right);
      } else leaves.push(n);
    };
    flatten(node);
    const first = leaves[0];
    if (first?.kind !== "compare" || first.left.kind !== "field") return undefined;
    const path = first.left.path.join("/");
    const literals: Literal[] = [];
    for (const leaf of leaves) {
      if (leaf.kind !== "compare" || leaf.op !== "eq" || leaf.left.kind !== "field") return undefined;
      if (leaf.right.kind !== "literal" || leaf.right.literal.kind === "null") return undefined;
      if (leaf.left.path.join("/") !== path) return undefined;
      literals.push(leaf.right.literal);
    }
    const column = resolve(first.left.path);
    if (column.type === "text") {
      const values = literals.map((literal) => {
        if (literal.kind !== "string" && literal.kind !== "number") throw invalid();
        return bind(String(literal.value));
      });
      return `${column.sql} COLLATE NOCASE IN (${values.join(", ")})`;
    }
    if (column.type === "number" || column.type === "integer" || column.type === "lookup") {
      const values = literals.map((literal) => bind(numberOf(literal) ?? rethrow(invalid)));
      return `${column.sql} IN (${values.join(", ")})`;
    }
    return undefined;
  };

  const compileComparison = (column: ResolvedColumn, op: ComparisonOperator, literal: Literal): string => {
    if (column.type === "multi") throw invalid();
    if (literal.kind === "null") {
      if (op === "eq") return `${column.sql} IS NULL`;
      if (op === "ne") return `${column.sql} IS NOT NULL`;
      throw invalid();
    }
    const operator = sqlOperators[op];
    switch (column.type) {
      case "text":
        if (literal.kind !== "string" && literal.kind !== "number") throw invalid();
        return `${column.sql} ${operator} ${bind(String(literal.value))} COLLATE NOCASE`;
      case "number":
      case "integer":
      case "lookup":
        return `${column.sql} ${operator} ${bind(numberOf(literal) ?? rethrow(invalid))}`;
      case "datetime":
        return `${column.sql} ${operator} ${bind(dateOf(literal) ?? rethrow(invalid))}`;
      case "boolean": {
        const flag = booleanOf(literal);
        if (flag === undefined || (op !== "eq" && op !== "ne")) throw invalid();
        return `${column.sql} ${operator} ${bind(flag)}`;
      }
    }
  };

  return { sql: compile(expr), params };
}

function numberOf(literal: Literal): number | undefined {
  if (literal.kind === "number") return literal.value;
  if (literal.kind === "string" && /^-?\d+(?:\.\d+)?$/.test(literal.value.trim()))
    return Number(literal.value);
  return undefined;
}

function dateOf(literal: Literal): string | undefined {
  return literal.kind === "string" || literal.kind === "datetime"
    ? normalizeDateTime(literal.value)
    : undefined;
}

/** SharePoint's Boolean columns take true/false and 1/0. */
function booleanOf(literal: Literal): 0 | 1 | undefined {
  if (literal.kind === "boolean") return literal.value ? 1 : 0;
  if (literal.kind === "number" && (literal.value === 0 || literal.value === 1)) return literal.value;
  return undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function rethrow(error: () => Error): never {
  throw error();
}
