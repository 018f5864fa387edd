import { normalizeDateTime } from "./datetime";
import { ODataQueryError } from "./errors";
import {
  comparisonOperators,
  dateParts,
  type ComparisonOperator,
  type DatePart,
  type FilterExpr,
  type Literal,
  type Operand,
} from "./filter-ast";
import { tokenize, type Token } from "./filter-lexer";

/**
 * Parses the $filter grammar SharePoint supports on list items: comparisons of a field (or a date part of
 * one) with a literal, startswith, substringof, `and` binding tighter than `or`, and parentheses.
 * Everything else is refused with SharePoint's message, quoting the whole filter.
 */
export function parseFilter(text: string): FilterExpr {
  if (text.length > MAX_FILTER_LENGTH) {
    throw new ODataQueryError(
      `The expression "${text.slice(0, 200)}…" is not valid: it is longer than ${MAX_FILTER_LENGTH} characters.`,
    );
  }
  return new FilterParser(text).parse();
}

/** Characters a filter may hold ($batch parts carry URLs of any length; a GET's URL stops at 16 KB anyway). */
export const MAX_FILTER_LENGTH = 256 * 1024;

/** Parentheses a filter may nest: the parser recurses once per level, so the depth must be bounded. */
export const MAX_FILTER_DEPTH = 100;

/**
 * Conditions one filter may join. `and`/`or` chains become left-deep trees, which everything downstream walks
 * recursively and SQLite refuses beyond 1,000 levels; PnPjs's `in` expands to an `or` chain, which the app
 * keeps to tens of values.
 */
export const MAX_FILTER_CONDITIONS = 500;

/**
 * The leftmost and-joined condition: what SharePoint looks at to decide whether a query on a big list may
 * use an index. For `A and B` it is (the leading condition of) A; an `or` or a single condition is itself.
 */
export function leadingCondition(expr: FilterExpr): FilterExpr {
  return expr.kind === "and" ? leadingCondition(expr.left) : expr;
}

class FilterParser {
  private readonly tokens: Token[];
  private position = 0;
  private depth = 0;
  private conditions = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  parse(): FilterExpr {
    const expr = this.parseOr();
    if (this.peek() !== undefined) throw this.invalid();
    return expr;
  }

  private parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.peekWord("or")) {
      this.position += 1;
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterExpr {
    let left = this.parsePrimary();
    while (this.peekWord("and")) {
      this.position += 1;
      left = { kind: "and", left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): FilterExpr {
    const token = this.next();
    if (token.kind === "(") {
      this.depth += 1;
      if (this.depth > MAX_FILTER_DEPTH)
        throw this.tooComplex(`it nests deeper than ${MAX_FILTER_DEPTH} levels`);
      const inner = this.parseOr();
      this.expect(")");
      this.depth -= 1;
      return inner;
    }
    if (token.kind !== "word") throw this.invalid();
    this.conditions += 1;
    if (this.conditions > MAX_FILTER_CONDITIONS)
      throw this.tooComplex(`it joins more than ${MAX_FILTER_CONDITIONS} conditions`);
    if (this.peek()?.kind === "(") return this.parseFunction(token.text);
    return this.parseComparison({ kind: "field", path: this.parsePathFrom(token.text) });
  }

  private parseFunction(name: string): FilterExpr {
    this.expect("(");
    if (name === "startswith") {
      const field = this.parsePath();
      this.expect(",");
      const value = this.expectString();
      this.expect(")");
      return this.optionalEqTrue({ kind: "startswith", field, value });
    }
    if (name === "substringof") {
      const value = this.expectString();
      this.expect(",");
      const field = this.parsePath();
      this.expect(")");
      return this.optionalEqTrue({ kind: "substringof", value, field });
    }
    if ((dateParts as readonly string[]).includes(name)) {
      const field = this.parsePath();
      this.expect(")");
      return this.parseComparison({ kind: "datePart", part: name as DatePart, field });
    }
    throw this.invalid();
  }

  /** OData v3 clients often write `startswith(Title,'a') eq true`; that means the same as the bare call. */
  private optionalEqTrue(expr: FilterExpr): FilterExpr {
    if (!this.peekWord("eq")) return expr;
    this.position += 1;
    const literal = this.parseLiteral();
    if (literal.kind !== "boolean" || !literal.value) throw this.invalid();
    return expr;
  }

  private parseComparison(left: Operand): FilterExpr {
    const operator = this.next();
    if (operator.kind !== "word" || !(comparisonOperators as readonly string[]).includes(operator.text)) {
      throw this.invalid();
    }
    const right: Operand = { kind: "literal", literal: this.parseLiteral() };
    return { kind: "compare", op: operator.text as ComparisonOperator, left, right };
  }

  private parseLiteral(): Literal {
    const token = this.next();
    switch (token.kind) {
      case "string":
        return { kind: "string", value: token.value };
      case "number":
        return { kind: "number", value: token.value };
      case "datetime":
        if (normalizeDateTime(token.value) === undefined) throw this.invalid();
        return { kind: "datetime", value: token.value };
      case "word":
        if (token.text === "true" || token.text === "false") {
          return { kind: "boolean", value: token.text === "true" };
        }
        if (token.text === "null") return { kind: "null" };
        throw this.invalid();
      default:
        throw this.invalid();
    }
  }

  private parsePath(): string[] {
    const token = this.next();
    if (token.kind !== "word") throw this.invalid();
    return this.parsePathFrom(token.text);
  }

  /** A field, or a lookup's projected field: `Customer/Id`, `Author/Title`. */
  private parsePathFrom(first: string): string[] {
    const path = [first];
    while (this.peek()?.kind === "/") {
      this.position += 1;
      const segment = this.next();
      if (segment.kind !== "word") throw this.invalid();
      path.push(segment.text);
    }
    return path;
  }

  private expectString(): string {
    const token = this.next();
    if (token.kind !== "string") throw this.invalid();
    return token.value;
  }

  private expect(kind: "(" | ")" | ","): void {
    if (this.next().kind !== kind) throw this.invalid();
  }

  private peekWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.text === text;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (token === undefined) throw this.invalid();
    this.position += 1;
    return token;
  }

  private invalid(): ODataQueryError {
    return ODataQueryError.invalidExpression(this.text);
  }

  private tooComplex(reason: string): ODataQueryError {
    const quoted = this.text.length > 200 ? `${this.text.slice(0, 200)}…` : this.text;
    return new ODataQueryError(`The expression "${quoted}" is not valid: ${reason}.`);
  }
}
