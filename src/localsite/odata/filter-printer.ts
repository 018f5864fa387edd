import type { FilterExpr, Literal, Operand } from "./filter-ast";

/**
 * Writes a filter back as $filter text that parses to the same tree. Used to quote a filter in an error when
 * only the tree is at hand, and to carry a filter in a next link.
 */
export function printFilter(expr: FilterExpr): string {
  switch (expr.kind) {
    case "or":
      // Left-associative: only a right-hand `or` needs parentheses to keep its shape.
      return `${printFilter(expr.left)} or ${wrapIf(expr.right, expr.right.kind === "or")}`;
    case "and": {
      // `and` binds tighter than `or` and chains from the left: a right-hand and/or needs parentheses.
      const left = wrapIf(expr.left, expr.left.kind === "or");
      const right = wrapIf(expr.right, expr.right.kind === "and" || expr.right.kind === "or");
      return `${left} and ${right}`;
    }
    case "compare":
      return `${printOperand(expr.left)} ${expr.op} ${printOperand(expr.right)}`;
    case "startswith":
      return `startswith(${expr.field.join("/")},${quote(expr.value)})`;
    case "substringof":
      return `substringof(${quote(expr.value)},${expr.field.join("/")})`;
  }
}

function wrapIf(expr: FilterExpr, parenthesise: boolean): string {
  return parenthesise ? `(${printFilter(expr)})` : printFilter(expr);
}

function printOperand(operand: Operand): string {
  switch (operand.kind) {
    case "field":
      return operand.path.join("/");
    case "datePart":
      return `${operand.part}(${operand.field.join("/")})`;
    case "literal":
      return printLiteral(operand.literal);
  }
}

export function printLiteral(literal: Literal): string {
  switch (literal.kind) {
    case "string":
      return quote(literal.value);
    case "number":
      return String(literal.value);
    case "boolean":
      return String(literal.value);
    case "null":
      return "null";
    case "datetime":
      return `datetime${quote(literal.value)}`;
  }
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
