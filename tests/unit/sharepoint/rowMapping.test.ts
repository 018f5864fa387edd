import { huddinge } from "../../../src/demo";
import { ITEM_KINDS, type EntityByKind, type ItemKind, ValidationError } from "../../../src/domain";
import {
  fromRow,
  readRow,
  StoredDataError,
  toFields,
  type ListRow,
} from "../../../src/sharepoint/mapping/rowMapping";
import { parseVersion, versionOf } from "../../../src/sharepoint/mapping/version";
import { lists } from "../../../src/sharepoint/schema/lists";
import { allLists } from "../../../src/sharepoint/schema/lists";
import { schemaProblems } from "../../../src/sharepoint/schema/types";

const asRow = (fields: Record<string, unknown>, id = 7): ListRow => ({
  ...fields,
  Id: id,
  "odata.etag": '"3"',
});

describe("field mapping", () => {
  it("declares a consistent schema (≤ 20 indexes, no indexed note, unique keys)", () => {
    expect(schemaProblems(allLists)).toEqual([]);
  });

  it.each(ITEM_KINDS.map((k) => [k]))("maps every demo %s to fields and back unchanged", (kind: ItemKind) => {
    const list = lists[kind] as (typeof lists)[ItemKind];
    for (const entity of huddinge[kind] as readonly EntityByKind[ItemKind][]) {
      const fields = toFields(list as never, entity as never, {});
      // SharePoint answers empty text as null; the mapping must not depend on either.
      const back = fromRow(list as never, asRow(fields));
      expect(back.value).toEqual(entity);
      expect(back.version).toBe('7|"3"');
    }
  });

  it("writes the id to Key, arrays as JSON and partitions as given", () => {
    const goal = huddinge["individual-goal"][0];
    if (goal === undefined) throw new Error("no goal");
    const fields = toFields(lists["individual-goal"], goal, { UnitYear: "u:2026", AdminYear: "a:2026" });
    expect(fields).toMatchObject({
      Key: goal.id,
      Title: goal.title,
      EmployeeId: goal.employeeId,
      Year: goal.year,
      ActivityIds: JSON.stringify(goal.activityIds),
      UnitYear: "u:2026",
      AdminYear: "a:2026",
    });
  });

  it("refuses a title SharePoint cannot hold, and reports a stored row the domain refuses", () => {
    const goal = huddinge["individual-goal"][0];
    if (goal === undefined) throw new Error("no goal");
    expect(() => toFields(lists["individual-goal"], { ...goal, title: "x".repeat(256) }, {})).toThrow(
      ValidationError,
    );
    expect(() => fromRow(lists["individual-goal"], asRow({ Key: goal.id, Title: "t" }))).toThrow(
      StoredDataError,
    );
  });
});

describe("reading a row without throwing (what the views use)", () => {
  const goal = huddinge["individual-goal"][0];
  const followUp = huddinge["follow-up"].find((f) => f.target.kind === "individual-goal");
  if (goal === undefined || followUp === undefined) throw new Error("demo lacks a goal with a follow-up");
  const goalRow = (change: Record<string, unknown>) =>
    asRow({ ...toFields(lists["individual-goal"], goal, {}), ...change }, 41);
  const refusal = (read: ReturnType<typeof readRow>) => {
    if (read.ok) throw new Error("the row was accepted");
    return read.error;
  };

  it("gives the entity and its version for a valid row", () => {
    expect(readRow(lists["individual-goal"], goalRow({}))).toEqual({
      ok: true,
      value: { value: goal, version: '41|"3"' },
    });
  });

  it.each([
    ["an empty title", { Title: "" }, "title"],
    ["a calendar day that does not exist", { FollowUpDates: '["2026-02-30"]' }, "followUpDates.0"],
    ["JSON garbage in a JSON column", { ActivityIds: "[not json" }, "activityIds"],
    ["a number column holding text", { Year: "tjugotjugosex" }, "year"],
  ])("refuses %s with the list, the Key, the row id and the path", (_, change, path) => {
    const error = refusal(readRow(lists["individual-goal"], goalRow(change)));
    expect(error).toBeInstanceOf(StoredDataError);
    expect(error).toMatchObject({ listTitle: "Individuella mål", key: goal.id, rowId: 41 });
    expect(error.invalid.issues.map((i) => i.path)).toContain(path);
    expect(error.message).toContain(`Key ${goal.id} (Id 41)`);
  });

  it("refuses a choice the domain does not know", () => {
    const row = asRow({ ...toFields(lists["follow-up"], followUp, {}), Status: "kanske" }, 5);
    expect(refusal(readRow(lists["follow-up"], row)).invalid.issues.map((i) => i.path)).toEqual(["status"]);
  });

  it("refuses a row with no Key", () => {
    expect(refusal(readRow(lists["individual-goal"], goalRow({ Key: null }))).rowId).toBe(41);
  });

  it("keeps fromRow throwing, now a StoredDataError for JSON garbage too", () => {
    expect(() => fromRow(lists["individual-goal"], goalRow({ CoreValues: "{" }))).toThrow(StoredDataError);
  });
});

describe("versions", () => {
  it("carry the item id and the ETag, and refuse anything else", () => {
    expect(versionOf({ Id: 12, "odata.etag": '"4"' })).toBe('12|"4"');
    expect(parseVersion('12|"4"')).toEqual({ itemId: 12, etag: '"4"' });
    expect(parseVersion('"4"')).toBeUndefined();
    expect(parseVersion("x|1")).toBeUndefined();
  });
});
