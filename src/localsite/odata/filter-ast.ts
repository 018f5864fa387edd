/**
 * The $filter syntax tree. Strings are already unescaped ('' → '); literals are kept as written, because a
 * quoted ISO string is a date only when it meets a DateTime column (the compiler decides, not the parser).
 */
export type Literal =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "datetime"; value: string };

export type DatePart = "day" | "month" | "year" | "hour" | "minute" | "second";

export type Operand =
  | { kind: "field"; path: string[] }
  | { kind: "literal"; literal: Literal }
  | { kind: "datePart"; part: DatePart; field: string[] };

export type ComparisonOperator = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

export type FilterExpr =
  | { kind: "and" | "or"; left: FilterExpr; right: FilterExpr }
  | { kind: "compare"; op: ComparisonOperator; left: Operand; right: Operand }
  | { kind: "startswith"; field: string[]; value: string }
  | { kind: "substringof"; value: string; field: string[] };

export const comparisonOperators: readonly ComparisonOperator[] = ["eq", "ne", "lt", "le", "gt", "ge"];
export const dateParts: readonly DatePart[] = ["day", "month", "year", "hour", "minute", "second"];
