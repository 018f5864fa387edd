import {
  adoptPlan,
  checkModel,
  checkWorkPlan,
  copyActivities,
  copyBoardPlanItems,
  indexModel,
  linkTargetsOf,
  newVersionOf,
  nextYearDate,
  nextYearOf,
  planEditRefusal,
  planStatusOf,
  reportPlan,
  untranslatedKfIndicators,
  versionNumberOf,
  type WorkPlan,
} from "../../../src/domain";
import { huddinge } from "../../../src/demo/huddinge";
import { boardPlan } from "../../../src/demo/huddinge/grundskolenamnden";
import { avdelningPlan, forvaltningPlan, sjodalPlan } from "../../../src/demo/huddinge/workPlans";

const stamp = { by: "johan.wikstrom@malkedjan.local", at: "2026-11-27T10:00:00Z" };
const draft = { ...sjodalPlan, id: "sjodalsskolan-2026-v2", status: "draft" as const, versionNumber: 2 };
const model = indexModel(huddinge);

describe("a plan's life", () => {
  it("reads a stored plan without status as fastställd version 1, and the demo data stays valid", () => {
    expect(planStatusOf(boardPlan)).toBe("adopted");
    expect(versionNumberOf(boardPlan)).toBe(1);
    const check = checkModel(huddinge);
    expect(check.invalid).toEqual([]);
    expect(check.refusedLinks).toEqual([]);
  });

  it("refuses edits to a fastställd or anmäld plan in Swedish, and to a superseded one", () => {
    expect(planEditRefusal(sjodalPlan)?.reason).toBe("adopted");
    expect(planEditRefusal(sjodalPlan)?.message).toMatch(/fastställd och kan inte ändras.*ny version/);
    expect(planEditRefusal({ ...sjodalPlan, status: "reported" })?.message).toMatch(/anmäld/);
    expect(planEditRefusal({ ...draft, supersededByPlanId: "x" })?.reason).toBe("superseded");
    expect(planEditRefusal(draft)).toBeUndefined();
  });

  it("goes utkast → fastställd → anmäld with who, when and the decision stamped, and no step back", () => {
    const adopted = adoptPlan(draft, stamp, "GSN 2026/123 § 45");
    if (!adopted.ok) throw adopted.error;
    expect(adopted.value).toMatchObject({
      status: "adopted",
      adoptedBy: stamp.by,
      adoptedAt: stamp.at,
      decisionReference: "GSN 2026/123 § 45",
    });
    expect(adoptPlan(adopted.value, stamp, undefined).ok).toBe(false);
    const reported = reportPlan(adopted.value, { ...stamp, at: "2026-12-01T08:00:00Z" });
    if (!reported.ok) throw reported.error;
    expect(reported.value).toMatchObject({ status: "reported", reportedAt: "2026-12-01T08:00:00Z" });
    expect(reportPlan(reported.value, stamp).ok).toBe(false);
    const early = reportPlan(draft, stamp);
    expect(early.ok ? undefined : early.error.reason).toBe("draft");
  });

  it("refuses to adopt a draft that still follows last year's parent plan", () => {
    const result = adoptPlan({ ...draft, year: 2027 }, stamp, undefined, 2026);
    expect(result.ok ? undefined : result.error.reason).toBe("parent-of-other-year");
  });

  it("makes a new version of a fastställd plan as the next utkast, one at a time", () => {
    const next = newVersionOf(sjodalPlan, "sjodalsskolan-2026-v2", stamp, [sjodalPlan]);
    if (!next.ok) throw next.error;
    expect(next.value).toMatchObject({
      id: "sjodalsskolan-2026-v2",
      status: "draft",
      versionNumber: 2,
      supersedesPlanId: sjodalPlan.id,
      createdBy: stamp.by,
    });
    expect(next.value.adoptedAt).toBeUndefined();
    const again = newVersionOf(sjodalPlan, "sjodalsskolan-2026-v3", stamp, [sjodalPlan, next.value]);
    expect(again.ok ? undefined : again.error.reason).toBe("draft-exists");
    const ofDraft = newVersionOf(draft, "x", stamp, []);
    expect(ofDraft.ok ? undefined : ofDraft.error.reason).toBe("draft");
  });
});

describe("next year's plan", () => {
  it("moves dates a year on, 29 February to 28", () => {
    expect(nextYearDate("2026-12-31")).toBe("2027-12-31");
    expect(nextYearDate("2028-02-29")).toBe("2029-02-28");
  });

  it("copies the nämnd's structure with etappmål pointing at the copied indicators", () => {
    const copy = copyBoardPlanItems(
      {
        indicators: huddinge["board-indicator"] ?? [],
        milestones: huddinge.milestone ?? [],
        assignments: huddinge.assignment ?? [],
      },
      "grundskolenamnden-2027",
      true,
    );
    const ids = new Set(copy.indicators.map((x) => x.id));
    expect(copy.milestones.length).toBe(huddinge.milestone?.length);
    expect(copy.milestones.every((m) => ids.has(m.boardIndicatorId))).toBe(true);
    expect(copy.assignments.every((a) => a.dueDate.startsWith("2027"))).toBe(true);
    expect(copy.indicators[0]?.copiedFromId).toBe(huddinge["board-indicator"]?.[0]?.id);
  });

  it("keeps a unit's draft valid under last year's parent until the parent's plan for the year exists", () => {
    const next: WorkPlan = nextYearOf(sjodalPlan, "sjodalsskolan-2027", stamp, {});
    expect(next).toMatchObject({ year: 2027, status: "draft", copiedFromPlanId: sjodalPlan.id });
    expect(checkWorkPlan(next, model)).toEqual([]);
    expect(checkWorkPlan({ ...next, status: "adopted" }, model)[0]?.reason).toBe("different-year");
  });

  it("re-points copied activities to the copies in next year's parent plan, and reports links that cannot follow", () => {
    const forvaltning = (huddinge.activity ?? []).filter((a) => a.workPlanId === forvaltningPlan.id);
    const avdelning = (huddinge.activity ?? []).filter((a) => a.workPlanId === avdelningPlan.id);
    const parentCopy = copyActivities(forvaltning.slice(1), "utbildningsforvaltningen-2027", undefined);
    const { activities, lost } = copyActivities(avdelning, "grundskola-2027", {
      milestones: [],
      assignments: [],
      activities: parentCopy.activities,
    });
    const first = avdelning[0];
    expect(first?.serves).toEqual({ kind: "activity", id: forvaltning[0]?.id });
    // The parent's first activity was not copied: its child serves the basuppdrag and is reported.
    expect(activities[0]?.serves).toEqual({ kind: "core-mission" });
    expect(lost).toEqual([{ activityId: activities[0]?.id, title: first?.title, previously: first?.serves }]);
    expect(activities[1]?.serves).toEqual({ kind: "activity", id: parentCopy.activities[0]?.id });
  });
});

describe("what a plan's form may offer", () => {
  it("offers a förvaltning the nämnd's etappmål and the uppdrag given to it, and the basuppdrag", () => {
    const targets = linkTargetsOf(forvaltningPlan, model);
    const kinds = new Set(targets.map((t) => t.serves.kind));
    expect(kinds).toEqual(new Set(["milestone", "assignment", "core-mission"]));
    expect(targets.filter((t) => t.serves.kind === "milestone").length).toBe(huddinge.milestone?.length);
  });

  it("offers a skola only the activities of its parent plan", () => {
    const targets = linkTargetsOf(sjodalPlan, model);
    const parentIds = new Set(
      (huddinge.activity ?? []).filter((a) => a.workPlanId === avdelningPlan.id).map((a) => a.id),
    );
    expect(
      targets
        .filter((t) => t.serves.kind === "activity")
        .every((t) => "id" in t.serves && parentIds.has(t.serves.id)),
    ).toBe(true);
    expect(targets.length).toBe(parentIds.size + 1);
  });

  it("lists the KF indicators the verksamhetsplan has not translated (the seed's KF 4)", () => {
    expect(untranslatedKfIndicators(boardPlan, model).map((kf) => kf.number)).toEqual([4]);
  });
});
