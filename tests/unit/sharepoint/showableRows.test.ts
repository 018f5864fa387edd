import { huddinge } from "../../../src/demo";
import { toFields, type ListRow } from "../../../src/sharepoint/mapping/rowMapping";
import { inOwnFolder, showableRows } from "../../../src/sharepoint/queries/showableRows";
import { SkippedRows, type SkippedRow } from "../../../src/sharepoint/queries/skippedRows";
import { lists } from "../../../src/sharepoint/schema/lists";

const root = "/sites/styrning/Lists/Individuella mål";
const goal = huddinge["individual-goal"][0];
if (goal === undefined) throw new Error("demo has no goal");
const owner = goal.employeeId;

const rowOf = (change: Record<string, unknown>, id: number): ListRow => ({
  ...toFields(lists["individual-goal"], goal, {}),
  FileDirRef: `${root}/${owner}`,
  ...change,
  Id: id,
  "odata.etag": '"1"',
});

const collect = () => {
  const told: SkippedRow[] = [];
  return { told, skipped: new SkippedRows((row) => told.push(row)) };
};

describe("a personal row's folder", () => {
  it("is its medarbetare's own folder directly under the list root", () => {
    expect(inOwnFolder(rowOf({}, 1), root)).toBe(true);
    expect(inOwnFolder(rowOf({ FileDirRef: `${root}/${owner.toUpperCase()}` }, 1), root)).toBe(true);
  });

  it.each([
    ["at the list root", root],
    ["in someone else's folder", `${root}/erik.sjoberg@malkedjan.local`],
    ["in a folder named like theirs inside someone else's", `${root}/erik.sjoberg@malkedjan.local/${owner}`],
    ["in another list", `/sites/styrning/Lists/Annat/${owner}`],
  ])("is not the row's own when it sits %s", (_, folder) => {
    expect(inOwnFolder(rowOf({ FileDirRef: folder }, 1), root)).toBe(false);
  });

  it("is not the row's own when the row names no medarbetare or no folder", () => {
    expect(inOwnFolder(rowOf({ EmployeeId: null }, 1), root)).toBe(false);
    expect(inOwnFolder(rowOf({ FileDirRef: undefined }, 1), root)).toBe(false);
  });
});

describe("rows a view may show", () => {
  it("keeps valid rows, leaves out and tells each refused or misplaced one", () => {
    const { told, skipped } = collect();
    const rows = [
      rowOf({}, 1),
      rowOf({ Key: "bad", Title: "" }, 2),
      rowOf({ Key: "elsewhere", FileDirRef: root }, 3),
    ];
    expect(showableRows(lists["individual-goal"], rows, skipped, root)).toEqual([goal]);
    expect(skipped.count).toBe(2);
    expect(told.map((r) => [r.listTitle, r.rowId, r.key])).toEqual([
      ["Individuella mål", 2, "bad"],
      ["Individuella mål", 3, "elsewhere"],
    ]);
    expect(told[0]?.reason).toContain("title");
    expect(told[1]?.reason).toContain("folder");
  });

  it("checks no folder when given no root (public lists)", () => {
    const { skipped } = collect();
    expect(showableRows(lists["individual-goal"], [rowOf({ FileDirRef: root }, 1)], skipped)).toEqual([goal]);
  });

  it("counts and tells a row once however many reads of one load meet it", () => {
    const { told, skipped } = collect();
    const bad = rowOf({ Title: "" }, 9);
    showableRows(lists["individual-goal"], [bad], skipped, root);
    showableRows(lists["individual-goal"], [bad], skipped, root);
    expect(skipped.count).toBe(1);
    expect(told).toHaveLength(1);
  });

  it("writes one console warning per row by default, naming list, Id and Key", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      showableRows(lists["individual-goal"], [rowOf({ Key: "bad", Title: "" }, 4)], new SkippedRows(), root);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/Individuella mål row Id 4 \(Key bad\)/);
    } finally {
      warn.mockRestore();
    }
  });
});
