import type { MandateDesk, MandateList } from "../../../../src/contracts/kfLevelApi";
import type { ProgramDeclaration } from "../../../../src/domain";
import { focusAreas, kfIndicators, programDeclaration, vision } from "../../../../src/demo/huddinge/kfLevel";
import {
  chosenMandateId,
  draftOf,
  emptyDraft,
  goalsFrom,
  kfOffers,
  nextMandateId,
  numberFrom,
  peopleOf,
  requestFrom,
  statusOf,
} from "../../../../src/tab/views/kf-level/kfLevelModel";

const list = (extra: MandateList["mandates"] = []): MandateList => ({
  mandates: [
    ...extra,
    {
      id: programDeclaration.id,
      title: programDeclaration.title,
      firstYear: 2023,
      lastYear: 2026,
      status: "adopted",
      versionNumber: 1,
    },
  ],
  currentId: programDeclaration.id,
});
const next = {
  id: "programforklaring-2027-2030",
  title: "Politisk programförklaring 2027–2030",
  firstYear: 2027,
  lastYear: 2030,
  status: "draft" as const,
  versionNumber: 1,
};

const desk = (declaration: Partial<ProgramDeclaration>, mayEdit: boolean): MandateDesk => ({
  vision: { vision: { ...vision, changedBy: "lena.aberg@malkedjan.local" }, version: '"1"' },
  declaration: { declaration: { ...programDeclaration, ...declaration }, version: '"3"' },
  focusAreas: focusAreas.map((focusArea) => ({
    focusArea,
    version: '"1"',
    kfIndicators: kfIndicators
      .filter((k) => k.focusAreaId === focusArea.id)
      .map((indicator) => ({ indicator, version: '"1"', translations: 1 })),
  })),
  mayEdit,
});

describe("Mål och budget: which mandate, and what it offers", () => {
  it("shows the mandate the route names, else the one covering this year, else the newest", () => {
    expect(chosenMandateId(list([next]), next.id)).toBe(next.id);
    expect(chosenMandateId(list([next]), "okand")).toBe(programDeclaration.id);
    expect(chosenMandateId({ mandates: list([next]).mandates }, undefined)).toBe(next.id);
    expect(chosenMandateId({ mandates: [] }, undefined)).toBeUndefined();
  });

  it("reads a programförklaring without a status as fastställd", () => {
    expect(statusOf(programDeclaration)).toBe("adopted");
    expect(statusOf({ ...programDeclaration, status: "draft" })).toBe("draft");
  });

  it("offers a KF planner the utkast's forms and fastställ, and a fastställd level a new version", () => {
    expect(kfOffers(desk({ status: "draft" }, true), list())).toEqual({
      edit: true,
      editVision: true,
      adopt: true,
      newVersion: false,
      nextMandate: true,
      readOnly: undefined,
    });
    expect(kfOffers(desk({}, true), list())).toEqual({
      edit: false,
      editVision: true,
      adopt: false,
      newVersion: true,
      nextMandate: true,
      readOnly: "state",
    });
  });

  it("offers the next mandate period only from the newest one", () => {
    expect(kfOffers(desk({}, true), list([next])).nextMandate).toBe(false);
  });

  it("offers anyone else nothing to change, and says why", () => {
    expect(kfOffers(desk({ status: "draft" }, false), list())).toEqual({
      edit: false,
      editVision: false,
      adopt: false,
      newVersion: false,
      nextMandate: false,
      readOnly: "not-planner",
    });
  });

  it("names the next mandate's programförklaring after its years, the same on a retry", () => {
    expect(nextMandateId(programDeclaration)).toBe("programforklaring-2027-2030");
  });

  it("looks up each person named on the page once", () => {
    const d = desk(
      {
        adoptedBy: "lena.aberg@malkedjan.local",
        adoptions: [{ versionNumber: 1, adoptedBy: "anna@malkedjan.local" }],
      },
      true,
    );
    expect(peopleOf(d)).toEqual(["lena.aberg@malkedjan.local", "anna@malkedjan.local"]);
  });
});

describe("Mål och budget: typed text into requests", () => {
  it("reads global goals as people type them, ascending and each once", () => {
    expect(goalsFrom("16, 4 4;3")).toEqual([3, 4, 16]);
    expect(goalsFrom("  ")).toEqual([]);
    expect(goalsFrom("18")).toBeUndefined();
    expect(goalsFrom("fyra")).toBeUndefined();
  });

  it("reads numbers with a decimal comma and a typographic minus", () => {
    expect(numberFrom("86,5")).toBe(86.5);
    expect(numberFrom("−10")).toBe(-10);
    expect(numberFrom("tio")).toBeUndefined();
  });

  it("makes a KF indicator request from a filled form, leaving out what is empty", () => {
    const draft = {
      ...emptyDraft("social-hallbarhet", 2023, 2026),
      name: "  Elever som känner sig trygga ",
      measureUnit: "%",
      target: "90",
      koladaKpiId: "n00097",
      agenda2030Goals: "16, 4",
    };
    expect(requestFrom(draft)).toEqual({
      request: {
        focusAreaId: "social-hallbarhet",
        name: "Elever som känner sig trygga",
        measureUnit: "%",
        direction: "increase",
        target: { value: 90, year: 2026 },
        koladaKpiId: "N00097",
        agenda2030Goals: [4, 16],
      },
    });
  });

  it("names every field that is wrong, and sends nothing", () => {
    const draft = {
      ...emptyDraft("social-hallbarhet", 2023, 2026),
      baseline: "mycket",
      targetYear: "26",
      target: "5",
      koladaKpiId: "X1",
      agenda2030Goals: "0",
    };
    expect(requestFrom(draft)).toEqual({
      problems: {
        name: "required",
        measureUnit: "required",
        baseline: "badNumber",
        targetYear: "badYear",
        koladaKpiId: "badKolada",
        agenda2030Goals: "badGoals",
      },
    });
  });

  it("starts a change form from the stored indicator and gives the same request back", () => {
    const kf1 = kfIndicators[0];
    if (kf1 === undefined) throw new Error("the demo has KF indicators");
    const { id: _id, number: _number, ...content } = kf1;
    expect(requestFrom(draftOf(kf1, 2026))).toEqual({ request: content });
  });
});
