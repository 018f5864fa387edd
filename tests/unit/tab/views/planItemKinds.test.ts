import type { Milestone } from "../../../../src/domain";
import {
  activityKind,
  assignmentKind,
  emptyActivity,
  emptyAssignment,
  emptyMilestone,
  indicatorDraftOf,
  indicatorKind,
  milestoneKind,
} from "../../../../src/tab/views/planning/planItemKinds";

const milestone: Milestone = {
  id: "gsn-2025-em-1",
  boardPlanId: "gsn-2025",
  boardIndicatorId: "gsn-2025-ind-2",
  title: "Examen 80 %",
  horizon: "short",
  targetValue: 80,
  targetDate: "2025-12-31",
};

describe("Planering's item forms: drafts and bodies", () => {
  it("an etappmål: the stored one fills the draft and comes back as the same body", () => {
    const kind = milestoneKind("gsn-2025-ind-2");
    const draft = kind.draftOf(milestone);
    expect(draft).toEqual({ title: "Examen 80 %", horizon: "short", value: "80", date: "2025-12-31" });
    const { id: _id, boardPlanId: _plan, ...content } = milestone;
    expect(kind.contentOf(draft)).toEqual(content);
    expect(kind.contentOf({ ...draft, value: "86,5" })).toEqual({ ...content, targetValue: 86.5 });
  });

  it("sends nothing while a required field is empty or not a number", () => {
    expect(milestoneKind("i").contentOf(emptyMilestone)).toBeUndefined();
    expect(
      milestoneKind("i").contentOf({ ...emptyMilestone, title: "x", value: "åtta", date: "2025-12-31" }),
    ).toBeUndefined();
    expect(assignmentKind.contentOf(emptyAssignment("utbildningsforvaltningen"))).toBeUndefined();
  });

  it("reads what someone else stored only when it is one of its kind", () => {
    expect(milestoneKind("i").parse(milestone)).toEqual(milestone);
    expect(milestoneKind("i").parse({ title: "inte ett etappmål" })).toBeUndefined();
  });

  it("an uppdrag leaves out the optional fields left empty", () => {
    const draft = { ...emptyAssignment("uf"), title: " Kartlägg ", due: "2025-06-30", reference: " " };
    expect(assignmentKind.contentOf(draft)).toEqual({
      toAdministrationUnitId: "uf",
      title: "Kartlägg",
      dueDate: "2025-06-30",
    });
  });

  it("a nämnd indicator's change keeps its KF indicator and Kolada KPI, and refuses a bad baseline", () => {
    const kind = indicatorKind("kf-2", 2025, "N15428");
    const draft = indicatorDraftOf(
      {
        name: "Behörighet",
        measureUnit: "%",
        direction: "increase",
        baseline: undefined,
        target: { value: 86, year: 2026 },
      },
      2025,
    );
    expect(kind.contentOf(draft)).toEqual({
      kfIndicatorId: "kf-2",
      name: "Behörighet",
      measureUnit: "%",
      direction: "increase",
      target: { value: 86, year: 2026 },
      koladaKpiId: "N15428",
    });
    expect(kind.contentOf({ ...draft, baseline: "mycket" })).toBeUndefined();
  });

  it("an activity serves only one of the link targets offered; a stored link no longer offered falls back to the first", () => {
    const targets = [
      { serves: { kind: "milestone", id: "em-1" }, title: "Examen 80 %" },
      { serves: { kind: "core-mission" }, title: "" },
    ] as const;
    const kind = activityKind(targets);
    expect(emptyActivity(targets).serves).toBe("milestone:em-1");
    expect(kind.contentOf({ title: "Läxhjälp", description: "", serves: "core-mission" })).toEqual({
      title: "Läxhjälp",
      serves: { kind: "core-mission" },
    });
    expect(kind.contentOf({ title: "Läxhjälp", description: "", serves: "assignment:gone" })).toBeUndefined();
    const stored = {
      id: "a",
      workPlanId: "w",
      title: "Läxhjälp",
      serves: { kind: "assignment", id: "gone" },
    } as const;
    expect(kind.draftOf(stored).serves).toBe("milestone:em-1");
  });
});
