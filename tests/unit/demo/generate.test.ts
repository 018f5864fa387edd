import fc from "fast-check";
import { countByKind, generateMunicipality, municipalSize, smallSize } from "../../../src/demo";
import { ruleViolations } from "./everyRule";

describe("generateMunicipality", () => {
  const small = generateMunicipality(1, smallSize);

  it("passes every rule at small size", () => {
    expect(ruleViolations(small)).toEqual([]);
  });

  it("produces exactly the counts the size asks for", () => {
    const counts = countByKind(small);
    expect(counts["org-unit"]).toBe(smallSize.units);
    expect(counts.person).toBe(smallSize.staff);
    expect(counts["individual-goal"]).toBe(smallSize.individualGoals);
    expect(counts["follow-up"]).toBe(smallSize.followUps);
    expect(small["org-unit"].filter((u) => u.kind === "board")).toHaveLength(smallSize.boards);
    expect(small["org-unit"].filter((u) => u.kind === "administration")).toHaveLength(smallSize.boards);
  });

  it("is deterministic: the same seed gives the same data byte for byte, another seed other data", () => {
    const again = generateMunicipality(1, smallSize);
    expect(again).toEqual(small);
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateMunicipality(2, smallSize);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
    expect(other.person.map((p) => p.id)).not.toEqual(small.person.map((p) => p.id));
  });

  it("shares the KF level and lets each nämnd translate only some KF indicators", () => {
    expect(small["kf-indicator"]).toHaveLength(8);
    for (const plan of small["board-plan"]) {
      const translated = small["board-indicator"].filter((b) => b.boardPlanId === plan.id);
      expect(translated.length).toBeGreaterThan(0);
      expect(translated.length).toBeLessThan(8);
    }
  });

  it("gives Swedish-looking names and UPNs that read well in URLs", () => {
    for (const p of small.person) expect(p.id).toMatch(/^[a-z-]+\.[a-z-]+\d*@malkedjan\.local$/);
    for (const u of small["org-unit"]) expect(u.id).toMatch(/^[a-z0-9-]+$/);
    expect(small["org-unit"].some((u) => /skolan$/.test(u.name))).toBe(true);
  });

  it("is valid for any seed (tiny municipality, many seeds)", () => {
    const tiny = {
      ...smallSize,
      boards: 2,
      departmentsPerAdministration: 1,
      sectionsPerDepartment: 1,
      units: 10,
      staff: 40,
      individualGoals: 90,
      followUps: 400,
    };
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(ruleViolations(generateMunicipality(seed, tiny))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("refuses a size whose follow-ups cannot fit the goals", () => {
    expect(() =>
      generateMunicipality(1, { ...smallSize, followUps: smallSize.individualGoals * 10 }),
    ).toThrow(/follow-ups/);
  });

  it("builds the full municipal scale, valid under every rule, in well under 10 s", () => {
    const started = performance.now();
    const full = generateMunicipality(2026, municipalSize);
    const seconds = (performance.now() - started) / 1000;
    const counts = countByKind(full);
    expect({
      boards: full["org-unit"].filter((u) => u.kind === "board").length,
      units: counts["org-unit"],
      staff: counts.person,
      goals: counts["individual-goal"],
      followUps: counts["follow-up"],
    }).toEqual({ boards: 10, units: 500, staff: 6_000, goals: 30_000, followUps: 150_000 });
    expect(seconds).toBeLessThan(10);
    expect(ruleViolations(full)).toEqual([]);
  });
});
