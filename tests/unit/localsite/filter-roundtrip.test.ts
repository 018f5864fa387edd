import fc from "fast-check";
import { parseFilter } from "../../../src/localsite/odata/filter-parser";
import { printFilter } from "../../../src/localsite/odata/filter-printer";
import {
  dateParts,
  type FilterExpr,
  type Literal,
  type Operand,
} from "../../../src/localsite/odata/filter-ast";

const keywords = new Set([
  "and",
  "or",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "true",
  "false",
  "null",
  "datetime",
]);
const name = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/)
  .filter((word) => !keywords.has(word) && !(dateParts as readonly string[]).includes(word));
const path = fc.array(name, { minLength: 1, maxLength: 3 });
const text = fc.string({ unit: "grapheme", maxLength: 20 });

const literal: fc.Arbitrary<Literal> = fc.oneof(
  text.map((value) => ({ kind: "string" as const, value })),
  fc.integer({ min: -1e9, max: 1e9 }).map((value) => ({ kind: "number" as const, value })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
    .filter((value) => !Object.is(value, -0))
    .map((value) => ({ kind: "number" as const, value })),
  fc.boolean().map((value) => ({ kind: "boolean" as const, value })),
  fc.constant({ kind: "null" as const }),
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true })
    .map((date) => ({ kind: "datetime" as const, value: date.toISOString() })),
);

const left: fc.Arbitrary<Operand> = fc.oneof(
  path.map((p) => ({ kind: "field" as const, path: p })),
  fc.record({ kind: fc.constant("datePart" as const), part: fc.constantFrom(...dateParts), field: path }),
);

const condition: fc.Arbitrary<FilterExpr> = fc.oneof(
  fc.record({
    kind: fc.constant("compare" as const),
    op: fc.constantFrom(
      "eq" as const,
      "ne" as const,
      "lt" as const,
      "le" as const,
      "gt" as const,
      "ge" as const,
    ),
    left,
    right: literal.map((l) => ({ kind: "literal" as const, literal: l })),
  }),
  fc.record({ kind: fc.constant("startswith" as const), field: path, value: text }),
  fc.record({ kind: fc.constant("substringof" as const), value: text, field: path }),
);

const filter: fc.Arbitrary<FilterExpr> = fc.letrec<{ expr: FilterExpr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({
      kind: fc.constantFrom("and" as const, "or" as const),
      left: tie("expr"),
      right: tie("expr"),
    }),
  ),
})).expr;

describe("printFilter and parseFilter", () => {
  it("give back the same tree after printing and parsing", () => {
    fc.assert(
      fc.property(filter, (expr) => {
        expect(parseFilter(printFilter(expr))).toEqual(expr);
      }),
      { numRuns: 500 },
    );
  });

  it("never let a string literal's content change the structure", () => {
    fc.assert(
      fc.property(text, (value) => {
        const text = printFilter({ kind: "startswith", field: ["Title"], value });
        expect(parseFilter(`${text} and Id eq 1`)).toMatchObject({
          kind: "and",
          left: { kind: "startswith", value },
        });
      }),
    );
  });
});
