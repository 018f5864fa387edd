import { huddinge } from "../../../src/demo";
import { chefs, coreValues, planners, staff, unitIds } from "../../../src/demo/huddinge";
import { ruleViolations } from "./everyRule";

const byId = <T extends { id: string }>(xs: readonly T[], id: string): T | undefined =>
  xs.find((x) => x.id === id);

describe("the Huddinge demo data", () => {
  it("passes every rule: schemas, unique ids, links, chefs, access, calendar, chain, due", () => {
    expect(ruleViolations(huddinge)).toEqual([]);
  });

  it("carries the vision verbatim", () => {
    expect(huddinge.vision.map((v) => v.text)).toEqual([
      "Huddinge ska vara en av de tre populäraste kommunerna i Stockholms län att bo, besöka och verka i.",
    ]);
  });

  it("has exactly the three målområden with their headings, innermost circle first", () => {
    expect(huddinge["focus-area"].map((a) => [a.dimension, a.heading])).toEqual([
      ["social", "Social hållbarhet – Den sociala basen"],
      ["economic", "Ekonomisk hållbarhet – God hushållning med resurser och skattepengar"],
      ["ecological", "Ekologisk hållbarhet – Ramen för mänsklig existens"],
    ]);
    for (const area of huddinge["focus-area"]) expect(area.agenda2030Goals.length).toBeGreaterThan(0);
  });

  it("has the eight KF indicators in DOMAIN.md's wording, under the right målområde", () => {
    const dimensionOf = (focusAreaId: string): string | undefined =>
      byId(huddinge["focus-area"], focusAreaId)?.dimension;
    expect(huddinge["kf-indicator"].map((k) => [k.number, k.name, dimensionOf(k.focusAreaId)])).toEqual([
      [1, "−10 % i nettokostnadsavvikelse", "economic"],
      [2, "Gymnasieelever med examen inom tre år", "social"],
      [3, "Gott bemötande vid kontakt med kommunen", "social"],
      [4, "NKI för företagsklimatet", "social"],
      [5, "Andel som känner sig trygga utomhus i området där de bor när det är mörkt ute", "social"],
      [6, "Andel invånare som skattar sin hälsa som god eller mycket god", "social"],
      [7, "Betygsindex för invånare som är nöjda med kommunikationerna i kommunen", "social"],
      [8, "Det ekologiska fotavtrycket ska minska till 4,0 gha/inv.", "ecological"],
    ]);
    expect(byId(huddinge["kf-indicator"], "kf-1")?.koladaKpiId).toBe("N00097");
    expect(byId(huddinge["kf-indicator"], "kf-8")).toMatchObject({
      measureUnit: "gha/inv",
      direction: "decrease",
    });
  });

  it("has Grundskolenämnden's seven translations, each mapped to the KF indicator of its number (none for KF 4)", () => {
    const kfNumber = (kfId: string): number | undefined => byId(huddinge["kf-indicator"], kfId)?.number;
    expect(huddinge["board-indicator"].map((b) => [b.number, b.name, kfNumber(b.kfIndicatorId)])).toEqual([
      [1, "Kostnad per elev i grundskolan ska minska med X %", 1],
      [2, "Andelen grundskoleelever som uppnår behörighet till gymnasieskolan", 2],
      [
        3,
        "Andelen elever i åk 7–9 som uppger att de har en förtroendefull relation med minst en vuxen i skolan",
        3,
      ],
      [5, "Andel elever i åk 9 som känner sig trygga i skolan, positiva svar", 5],
      [6, "Andel elever som skattar sin hälsa som god eller mycket god", 6],
      [7, "NKI för elever som erhåller skolskjuts", 7],
      [8, "Energiförbrukningen i verksamhetslokaler", 8],
    ]);
    const [plan] = huddinge["board-plan"];
    expect(plan).toMatchObject({ boardUnitId: unitIds.grundskolenamnden, year: 2026 });
    expect(plan?.interpretations.map((i) => i.focusAreaId).sort()).toEqual(
      huddinge["focus-area"].map((a) => a.id).sort(),
    );
  });

  it("sets etappmål on both short and long term, and two uppdrag to Utbildningsförvaltningen", () => {
    expect(new Set(huddinge.milestone.map((m) => m.horizon))).toEqual(new Set(["short", "long"]));
    expect(huddinge.assignment).toHaveLength(2);
    for (const a of huddinge.assignment)
      expect(a.toAdministrationUnitId).toBe(unitIds.utbildningsforvaltningen);
  });

  it("names the värdegrund: mod, driv, mångfald, omtanke", () => {
    expect(coreValues).toEqual(["courage", "drive", "diversity", "care"]);
  });

  it("makes each rektor chef of their skola, and has a förvaltning, a nämnd and a municipal planner", () => {
    expect(byId(huddinge["org-unit"], unitIds.sjodalsskolan)?.chefId).toBe(chefs.rektorSjodal.id);
    expect(byId(huddinge["org-unit"], unitIds.kvarnbergsskolan)?.chefId).toBe(chefs.rektorKvarnberg.id);
    expect(planners.forvaltning.roles).toEqual([
      { kind: "planner", unitId: unitIds.utbildningsforvaltningen },
    ]);
    expect(planners.namnd.roles).toEqual([{ kind: "planner", unitId: unitIds.grundskolenamnden }]);
    expect(planners.kommun.roles).toContainEqual({ kind: "municipal-planner" });
  });

  it("gives people ASCII-folded UPNs <first>.<last>@malkedjan.local", () => {
    expect(planners.kommun.id).toBe("lena.aberg@malkedjan.local");
    expect(staff.sjodal.linnea.id).toBe("linnea.hakansson@malkedjan.local");
    expect(staff.kvarnberg.elin.id).toBe("elin.martensson@malkedjan.local");
    for (const p of huddinge.person) expect(p.id).toMatch(/^[a-z]+\.[a-z]+@malkedjan\.local$/);
  });

  it("has 4–6 medarbetare per skola, each with 1–3 goals, some agreed by both and some not yet", () => {
    for (const team of [staff.sjodal, staff.kvarnberg]) {
      const members = Object.values(team);
      expect(members.length).toBeGreaterThanOrEqual(4);
      expect(members.length).toBeLessThanOrEqual(6);
      for (const member of members) {
        const goals = huddinge["individual-goal"].filter((g) => g.employeeId === member.id);
        expect(goals.length).toBeGreaterThanOrEqual(1);
        expect(goals.length).toBeLessThanOrEqual(3);
      }
    }
    const agreed = huddinge["individual-goal"].filter(
      (g) => g.agreedByEmployeeAt !== undefined && g.agreedByManagerAt !== undefined,
    );
    expect(agreed.length).toBeGreaterThan(0);
    expect(agreed.length).toBeLessThan(huddinge["individual-goal"].length);
  });

  it("has follow-ups of every status and indicator outcomes for 2022–2025 (a trend to chart)", () => {
    expect(new Set(huddinge["follow-up"].map((f) => f.status))).toEqual(
      new Set(["not-started", "on-track", "at-risk", "off-track", "done"]),
    );
    expect(huddinge["follow-up"].some((f) => f.target.kind === "individual-goal")).toBe(true);
    for (const kf of huddinge["kf-indicator"]) {
      const periods = huddinge["indicator-outcome"]
        .filter((o) => o.indicator.id === kf.id)
        .map((o) => o.period);
      expect(periods).toEqual(["2022", "2023", "2024", "2025"]);
    }
    expect(huddinge["indicator-outcome"].find((o) => o.indicator.id === "kf-1")?.source).toBe("kolada");
  });
});
