import {
  ConflictError,
  ENTITY_SCHEMAS,
  ITEM_KINDS,
  ITEM_TERMS,
  NotFoundError,
  parseActivity,
  parseEntity,
  parseIndividualGoal,
  parseOrgUnit,
  parseProgramDeclaration,
  ValidationError,
} from "../../../src/domain";
import { fixture, pick } from "./fixture";

const issuesOf = (result: { ok: boolean; error?: ValidationError }): { path: string; code: string }[] =>
  (result.error?.issues ?? []).map(({ path, code }) => ({ path, code }));

describe("validating constructors", () => {
  it("accept every entity of the fixture, kind by kind", () => {
    const f = fixture();
    for (const kind of ITEM_KINDS) {
      for (const entity of f[kind]) expect(parseEntity(kind, entity).ok).toBe(true);
    }
  });

  it("name the field path and the reason of each problem", () => {
    const result = parseActivity({
      id: "akt-9",
      workPlanId: "ap-1",
      title: " ",
      serves: { kind: "milestone" },
    });
    expect(result.ok).toBe(false);
    expect(issuesOf(result)).toEqual([
      { path: "title", code: "too_small" },
      { path: "serves.id", code: "invalid_type" },
    ]);
    expect(result.ok ? "" : result.error.message).toMatch(
      /^Fel i Aktivitet "akt-9": title: får inte vara tom; serves\.id: /,
    );
  });

  it("refuses a goal with no activity, a non-existent date and a malformed UPN", () => {
    const goal = { ...pick(fixture()["individual-goal"], "ind-1") };
    const result = parseIndividualGoal({
      ...goal,
      activityIds: [],
      followUpDates: ["2026-02-30"],
      managerId: "Sara Sjö",
    });
    expect(issuesOf(result).map((i) => i.path)).toEqual(["managerId", "activityIds", "followUpDates.0"]);
    expect(result.ok ? undefined : result.error.kind).toBe("individual-goal");
    expect(result.ok ? undefined : result.error.id).toBe("ind-1");
  });

  it("refuses unknown fields rather than silently dropping them", () => {
    const unit = { id: "x", kind: "unit", name: "X", parentId: "uf", colour: "red" };
    expect(issuesOf(parseOrgUnit(unit))).toEqual([{ path: "", code: "unrecognized_keys" }]);
  });

  it("requires a parent for every unit but a nämnd, and none for a nämnd", () => {
    expect(parseOrgUnit({ id: "x", kind: "unit", name: "X" }).ok).toBe(false);
    expect(parseOrgUnit({ id: "x", kind: "board", name: "X", parentId: "y" }).ok).toBe(false);
    expect(parseOrgUnit({ id: "x", kind: "board", name: "X" }).ok).toBe(true);
  });

  it("makes a mandate period four years", () => {
    const pd = {
      id: "pf",
      visionId: "v",
      title: "t",
      text: "t",
      mandate: { firstYear: 2023, lastYear: 2025 },
    };
    expect(issuesOf(parseProgramDeclaration(pd))).toEqual([{ path: "mandate.lastYear", code: "custom" }]);
  });

  it("has a schema for every kind", () => {
    expect(Object.keys(ENTITY_SCHEMAS).sort()).toEqual([...ITEM_KINDS].sort());
  });
});

describe("vocabulary", () => {
  it("gives every kind a Swedish term and singular/plural labels", () => {
    for (const kind of ITEM_KINDS) {
      const term = ITEM_TERMS[kind];
      expect(term.term.length).toBeGreaterThan(0);
      expect(term.singular.charAt(0)).toBe(term.singular.charAt(0).toUpperCase());
      expect(term.plural.length).toBeGreaterThan(0);
    }
    expect(ITEM_TERMS["focus-area"]).toEqual({
      term: "målområde",
      singular: "Målområde",
      plural: "Målområden",
    });
  });
});

describe("domain errors", () => {
  it("carry their structured fields beside a Swedish message", () => {
    const conflict = new ConflictError("work-plan", "uf-2026", { value: { id: "uf-2026" }, version: '"3"' });
    expect(conflict.current.version).toBe('"3"');
    expect(conflict.code).toBe("conflict");
    expect(conflict.message).toContain('Arbetsplan "uf-2026"');
    const notFound = new NotFoundError("activity", "akt-404");
    expect([notFound.kind, notFound.id, notFound.message]).toEqual([
      "activity",
      "akt-404",
      'Aktivitet "akt-404" finns inte.',
    ]);
    expect(notFound).toBeInstanceOf(Error);
  });
});
