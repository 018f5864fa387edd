// Runs compiled filters in an in-memory SQLite database (no files, no network): the SQL must not only look
// right but select the right rows and leave the table intact.
import Database from "better-sqlite3";
import { compileFilter, type ResolvedColumn } from "../../../src/localsite/odata/filter-compiler";
import { parseFilter } from "../../../src/localsite/odata/filter-parser";

const db = new Database(":memory:");
db.exec(`CREATE TABLE items (Id INTEGER PRIMARY KEY, Title TEXT, Due TEXT, Done INTEGER, Amount REAL);
  CREATE TABLE x (keep INTEGER); INSERT INTO x VALUES (1);`);
const insert = db.prepare("INSERT INTO items (Id, Title, Due, Done, Amount) VALUES (?, ?, ?, ?, ?)");
const rows: [number, string | null, string | null, number, number][] = [
  [1, "O'Brien", "2024-01-15T08:00:00Z", 1, 10],
  [2, "o'brien", "2024-02-01T00:00:00Z", 0, 20.5],
  [3, "'; DROP TABLE x; --", null, 0, 30],
  [4, "50% klart_nu", "2023-12-31T23:59:59Z", 1, -5],
  [5, null, "2024-01-15T23:00:00Z", 0, 0],
];
for (const row of rows) insert.run(...row);

const types: Record<string, ResolvedColumn["type"]> = {
  Id: "integer",
  Title: "text",
  Due: "datetime",
  Done: "boolean",
  Amount: "number",
};
const resolve = (path: string[]): ResolvedColumn => ({
  sql: `"${path.join("_")}"`,
  type: types[path.join("_")] ?? "multi",
});

const ids = (filter: string): number[] => {
  const { sql, params } = compileFilter(parseFilter(filter), resolve);
  return (db.prepare(`SELECT Id FROM items WHERE ${sql} ORDER BY Id`).all(...params) as { Id: number }[]).map(
    (row) => row.Id,
  );
};

afterAll(() => db.close());

describe("compiled filters in SQLite", () => {
  it("find O'Brien whatever the case, as SharePoint does", () => {
    expect(ids("Title eq 'O''Brien'")).toEqual([1, 2]);
  });

  it("find the same rows with a chain of eq on one column (an IN list) as with each eq alone", () => {
    expect(ids("Title eq 'O''BRIEN' or Title eq '50% KLART_NU'")).toEqual([1, 2, 4]);
    expect(ids("Id eq 5 or Id eq '3' or Id eq 9")).toEqual([3, 5]);
    expect(ids("(Amount eq 20.5 or Amount eq -5) and Done eq 1")).toEqual([4]);
  });

  it("treat an injection attempt as the text it is and leave the database whole", () => {
    expect(ids("Title eq '''; DROP TABLE x; --'")).toEqual([3]);
    expect(db.prepare("SELECT keep FROM x").all()).toEqual([{ keep: 1 }]);
  });

  it("match % and _ literally in startswith and substringof", () => {
    expect(ids("startswith(Title,'50%')")).toEqual([4]);
    expect(ids("startswith(Title,'5_')")).toEqual([]);
    expect(ids("substringof('t_n',Title)")).toEqual([4]);
    expect(ids("substringof('BRIEN',Title)")).toEqual([1, 2]);
  });

  it("compare dates as instants, whatever form the literal takes", () => {
    expect(ids("Due lt '2024-01-01T00:00:00.000Z'")).toEqual([4]);
    expect(ids("Due ge datetime'2024-01-15T10:00:00+02:00'")).toEqual([1, 2, 5]);
    expect(ids("Due eq null")).toEqual([3]);
  });

  it("extract date parts in UTC", () => {
    expect(ids("day(Due) eq 15")).toEqual([1, 5]);
    expect(ids("month(Due) eq 1 and hour(Due) ge 8")).toEqual([1, 5]);
    expect(ids("year(Due) lt 2024")).toEqual([4]);
  });

  it("honour and-over-or precedence", () => {
    expect(ids("Id eq 1 or Id eq 2 and Done eq 1")).toEqual([1]);
    expect(ids("(Id eq 1 or Id eq 4) and Done eq 1")).toEqual([1, 4]);
    expect(ids("Done eq 0 and Amount gt 0 or Amount lt 0")).toEqual([2, 3, 4]);
  });

  it("read null tests on text", () => {
    expect(ids("Title eq null")).toEqual([5]);
    expect(ids("Title ne null and Amount ge 30")).toEqual([3]);
  });
});
