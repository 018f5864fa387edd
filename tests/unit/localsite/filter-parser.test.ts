import { leadingCondition, parseFilter } from "../../../src/localsite/odata/filter-parser";
import { ODataQueryError } from "../../../src/localsite/odata/errors";
import type { FilterExpr } from "../../../src/localsite/odata/filter-ast";

const title = (value: string): FilterExpr => ({
  kind: "compare",
  op: "eq",
  left: { kind: "field", path: ["Title"] },
  right: { kind: "literal", literal: { kind: "string", value } },
});

const idIs = (value: number): FilterExpr => ({
  kind: "compare",
  op: "eq",
  left: { kind: "field", path: ["Id"] },
  right: { kind: "literal", literal: { kind: "number", value } },
});

describe("parseFilter", () => {
  it("reads a comparison of a field with a string", () => {
    expect(parseFilter("Title eq 'Mål'")).toEqual(title("Mål"));
  });

  it.each(["eq", "ne", "lt", "le", "gt", "ge"] as const)("reads the %s operator", (op) => {
    expect(parseFilter(`Id ${op} 5`)).toEqual({ ...idIs(5), op });
  });

  it("turns a doubled quote into one quote", () => {
    expect(parseFilter("Title eq 'O''Brien'")).toEqual(title("O'Brien"));
    expect(parseFilter("Title eq ''''")).toEqual(title("'"));
    expect(parseFilter("Title eq ''")).toEqual(title(""));
  });

  it("keeps spaces and keywords inside a string as text", () => {
    expect(parseFilter("Title eq 'a and b or (c)'")).toEqual(title("a and b or (c)"));
  });

  it("binds and tighter than or", () => {
    expect(parseFilter("Id eq 1 or Id eq 2 and Id eq 3")).toEqual({
      kind: "or",
      left: idIs(1),
      right: { kind: "and", left: idIs(2), right: idIs(3) },
    });
    expect(parseFilter("Id eq 1 and Id eq 2 or Id eq 3")).toEqual({
      kind: "or",
      left: { kind: "and", left: idIs(1), right: idIs(2) },
      right: idIs(3),
    });
  });

  it("lets parentheses override precedence", () => {
    expect(parseFilter("(Id eq 1 or Id eq 2) and Id eq 3")).toEqual({
      kind: "and",
      left: { kind: "or", left: idIs(1), right: idIs(2) },
      right: idIs(3),
    });
    expect(parseFilter("((Id eq 1))")).toEqual(idIs(1));
  });

  it("joins chains from the left", () => {
    expect(parseFilter("Id eq 1 or Id eq 2 or Id eq 3")).toEqual({
      kind: "or",
      left: { kind: "or", left: idIs(1), right: idIs(2) },
      right: idIs(3),
    });
  });

  it("reads numbers: negative, decimal, exponent and OData type suffixes", () => {
    expect(parseFilter("Id eq -5")).toEqual(idIs(-5));
    expect(parseFilter("Id eq 2.5")).toEqual(idIs(2.5));
    expect(parseFilter("Id eq 1e3")).toEqual(idIs(1000));
    expect(parseFilter("Id eq 7L")).toEqual(idIs(7));
  });

  it("reads booleans as words and leaves 1/0 as numbers for the column to interpret", () => {
    const done = (literal: object): object => ({
      kind: "compare",
      op: "eq",
      left: { kind: "field", path: ["Done"] },
      right: { kind: "literal", literal },
    });
    expect(parseFilter("Done eq true")).toEqual(done({ kind: "boolean", value: true }));
    expect(parseFilter("Done eq false")).toEqual(done({ kind: "boolean", value: false }));
    expect(parseFilter("Done eq 1")).toEqual(done({ kind: "number", value: 1 }));
    expect(parseFilter("Done eq 0")).toEqual(done({ kind: "number", value: 0 }));
  });

  it("reads null", () => {
    expect(parseFilter("Due eq null")).toMatchObject({ right: { literal: { kind: "null" } } });
    expect(parseFilter("Due ne null")).toMatchObject({ op: "ne", right: { literal: { kind: "null" } } });
  });

  it("keeps a quoted ISO date as a string and marks datetime'…' literals", () => {
    expect(parseFilter("Due lt '2024-01-01T00:00:00.000Z'")).toMatchObject({
      right: { literal: { kind: "string", value: "2024-01-01T00:00:00.000Z" } },
    });
    expect(parseFilter("Due lt datetime'2024-01-01T00:00:00Z'")).toMatchObject({
      right: { literal: { kind: "datetime", value: "2024-01-01T00:00:00Z" } },
    });
    expect(parseFilter("Due ge datetime'2024-01-01'")).toMatchObject({
      right: { literal: { kind: "datetime", value: "2024-01-01" } },
    });
  });

  it("reads guid'…' as the text of the guid", () => {
    expect(parseFilter("Id eq guid'0b8e3c1a-5d2f-4e6a-9c7b-1a2b3c4d5e6f'")).toMatchObject({
      right: { literal: { kind: "string", value: "0b8e3c1a-5d2f-4e6a-9c7b-1a2b3c4d5e6f" } },
    });
    expect(() => parseFilter("Id eq guid'not-a-guid'")).toThrow(ODataQueryError);
  });

  it("reads lookup and person projections as paths", () => {
    expect(parseFilter("Customer/Id eq 5")).toMatchObject({
      left: { kind: "field", path: ["Customer", "Id"] },
    });
    expect(parseFilter("Author/Title eq 'Anna'")).toMatchObject({
      left: { kind: "field", path: ["Author", "Title"] },
    });
  });

  it("reads internal names with encoded characters", () => {
    expect(parseFilter("My_x0020_Field eq 'x'")).toMatchObject({ left: { path: ["My_x0020_Field"] } });
    expect(parseFilter("OData__Status eq 'x'")).toMatchObject({ left: { path: ["OData__Status"] } });
  });

  it.each(["day", "month", "year", "hour", "minute", "second"] as const)(
    "reads %s() on the left of a comparison",
    (part) => {
      expect(parseFilter(`${part}(Due) eq 3`)).toEqual({
        kind: "compare",
        op: "eq",
        left: { kind: "datePart", part, field: ["Due"] },
        right: { kind: "literal", literal: { kind: "number", value: 3 } },
      });
    },
  );

  it("reads startswith and substringof, with or without `eq true`", () => {
    expect(parseFilter("startswith(Title,'Mål')")).toEqual({
      kind: "startswith",
      field: ["Title"],
      value: "Mål",
    });
    expect(parseFilter("startswith(Title, 'O''B') eq true")).toEqual({
      kind: "startswith",
      field: ["Title"],
      value: "O'B",
    });
    expect(parseFilter("substringof('skola',Title)")).toEqual({
      kind: "substringof",
      value: "skola",
      field: ["Title"],
    });
    expect(parseFilter("substringof('skola', Customer/Title) and Id gt 3")).toMatchObject({
      kind: "and",
      left: { kind: "substringof", field: ["Customer", "Title"] },
    });
  });

  it("accepts any amount of whitespace between tokens", () => {
    expect(parseFilter("  ( Id   eq\t1 )  ")).toEqual(idIs(1));
  });

  describe("refuses what SharePoint refuses, with SharePoint's message", () => {
    it.each([
      ["endswith", "endswith(Title,'a')"],
      ["tolower", "tolower(Title) eq 'a'"],
      ["toupper", "toupper(Title) eq 'A'"],
      ["trim", "trim(Title) eq 'a'"],
      ["concat", "concat(Title,'a') eq 'ba'"],
      ["substring", "substring(Title,1) eq 'a'"],
      ["round", "round(Amount) eq 2"],
      ["floor", "floor(Amount) eq 2"],
      ["ceiling", "ceiling(Amount) eq 2"],
      ["length", "length(Title) eq 2"],
      ["an unknown function", "frobnicate(Title) eq 1"],
      ["add", "Id add 1 eq 2"],
      ["sub", "Id sub 1 eq 2"],
      ["mul", "Id mul 2 eq 4"],
      ["div", "Id div 2 eq 1"],
      ["mod", "Id mod 2 eq 0"],
      ["symbolic arithmetic", "Id eq 1+1"],
      ["a literal minus", "Id eq 5-3"],
      ["in", "Id in (1,2)"],
      ["not", "not Id eq 1"],
      ["has", "Flags has 1"],
      ["an open parenthesis left open", "(Id eq 1"],
      ["a closing parenthesis too many", "Id eq 1)"],
      ["empty parentheses", "()"],
      ["trailing garbage", "Id eq 1 garbage"],
      ["a trailing and", "Id eq 1 and"],
      ["a leading or", "or Id eq 1"],
      ["a dangling operator", "Id eq"],
      ["a bare field", "Title"],
      ["a bare literal", "'x'"],
      ["an unterminated string", "Title eq 'abc"],
      ["a double-quoted string", 'Title eq "abc"'],
      ["a literal on the left", "'x' eq Title"],
      ["field compared with field", "Title eq Body"],
      ["an upper-case operator", "Id EQ 1"],
      ["an invalid datetime", "Due eq datetime'tomorrow'"],
      ["a date part on the right", "3 eq day(Due)"],
      ["a date part without a field", "day() eq 3"],
      ["startswith without a value", "startswith(Title)"],
      ["startswith with a number", "startswith(Title,3)"],
      ["substringof with its arguments swapped", "substringof(Title,'a')"],
      ["startswith eq false (cannot be expressed)", "startswith(Title,'a') eq false"],
      ["a trailing slash in a path", "Customer/ eq 1"],
      ["an empty filter", ""],
      ["only spaces", "   "],
      ["a stray comma", "Id eq 1, Id eq 2"],
      ["a bracket", "Id eq [1]"],
    ])("refuses %s", (_name, text) => {
      expect(() => parseFilter(text)).toThrow(ODataQueryError);
      expect(() => parseFilter(text)).toThrow(`The expression "${text}" is not valid.`);
    });
  });
});

describe("leadingCondition", () => {
  it("is the leftmost and-joined condition", () => {
    expect(leadingCondition(parseFilter("Id eq 1 and Id eq 2 and Id eq 3"))).toEqual(idIs(1));
    expect(leadingCondition(parseFilter("(Id eq 1 and Id eq 2) and Id eq 3"))).toEqual(idIs(1));
  });

  it("is the whole or when an or leads", () => {
    const either = parseFilter("(Id eq 1 or Id eq 2) and Id eq 3");
    expect(leadingCondition(either)).toEqual({ kind: "or", left: idIs(1), right: idIs(2) });
    const top = parseFilter("Id eq 1 and Id eq 2 or Id eq 3");
    expect(leadingCondition(top)).toEqual(top);
  });

  it("is a single condition itself", () => {
    expect(leadingCondition(idIs(4))).toEqual(idIs(4));
  });
});

describe("bounds that keep the parser and everything after it off the stack's edge", () => {
  it("refuses parentheses nested deeper than 100 levels, quoting the start of the filter", () => {
    expect(() => parseFilter(`${"(".repeat(100)}Id eq 1${")".repeat(100)}`)).not.toThrow();
    const deep = `${"(".repeat(5000)}Id eq 1${")".repeat(5000)}`;
    expect(() => parseFilter(deep)).toThrow(ODataQueryError);
    expect(() => parseFilter(deep)).toThrow(/is not valid: it nests deeper than 100 levels\.$/);
  });

  it("refuses more than 500 joined conditions, and filters over 256 KB", () => {
    const chain = (n: number): string => Array.from({ length: n }, (_, i) => `Id eq ${i}`).join(" or ");
    expect(() => parseFilter(chain(500))).not.toThrow();
    expect(() => parseFilter(chain(501))).toThrow(/joins more than 500 conditions/);
    expect(() => parseFilter(`Title eq '${"x".repeat(300_000)}'`)).toThrow(/longer than 262144 characters/);
  });
});
