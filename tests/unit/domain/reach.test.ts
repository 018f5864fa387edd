import {
  SMALLEST_GROUP_SHOWN,
  reachScopeOf,
  reachTable,
  rowsInScope,
  type OrgUnit,
  type ReachChain,
  type ReachGoal,
  type ReachGroupRow,
  type ReachInput,
  type ReachPlacement,
} from "../../../src/domain";

const board: OrgUnit = { id: "n", kind: "board", name: "Nämnden" };
const admin: OrgUnit = { id: "f", kind: "administration", name: "Förvaltningen", parentId: "n" };
const unitA: OrgUnit = { id: "a", kind: "unit", name: "A-skolan", parentId: "f", chefId: "chef.a" };
const unitB: OrgUnit = { id: "b", kind: "unit", name: "B-skolan", parentId: "f" };
const unitC: OrgUnit = { id: "c", kind: "unit", name: "C-skolan", parentId: "f" };

const people = (unitId: string, count: number, prefix = unitId): ReachPlacement[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}@x`, unitId }));

const chain: ReachChain = {
  activities: [
    { id: "act-m", serves: { kind: "milestone", id: "m1" } },
    { id: "act-u", serves: { kind: "assignment", id: "u1" } },
    { id: "act-child", serves: { kind: "activity", id: "act-m" } },
    { id: "act-core", serves: { kind: "core-mission" } },
    { id: "loop-1", serves: { kind: "activity", id: "loop-2" } },
    { id: "loop-2", serves: { kind: "activity", id: "loop-1" } },
  ],
  milestones: [{ id: "m1", boardIndicatorId: "bi1" }],
  boardIndicators: [{ id: "bi1", kfIndicatorId: "kf2" }],
  assignments: [{ id: "u1", focusAreaId: "fa-eco" }],
  kfIndicators: [{ id: "kf2", focusAreaId: "fa-soc" }],
};

const agreed = { agreedByEmployeeAt: "2026-02-01T08:00:00Z", agreedByManagerAt: "2026-02-01T08:00:00Z" };

const goal = (
  id: string,
  employeeId: string,
  activityIds: string[],
  extra: Partial<ReachGoal> = {},
): ReachGoal => ({
  id,
  employeeId,
  year: 2026,
  activityIds,
  followUpDates: [],
  ...agreed,
  ...extra,
});

const input = (over: Partial<ReachInput>): ReachInput => ({
  year: 2026,
  today: "2026-06-15",
  units: [board, admin, unitA, unitB, unitC],
  people: [],
  goals: [],
  followUps: [],
  chain,
  listed: { focusAreaIds: ["fa-soc", "fa-eco"], kfIndicatorIds: ["kf2"], milestoneIds: ["m1"] },
  ...over,
});

const byName = (groups: readonly ReachGroupRow[]) =>
  Object.fromEntries(groups.map((g) => [g.unit?.name ?? "Kommunen", g.result]));

const shownStaff = (groups: readonly ReachGroupRow[]) =>
  Object.fromEntries(
    groups.map((g) => [
      g.unit?.name ?? "Kommunen",
      g.result.shown ? g.result.figures.staff : g.result.reason,
    ]),
  );

describe("reach: figures per group", () => {
  it("counts staff, agreed goals and what they reach up the chain, summed over the subtree", () => {
    const table = reachTable(
      input({
        people: [...people("a", 6), ...people("b", 6), ...people("c", 6)],
        goals: [
          goal("g1", "a0@x", ["act-m"]),
          goal("g2", "a0@x", ["act-child", "act-u"]),
          goal("g3", "a1@x", ["act-u"]),
          goal("g4", "a2@x", ["act-core"]),
          goal("g5", "a3@x", ["loop-1"]),
          // Not counted: not agreed by both, withdrawn, another year, someone not placed.
          goal("g6", "a4@x", ["act-m"], { agreedByManagerAt: undefined }),
          goal("g7", "a5@x", ["act-m"], { withdrawnAt: "2026-03-01T08:00:00Z" }),
          goal("g8", "a5@x", ["act-m"], { year: 2025 }),
          goal("g9", "gone@x", ["act-m"]),
          goal("g10", "b0@x", ["act-m"]),
        ],
      }),
    );
    const rows = byName(table.groups);
    const a = rows["A-skolan"];
    expect(a).toEqual({
      shown: true,
      figures: {
        staff: 6,
        staffWithAgreedGoals: 4,
        agreedGoals: 5,
        followUpsDue: 0,
        followUpsOnTime: 0,
        focusAreas: [
          { id: "fa-soc", staff: 1, goals: 2 },
          { id: "fa-eco", staff: 2, goals: 2 },
        ],
        kfIndicators: [{ id: "kf2", staff: 1, goals: 2 }],
        milestones: [{ id: "m1", staff: 1, goals: 2 }],
      },
    });
    const municipality = rows["Kommunen"];
    expect(municipality?.shown && municipality.figures).toMatchObject({
      staff: 18,
      staffWithAgreedGoals: 5,
      agreedGoals: 6,
      milestones: [{ id: "m1", staff: 2, goals: 3 }],
    });
    expect(table.groups.map((g) => [g.unit?.id, g.depth])).toEqual([
      [undefined, 0],
      ["n", 1],
      ["f", 2],
      ["a", 3],
      ["b", 3],
      ["c", 3],
    ]);
  });

  it("counts agreed follow-up dates due by today and those recorded on or before their date (Swedish days)", () => {
    const table = reachTable(
      input({
        people: people("a", 5),
        goals: [
          goal("g1", "a0@x", ["act-m"], {
            followUpDates: ["2026-03-01", "2026-05-01", "2026-06-15", "2026-09-01"],
          }),
          goal("g2", "a1@x", ["act-m"], { followUpDates: ["2026-04-30"] }),
          goal("g3", "a2@x", ["act-m"], {
            followUpDates: ["2026-04-01"],
            withdrawnAt: "2026-05-01T08:00:00Z",
          }),
        ],
        followUps: [
          // On its day; late; early for the next date; and 23:30 UTC on 30 April is 1 May in Sweden: late.
          {
            target: { kind: "individual-goal", id: "g1" },
            period: "2026-03-01",
            recordedAt: "2026-03-01T10:00:00Z",
          },
          {
            target: { kind: "individual-goal", id: "g1" },
            period: "2026-05-03",
            answers: "2026-05-01",
            recordedAt: "2026-05-03T10:00:00Z",
          },
          {
            target: { kind: "individual-goal", id: "g1" },
            period: "2026-06-10",
            answers: "2026-06-15",
            recordedAt: "2026-06-10T10:00:00Z",
          },
          {
            target: { kind: "individual-goal", id: "g2" },
            period: "2026-05-01",
            answers: "2026-04-30",
            recordedAt: "2026-04-30T23:30:00Z",
          },
          {
            target: { kind: "individual-goal", id: "g3" },
            period: "2026-04-01",
            recordedAt: "2026-04-01T10:00:00Z",
          },
        ],
        units: [board, admin, unitA],
      }),
    );
    const a = byName(table.groups)["A-skolan"];
    expect(a?.shown && [a.figures.followUpsDue, a.figures.followUpsOnTime]).toEqual([4, 2]);
  });

  it("adds reached items that are not listed after the listed ones", () => {
    const table = reachTable(
      input({
        people: people("a", 5),
        goals: [goal("g1", "a0@x", ["act-m"])],
        listed: { focusAreaIds: [], kfIndicatorIds: [], milestoneIds: ["m0"] },
      }),
    );
    expect([table.focusAreaIds, table.kfIndicatorIds, table.milestoneIds]).toEqual([
      ["fa-soc"],
      ["kf2"],
      ["m0", "m1"],
    ]);
  });
});

describe("reach: suppression", () => {
  it(`shows no figures for a group of fewer than ${SMALLEST_GROUP_SHOWN} people, 0 included`, () => {
    const table = reachTable(input({ people: [...people("a", 5), ...people("b", 4), ...people("c", 1)] }));
    expect(shownStaff(table.groups)).toMatchObject({
      "A-skolan": 5,
      "B-skolan": "small-group",
      "C-skolan": "small-group",
    });
    const empty = reachTable(input({ people: [] }));
    expect(Object.values(shownStaff(empty.groups))).toEqual(Array(6).fill("small-group"));
  });

  it("hides the smallest shown sibling when one hidden child could be worked out from its parent", () => {
    const table = reachTable(input({ people: [...people("a", 7), ...people("b", 3), ...people("c", 6)] }));
    expect(shownStaff(table.groups)).toEqual({
      Kommunen: 16,
      Nämnden: 16,
      Förvaltningen: 16,
      "A-skolan": 7,
      "B-skolan": "small-group",
      "C-skolan": "complementary",
    });
  });

  it("needs nothing more when the hidden part of a parent is already 5 people or more", () => {
    // B (3) and C (2) are hidden, together 5: the parent minus A tells only their sum.
    const table = reachTable(input({ people: [...people("a", 7), ...people("b", 3), ...people("c", 2)] }));
    expect(shownStaff(table.groups)).toMatchObject({
      "A-skolan": 7,
      "B-skolan": "small-group",
      "C-skolan": "small-group",
    });
  });

  it("protects a chef placed alone in the parent unit: the parent minus every child would be that one person", () => {
    const table = reachTable(
      input({
        people: [{ id: "chef.f@x", unitId: "f" }, ...people("a", 6), ...people("b", 7), ...people("c", 8)],
      }),
    );
    expect(shownStaff(table.groups)).toMatchObject({
      Förvaltningen: 22,
      "A-skolan": "complementary",
      "B-skolan": 7,
      "C-skolan": 8,
    });
  });

  it("hides a group inside a complementary one when it could still be added up from the groups below it", () => {
    // The nämnd (5) equals the förvaltning (5); the municipality also holds a board of 2: hiding the förvaltning
    // alone would still leave it known from its single school, so the school is hidden too.
    const other: OrgUnit = { id: "ks", kind: "board", name: "Kommunstyrelsen" };
    const table = reachTable(
      input({
        units: [board, admin, unitA, other],
        people: [...people("a", 6), ...people("ks", 2)],
      }),
    );
    const staff = shownStaff(table.groups);
    expect(staff).toMatchObject({ Kommunen: 8, Kommunstyrelsen: "small-group" });
    // Whatever stays shown, the two people of Kommunstyrelsen cannot be worked out: nothing in the nämnd's line.
    expect([staff["Nämnden"], staff["Förvaltningen"], staff["A-skolan"]]).toEqual([
      "complementary",
      "complementary",
      "complementary",
    ]);
  });

  it("never leaves a shown group whose known parts leave 1–4 people unaccounted for", () => {
    // A random-ish tree of 40 units: check the residual rule holds everywhere after suppression.
    const units: OrgUnit[] = [board, admin];
    const placed: ReachPlacement[] = [];
    for (let i = 0; i < 40; i += 1) {
      const parentId = i < 8 ? "f" : `u${i % 8}`;
      units.push({ id: `u${i}`, kind: "unit", name: `Enhet ${i}`, parentId });
      placed.push(...people(`u${i}`, (i * 7) % 9, `p${i}-`));
    }
    const table = reachTable(input({ units, people: placed }));
    const byId = new Map(table.groups.map((g) => [g.unit?.id ?? "", g]));
    const staffOf = (unitId: string): number => placed.filter((p) => within(unitId, p.unitId)).length;
    const within = (root: string, unitId: string): boolean => {
      for (let u: string | undefined = unitId; u !== undefined; u = units.find((x) => x.id === u)?.parentId)
        if (u === root) return true;
      return false;
    };
    for (const group of table.groups) {
      if (!group.result.shown || group.unit === undefined) continue;
      const id = group.unit.id;
      const shownChildren = units.filter((u) => u.parentId === id && byId.get(u.id)?.result.shown === true);
      const residue = staffOf(id) - shownChildren.reduce((s, u) => s + staffOf(u.id), 0);
      expect({ id, residueOk: residue === 0 || residue >= SMALLEST_GROUP_SHOWN }).toEqual({
        id,
        residueOk: true,
      });
    }
  });
});

describe("reach: who sees which groups", () => {
  const units = [board, admin, unitA, unitB, unitC];
  it("gives the kommun's planners everything, a planner their unit and below, a chef their units and below", () => {
    expect(reachScopeOf({ id: "lena", roles: [{ kind: "municipal-planner" }] }, units)).toEqual({
      kind: "everything",
    });
    expect(reachScopeOf({ id: "johan", roles: [{ kind: "planner", unitId: "n" }] }, units)).toEqual({
      kind: "units",
      unitIds: ["n"],
    });
    expect(reachScopeOf({ id: "chef.a", roles: [] }, units)).toEqual({ kind: "units", unitIds: ["a"] });
    expect(reachScopeOf({ id: "maria", roles: [] }, units)).toEqual({ kind: "refused" });
    expect(reachScopeOf({ id: "x", roles: [{ kind: "planner", unitId: "gone" }] }, units)).toEqual({
      kind: "refused",
    });
  });

  it("cuts the table to the scope's units and the rows below them", () => {
    const table = reachTable(input({ people: people("a", 9) }));
    const names = (rows: readonly ReachGroupRow[]) => rows.map((r) => r.unit?.name ?? "Kommunen");
    expect(names(rowsInScope(table, { kind: "units", unitIds: ["f"] }))).toEqual([
      "Förvaltningen",
      "A-skolan",
      "B-skolan",
      "C-skolan",
    ]);
    expect(names(rowsInScope(table, { kind: "units", unitIds: ["a", "c"] }))).toEqual([
      "A-skolan",
      "C-skolan",
    ]);
    expect(rowsInScope(table, { kind: "refused" })).toEqual([]);
    expect(rowsInScope(table, { kind: "everything" })).toHaveLength(6);
  });
});
