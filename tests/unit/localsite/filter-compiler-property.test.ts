// A property: for random filters over random rows, the compiled SQL run in an in-memory SQLite selects
// exactly the rows a plain reading of SharePoint's rules selects. No files, no network.
import Database from "better-sqlite3";
import fc from "fast-check";
import { compileFilter, type ResolvedColumn } from "../../../src/localsite/odata/filter-compiler";
import { parseFilter } from "../../../src/localsite/odata/filter-parser";
import { printFilter } from "../../../src/localsite/odata/filter-printer";
import type {
  ComparisonOperator,
  DatePart,
  FilterExpr,
  Literal,
} from "../../../src/localsite/odata/filter-ast";

interface Row {
  Id: number;
  Title: string | null;
  Score: number | null;
  Done: 0 | 1;
  Due: string | null;
}

const columns: Record<string, ResolvedColumn> = {
  Title: { sql: '"Title"', type: "text" },
  Score: { sql: '"Score"', type: "integer" },
  Done: { sql: '"Done"', type: "boolean" },
  Due: { sql: '"Due"', type: "datetime" },
};
const resolve = (path: string[]): ResolvedColumn => columns[path.join("/")] ?? { sql: "NULL", type: "multi" };

// Few distinct values, so that comparisons often hit; quotes, % and _ to tempt the escaping.
const text = fc.string({ unit: fc.constantFrom("a", "B", "b", "'", "%", "_", " "), maxLength: 4 });
const dates = [
  "2023-12-31T23:00:00Z",
  "2024-01-15T08:30:00Z",
  "2024-01-15T23:59:59Z",
  "2024-06-01T00:00:00Z",
];
const ops: ComparisonOperator[] = ["eq", "ne", "lt", "le", "gt", "ge"];
const parts: DatePart[] = ["day", "month", "year", "hour", "minute", "second"];

const row = fc.record({
  Title: fc.option(text, { nil: null }),
  Score: fc.option(fc.integer({ min: -2, max: 3 }), { nil: null }),
  Done: fc.constantFrom(0 as const, 1 as const),
  Due: fc.option(fc.constantFrom(...dates), { nil: null }),
});

const field = (name: string) => ({ kind: "field" as const, path: [name] });
const lit = (literal: Literal) => ({ kind: "literal" as const, literal });
const nullTest = (name: string) =>
  fc
    .constantFrom("eq" as const, "ne" as const)
    .map((op): FilterExpr => ({ kind: "compare", op, left: field(name), right: lit({ kind: "null" }) }));

const condition: fc.Arbitrary<FilterExpr> = fc.oneof(
  fc.tuple(fc.constantFrom(...ops), text).map(([op, value]): FilterExpr => ({
    kind: "compare",
    op,
    left: field("Title"),
    right: lit({ kind: "string", value }),
  })),
  fc.tuple(fc.constantFrom(...ops), fc.integer({ min: -2, max: 3 })).map(([op, value]): FilterExpr => ({
    kind: "compare",
    op,
    left: field("Score"),
    right: lit({ kind: "number", value }),
  })),
  fc
    .tuple(fc.constantFrom("eq" as const, "ne" as const), fc.boolean(), fc.boolean())
    .map(([op, value, asNumber]): FilterExpr => ({
      kind: "compare",
      op,
      left: field("Done"),
      right: lit(asNumber ? { kind: "number", value: value ? 1 : 0 } : { kind: "boolean", value }),
    })),
  fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...dates), fc.boolean())
    .map(([op, value, marked]): FilterExpr => ({
      kind: "compare",
      op,
      left: field("Due"),
      right: lit(
        marked ? { kind: "datetime", value } : { kind: "string", value: value.replace("Z", ".000Z") },
      ),
    })),
  fc
    .tuple(fc.constantFrom(...parts), fc.constantFrom(...ops), fc.integer({ min: 0, max: 60 }))
    .map(([part, op, value]): FilterExpr => ({
      kind: "compare",
      op,
      left: { kind: "datePart", part, field: ["Due"] },
      right: lit({ kind: "number", value: part === "year" ? 2023 + (value % 3) : value % 32 }),
    })),
  text.map((value): FilterExpr => ({ kind: "startswith", field: ["Title"], value })),
  text.map((value): FilterExpr => ({ kind: "substringof", value, field: ["Title"] })),
  nullTest("Title"),
  nullTest("Score"),
  nullTest("Due"),
);

const filter: fc.Arbitrary<FilterExpr> = fc.letrec<{ expr: FilterExpr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small" },
    condition,
    fc.record({
      kind: fc.constantFrom("and" as const, "or" as const),
      left: tie("expr"),
      right: tie("expr"),
    }),
  ),
})).expr;

// ---- the plain reading: SQL's NULL never matches a comparison; text compares ignoring ASCII case ----
const fold = (value: string): string => value.replace(/[A-Z]/g, (char) => char.toLowerCase());
const compare = (op: ComparisonOperator, a: string | number, b: string | number): boolean =>
  ({ eq: a === b, ne: a !== b, lt: a < b, le: a <= b, gt: a > b, ge: a >= b })[op];
const datePart = (iso: string, part: DatePart): number =>
  Number(
    {
      year: iso.slice(0, 4),
      month: iso.slice(5, 7),
      day: iso.slice(8, 10),
      hour: iso.slice(11, 13),
      minute: iso.slice(14, 16),
      second: iso.slice(17, 19),
    }[part],
  );

function matches(expr: FilterExpr, item: Row): boolean {
  switch (expr.kind) {
    case "and":
      return matches(expr.left, item) && matches(expr.right, item);
    case "or":
      return matches(expr.left, item) || matches(expr.right, item);
    case "startswith":
      return item.Title !== null && fold(item.Title).startsWith(fold(expr.value));
    case "substringof":
      return item.Title !== null && fold(item.Title).includes(fold(expr.value));
    case "compare": {
      if (expr.right.kind !== "literal") return false;
      const literal = expr.right.literal;
      if (expr.left.kind === "datePart") {
        return (
          item.Due !== null &&
          literal.kind === "number" &&
          compare(expr.op, datePart(item.Due, expr.left.part), literal.value)
        );
      }
      if (expr.left.kind !== "field") return false;
      const name = expr.left.path[0] as keyof Row;
      const value = item[name];
      if (literal.kind === "null") return expr.op === "eq" ? value === null : value !== null;
      if (value === null) return false;
      switch (name) {
        case "Title":
          return literal.kind === "string" && compare(expr.op, fold(String(value)), fold(literal.value));
        case "Due":
          return (
            (literal.kind === "string" || literal.kind === "datetime") &&
            compare(expr.op, value, literal.value.replace(".000Z", "Z"))
          );
        case "Done": {
          const flag =
            literal.kind === "boolean"
              ? literal.value
                ? 1
                : 0
              : literal.kind === "number"
                ? literal.value
                : -1;
          return compare(expr.op, value, flag);
        }
        default:
          return literal.kind === "number" && compare(expr.op, value, literal.value);
      }
    }
  }
}

const db = new Database(":memory:");
db.exec(
  'CREATE TABLE items ("Id" INTEGER PRIMARY KEY, "Title" TEXT, "Score" INTEGER, "Done" INTEGER, "Due" TEXT)',
);
afterAll(() => db.close());

describe("compileFilter in SQLite", () => {
  it("selects exactly the rows the filter means, for random filters and rows", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), filter, (rows, expr) => {
        db.exec("DELETE FROM items");
        const insert = db.prepare(
          'INSERT INTO items ("Id", "Title", "Score", "Done", "Due") VALUES (?, ?, ?, ?, ?)',
        );
        const items = rows.map((item, index) => ({ Id: index + 1, ...item }));
        for (const item of items) insert.run(item.Id, item.Title, item.Score, item.Done, item.Due);
        // Through the text form too: what the server receives is text, not a tree.
        const { sql, params } = compileFilter(parseFilter(printFilter(expr)), resolve);
        const selected = (
          db.prepare(`SELECT "Id" FROM items WHERE ${sql} ORDER BY "Id"`).all(...params) as { Id: number }[]
        ).map((found) => found.Id);
        expect(selected).toEqual(items.filter((item) => matches(expr, item)).map((item) => item.Id));
      }),
      { numRuns: 400 },
    );
  });
});
