import { compileFilter, type ResolvedColumn } from "../../../src/localsite/odata/filter-compiler";
import { parseFilter } from "../../../src/localsite/odata/filter-parser";
import { ODataQueryError } from "../../../src/localsite/odata/errors";

/** A made-up table layout standing in for the server's: columns are quoted identifiers, never user text. */
const columns: Record<string, ResolvedColumn> = {
  Title: { sql: '"Title"', type: "text" },
  Id: { sql: '"Id"', type: "integer" },
  Amount: { sql: '"Amount"', type: "number" },
  Due: { sql: '"Due"', type: "datetime" },
  Done: { sql: '"Done"', type: "boolean" },
  "Customer/Id": { sql: '"CustomerId"', type: "lookup" },
  "Customer/Title": { sql: '"Customer"."Title"', type: "text" },
  TagsId: { sql: '"TagsId"', type: "multi" },
};

const resolve = (path: string[]): ResolvedColumn => {
  const column = columns[path.join("/")];
  if (column === undefined) throw new Error(`Column '${path.join("/")}' does not exist.`);
  return column;
};

const compile = (text: string): { sql: string; params: (string | number | null)[] } =>
  compileFilter(parseFilter(text), resolve);

describe("compileFilter", () => {
  it("compares text case-insensitively through a parameter", () => {
    expect(compile("Title eq 'Mål'")).toEqual({ sql: '"Title" = ? COLLATE NOCASE', params: ["Mål"] });
  });

  it("never writes a value into the SQL, however hostile", () => {
    const hostile = "'; DROP TABLE x; --";
    const { sql, params } = compile(`Title eq '${hostile.replaceAll("'", "''")}'`);
    expect(sql).toBe('"Title" = ? COLLATE NOCASE');
    expect(params).toEqual([hostile]);
    expect(sql).not.toContain("DROP");
  });

  it("passes O'Brien as one parameter with its quote", () => {
    expect(compile("Title eq 'O''Brien'")).toEqual({
      sql: '"Title" = ? COLLATE NOCASE',
      params: ["O'Brien"],
    });
    expect(compile("startswith(Title,'O''B')").params).toEqual(["O'B%"]);
  });

  it.each([
    ["eq", "="],
    ["ne", "<>"],
    ["lt", "<"],
    ["le", "<="],
    ["gt", ">"],
    ["ge", ">="],
  ])("maps %s to %s", (op, sqlOp) => {
    expect(compile(`Id ${op} 3`)).toEqual({ sql: `"Id" ${sqlOp} ?`, params: [3] });
  });

  it("keeps and/or structure with parentheses and parameters in text order", () => {
    expect(compile("Id eq 1 or Id eq 2 and Title eq 'x'")).toEqual({
      sql: '("Id" = ? OR ("Id" = ? AND "Title" = ? COLLATE NOCASE))',
      params: [1, 2, "x"],
    });
    expect(compile("(Id eq 1 or Title eq 'y') and Title eq 'x'").sql).toBe(
      '(("Id" = ? OR "Title" = ? COLLATE NOCASE) AND "Title" = ? COLLATE NOCASE)',
    );
  });

  it("compiles a chain of eq on one column as an IN list (served by the column's index)", () => {
    expect(compile("(Id eq 1 or Id eq 2) and Title eq 'x'")).toEqual({
      sql: '("Id" IN (?, ?) AND "Title" = ? COLLATE NOCASE)',
      params: [1, 2, "x"],
    });
    expect(compile("Title eq 'a' or (Title eq 'B' or Title eq 3)")).toEqual({
      sql: '"Title" COLLATE NOCASE IN (?, ?, ?)',
      params: ["a", "B", "3"],
    });
  });

  it("keeps OR where the chain mixes columns, operators or null", () => {
    expect(compile("Id eq 1 or Id gt 5").sql).toBe('("Id" = ? OR "Id" > ?)');
    expect(compile("Id eq 1 or Id eq null").sql).toBe('("Id" = ? OR "Id" IS NULL)');
    expect(compile("Title eq 'a' or Id eq 1").sql).toBe('("Title" = ? COLLATE NOCASE OR "Id" = ?)');
  });

  it("compiles eq null and ne null to IS NULL and IS NOT NULL", () => {
    expect(compile("Due eq null")).toEqual({ sql: '"Due" IS NULL', params: [] });
    expect(compile("Customer/Id ne null")).toEqual({ sql: '"CustomerId" IS NOT NULL', params: [] });
    expect(compile("Title eq null")).toEqual({ sql: '"Title" IS NULL', params: [] });
  });

  it("normalises dates, quoted or datetime'…', to UTC seconds", () => {
    expect(compile("Due lt '2024-01-01T00:00:00.000Z'")).toEqual({
      sql: '"Due" < ?',
      params: ["2024-01-01T00:00:00Z"],
    });
    expect(compile("Due ge datetime'2024-03-05T10:00:00+02:00'").params).toEqual(["2024-03-05T08:00:00Z"]);
    expect(compile("Due eq '2024-03-05'").params).toEqual(["2024-03-05T00:00:00Z"]);
  });

  it("reads 1/0 and true/false for Boolean columns", () => {
    expect(compile("Done eq 1")).toEqual({ sql: '"Done" = ?', params: [1] });
    expect(compile("Done eq true").params).toEqual([1]);
    expect(compile("Done ne false").params).toEqual([0]);
    expect(compile("Done eq 0").params).toEqual([0]);
  });

  it("filters a lookup by its id and by its projected title", () => {
    expect(compile("Customer/Id eq 5")).toEqual({ sql: '"CustomerId" = ?', params: [5] });
    expect(compile("Customer/Title eq 'Kommunen'")).toEqual({
      sql: '"Customer"."Title" = ? COLLATE NOCASE',
      params: ["Kommunen"],
    });
  });

  it("accepts a quoted number for a number column", () => {
    expect(compile("Amount gt '2.5'").params).toEqual([2.5]);
  });

  it.each([
    ["day", "%d"],
    ["month", "%m"],
    ["year", "%Y"],
    ["hour", "%H"],
    ["minute", "%M"],
    ["second", "%S"],
  ])("compiles %s() with strftime", (part, format) => {
    expect(compile(`${part}(Due) eq 7`)).toEqual({
      sql: `CAST(strftime('${format}', "Due") AS INTEGER) = ?`,
      params: [7],
    });
  });

  it("compiles startswith and substringof to LIKE with the wildcards escaped", () => {
    expect(compile("startswith(Title,'50%_a\\b')")).toEqual({
      sql: `"Title" LIKE ? ESCAPE '\\'`,
      params: ["50\\%\\_a\\\\b%"],
    });
    expect(compile("substringof('skola',Customer/Title)")).toEqual({
      sql: `"Customer"."Title" LIKE ? ESCAPE '\\'`,
      params: ["%skola%"],
    });
  });

  describe("refuses with SharePoint's message", () => {
    it.each([
      ["a multi-value lookup", "TagsId eq 3"],
      ["a multi-value lookup against null", "TagsId eq null"],
      ["an ordering against null", "Due lt null"],
      ["a word for a number", "Amount eq 'many'"],
      ["a boolean for a number", "Amount eq true"],
      ["a number for a date", "Due lt 5"],
      ["a non-date for a date", "Due lt 'soon'"],
      ["a boolean for text", "Title eq true"],
      ["2 for a Boolean", "Done eq 2"],
      ["an ordering of Booleans", "Done lt 1"],
      ["a date part of a number", "day(Amount) eq 1"],
      ["a fractional date part", "day(Due) eq 1.5"],
      ["a date part against a string", "year(Due) eq '2024'"],
      ["startswith on a number", "startswith(Amount,'1')"],
      ["substringof on a multi-value lookup", "substringof('a',TagsId)"],
    ])("refuses %s", (_name, text) => {
      expect(() => compile(text)).toThrow(ODataQueryError);
      expect(() => compile(text)).toThrow(/^The expression ".+" is not valid\.$/);
    });
  });

  it("lets the resolver's own error for an unknown column through", () => {
    expect(() => compile("Nope eq 1")).toThrow("Column 'Nope' does not exist.");
  });
});
