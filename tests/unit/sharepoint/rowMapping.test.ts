import { huddinge } from "../../../src/demo";
import { ITEM_KINDS, type EntityByKind, type ItemKind, ValidationError } from "../../../src/domain";
import { fromRow, StoredDataError, toFields, type ListRow } from "../../../src/sharepoint/mapping/rowMapping";
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

describe("versions", () => {
  it("carry the item id and the ETag, and refuse anything else", () => {
    expect(versionOf({ Id: 12, "odata.etag": '"4"' })).toBe('12|"4"');
    expect(parseVersion('12|"4"')).toEqual({ itemId: 12, etag: '"4"' });
    expect(parseVersion('"4"')).toBeUndefined();
    expect(parseVersion("x|1")).toBeUndefined();
  });
});
