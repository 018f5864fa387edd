import type { BoardPlan, Versioned, WorkPlan } from "../../../../src/domain";
import { formatRoute, parseRoute, routeYear, viewWithYear } from "../../../../src/tab/app/router/routes";
import { failureText } from "../../../../src/tab/views/planning/usePlanAction";
import {
  defaultUnitOf,
  mayWritePlanOf,
  newVersionPlanId,
  nextYearPlanId,
  numberFrom,
  offersFor,
  workingPlanOf,
} from "../../../../src/tab/views/planning/planModel";
import { planningStrings } from "../../../../src/tab/views/planning/strings";
import { ApiRequestError } from "../../../../src/tab/api/errorFromProblem";
import { ForbiddenError } from "../../../../src/domain";

const johan = { unitId: "utbildningsforvaltningen", chefOf: [], plannerFor: ["grundskolenamnden"] };
const karin = { unitId: "sjodalsskolan", chefOf: ["sjodalsskolan"], plannerFor: [] };
const maria = { unitId: "sjodalsskolan", chefOf: [], plannerFor: [] };
const lena = { unitId: "kommunledningsforvaltningen", chefOf: [], plannerFor: ["kommunstyrelsen"] };

const board = (over: Partial<BoardPlan> = {}): BoardPlan => ({
  id: "grundskolenamnden-2025",
  boardUnitId: "grundskolenamnden",
  programDeclarationId: "pd",
  year: 2025,
  title: "Verksamhetsplan",
  interpretations: [],
  status: "draft",
  versionNumber: 1,
  ...over,
});
const versioned = <P>(value: P, version = "1|x"): Versioned<P> => ({ value, version });

describe("Planering's model: what the page offers whom", () => {
  it("starts at a unit the person plans for or leads, else their own to read", () => {
    expect(defaultUnitOf(johan)).toBe("grundskolenamnden");
    expect(defaultUnitOf(karin)).toBe("sjodalsskolan");
    expect(defaultUnitOf(maria)).toBe("sjodalsskolan");
  });

  it("lets a nämnd's planners write its verksamhetsplan and a unit's chef or planner its arbetsplan, nobody else", () => {
    const gsn = { id: "grundskolenamnden", kind: "board" as const };
    expect(mayWritePlanOf(johan, gsn)).toBe(true);
    expect(mayWritePlanOf(lena, gsn)).toBe(false);
    expect(mayWritePlanOf(karin, gsn)).toBe(false);
    const school = { id: "sjodalsskolan", kind: "unit" as const };
    expect(mayWritePlanOf(karin, school)).toBe(true);
    expect(mayWritePlanOf(maria, school)).toBe(false);
  });

  it("offers the forms on an utkast to its owners only; a fastställd plan offers anmäl, a new version and next year", () => {
    const draft = board();
    expect(offersFor(draft, true, [draft])).toEqual({
      edit: true,
      adopt: true,
      report: false,
      newVersion: false,
      nextYear: true,
      readOnly: undefined,
    });
    expect(offersFor(draft, false, [draft])).toMatchObject({
      edit: false,
      adopt: false,
      readOnly: "not-owner",
    });
    const adopted = board({ status: "adopted" });
    expect(offersFor(adopted, true, [adopted])).toEqual({
      edit: false,
      adopt: false,
      report: true,
      newVersion: true,
      nextYear: true,
      readOnly: "state",
    });
    // An old row without status was fastställd outside Målkedjan.
    const { status: _s, ...legacy } = adopted;
    expect(offersFor(legacy, true, [legacy]).readOnly).toBe("state");
    const reported = board({ status: "reported" });
    expect(offersFor(reported, true, [reported])).toMatchObject({ report: false, newVersion: true });
    // One open utkast per plan: no second new version while one is being written.
    const v2 = board({ id: "grundskolenamnden-2025-v2", versionNumber: 2, supersedesPlanId: adopted.id });
    expect(offersFor(adopted, true, [adopted, v2]).newVersion).toBe(false);
    const replaced = board({ status: "adopted", supersededByPlanId: "x" });
    expect(offersFor(replaced, true, [replaced])).toMatchObject({
      edit: false,
      newVersion: false,
      nextYear: false,
      readOnly: "superseded",
    });
  });

  it("works on the newest version not replaced: the utkast of a new version before the fastställd one", () => {
    const v1 = versioned(board({ status: "adopted" }), "1|a");
    const v2 = versioned(board({ id: "v2", versionNumber: 2, supersedesPlanId: v1.value.id }), "2|b");
    expect(workingPlanOf([v1, v2])?.value.id).toBe("v2");
    const old = versioned(board({ status: "adopted", supersededByPlanId: "v2" }), "1|a");
    const now = versioned(board({ id: "v2", versionNumber: 2, status: "adopted" }), "2|c");
    expect(workingPlanOf([now, old])?.value.id).toBe("v2");
    expect(workingPlanOf<WorkPlan>([])).toBeUndefined();
  });

  it("reads numbers as people type them and names new plans readably", () => {
    expect(numberFrom("86,5")).toBe(86.5);
    expect(numberFrom(" 92 ")).toBe(92);
    expect(numberFrom("")).toBeUndefined();
    expect(numberFrom("många")).toBeUndefined();
    expect(nextYearPlanId("sjodalsskolan", 2026)).toBe("sjodalsskolan-2027");
    expect(newVersionPlanId(board({ versionNumber: 2 }))).toBe("grundskolenamnden-2025-v3");
  });

  it("shows the server's Swedish refusal, never the technical message", () => {
    const forbidden = new ForbiddenError(
      "",
      "edit",
      { kind: "milestone", id: "x" },
      "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
    );
    expect(failureText(forbidden, "Allmänt")).toBe(
      "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
    );
    expect(failureText(new ApiRequestError(409, "Planen är fastställd."), "Allmänt")).toBe(
      "Planen är fastställd.",
    );
    expect(failureText(new ApiRequestError(503, "Service Unavailable"), "Allmänt")).toBe("Allmänt");
    expect(failureText(new TypeError("fetch failed"), "Allmänt")).toBe("Allmänt");
  });
});

describe("the Planering route and its words", () => {
  it("reads and writes the unit and the year, and keeps the year between views", () => {
    const route = parseRoute("#/planering?enhet=sjodalsskolan&ar=2027");
    expect(route).toEqual({ view: "planering", enhet: "sjodalsskolan", ar: "2027" });
    expect(formatRoute(route)).toBe("#/planering?enhet=sjodalsskolan&ar=2027");
    expect(parseRoute("planering")).toEqual({ view: "planering" });
    expect(routeYear(route)).toBe("2027");
    expect(formatRoute(viewWithYear("planering", "2025"))).toBe("#/planering?ar=2025");
  });

  it("has every word in Swedish and English with the same blanks, and no code names", () => {
    const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(planningStrings.en).sort()).toEqual(Object.keys(planningStrings.sv).sort());
    for (const [key, text] of Object.entries(planningStrings.sv)) {
      expect([key, blanks(planningStrings.en[key as keyof typeof planningStrings.en])]).toEqual([
        key,
        blanks(text),
      ]);
      for (const locale of ["sv", "en"] as const) {
        const words = planningStrings[locale][key as keyof typeof planningStrings.sv];
        expect([key, /[a-z][A-Z]|\b(undefined|null)\b/.test(words)]).toEqual([key, false]);
      }
    }
  });
});
