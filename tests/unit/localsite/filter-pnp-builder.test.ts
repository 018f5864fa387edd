import { InitialFieldQuery } from "@pnp/sp";
import { parseFilter } from "../../../src/localsite/odata/filter-parser";
import { ODataQueryError } from "../../../src/localsite/odata/errors";

/** The item shape PnPjs's typed builder checks field names against. */
interface Goal {
  Title: string;
  Due: Date;
  Done: boolean;
  Score: number;
  A: number;
  B: number;
  C: number;
  Area: { Id: number; Title: string };
  AreaId: number;
}

/** PnPjs's fluent filter builder, as `items.filter(f => …)` uses it. */
const where = (): InitialFieldQuery<Goal> => new InitialFieldQuery<Goal>([]);

describe("filters written by PnPjs's own builder", () => {
  it.each([
    ["text equals", where().text("Title").equals("Mål").toString()],
    ["startsWith (with a space after the comma)", where().text("Title").startsWith("Skol").toString()],
    ["contains", where().text("Title").contains("skola").toString()],
    ["isNull", where().text("Title").isNull().toString()],
    ["isNotNull", where().date("Due").isNotNull().toString()],
    ["boolean isTrue (1)", where().boolean("Done").isTrue().toString()],
    ["boolean isFalseOrNull", where().boolean("Done").isFalseOrNull().toString()],
    ["number in (expanded to or)", where().number("Score").in(1, 2, 3).toString()],
    ["number notIn (expanded to and)", where().number("Score").notIn(1, 2).toString()],
    ["date lessThan", where().date("Due").lessThan(new Date("2024-01-01T00:00:00Z")).toString()],
    ["date isBetween", where().date("Due").isBetween(new Date(0), new Date(1e12)).toString()],
    ["lookupId", where().lookupId("AreaId").equals(3).toString()],
    ["lookup Id", where().lookup("Area").Id(3).toString()],
    ["lookup text", where().lookup("Area").text("Title").equals("Social").toString()],
    [
      "and/or chains",
      where()
        .text("Title")
        .equals("a")
        .and()
        .number("Score")
        .greaterThan(2)
        .or()
        .boolean("Done")
        .isTrue()
        .toString(),
    ],
  ])("parses %s", (_name, text) => {
    expect(() => parseFilter(text)).not.toThrow();
  });

  it("reads the and/or chain with and binding tighter", () => {
    const text = where()
      .number("A")
      .equals(1)
      .or()
      .number("B")
      .equals(2)
      .and()
      .number("C")
      .equals(3)
      .toString();
    expect(text).toBe("A eq 1 or B eq 2 and C eq 3");
    expect(parseFilter(text)).toMatchObject({ kind: "or", right: { kind: "and" } });
  });

  it("refuses PnPjs's text equals with an undoubled quote, as SharePoint does: callers must escape", () => {
    const text = where().text("Title").equals("O'Brien").toString();
    expect(text).toBe("Title eq 'O'Brien'");
    expect(() => parseFilter(text)).toThrow(ODataQueryError);
    expect(parseFilter(where().text("Title").equals("O''Brien").toString())).toMatchObject({
      right: { literal: { value: "O'Brien" } },
    });
  });
});
