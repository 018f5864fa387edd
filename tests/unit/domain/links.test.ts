import fc from "fast-check";
import {
  checkActivity,
  checkAssignment,
  checkBoardIndicator,
  checkBoardPlan,
  checkFollowUp,
  checkIndividualGoal,
  checkMilestone,
  checkModel,
  checkOrgUnit,
  checkWorkPlan,
  indexModel,
  type InvalidLinkError,
} from "../../../src/domain";
import { BO, fixture, pick, REKTOR_KVARN, REKTOR_SJODAL } from "./fixture";

const f = fixture();
const model = indexModel(f);
const reasons = (refusals: readonly InvalidLinkError[]): string[] => refusals.map((r) => r.reason);

describe("nämndindikator → KF indicator", () => {
  it("accepts a translation of a KF indicator of the plan's mandate", () => {
    expect(checkBoardIndicator(pick(f["board-indicator"], "gsn-2026-ni-2"), model)).toEqual([]);
  });

  it("refuses a KF indicator of another mandate period, naming both", () => {
    const indicator = { ...pick(f["board-indicator"], "gsn-2026-ni-2"), kfIndicatorId: "kf-2-2019" };
    const [refusal, ...rest] = checkBoardIndicator(indicator, model);
    expect(rest).toEqual([]);
    expect(refusal?.reason).toBe("different-mandate");
    expect(refusal?.from).toEqual({ kind: "board-indicator", id: "gsn-2026-ni-2" });
    expect(refusal?.to).toEqual({ kind: "kf-indicator", id: "kf-2-2019" });
    expect(refusal?.message).toBe(
      'Nämndindikator "gsn-2026-ni-2" kan inte kopplas till kommunövergripande indikator "kf-2-2019": KF-indikatorn hör till programförklaring "pf-2019", verksamhetsplanen "gsn-2026" till "pf-2023".',
    );
  });

  it("refuses a KF indicator that does not exist", () => {
    const indicator = { ...pick(f["board-indicator"], "gsn-2026-ni-2"), kfIndicatorId: "kf-99" };
    expect(reasons(checkBoardIndicator(indicator, model))).toEqual(["target-missing"]);
  });

  it("refuses a verksamhetsplan outside its programförklaring's mandate", () => {
    const plan = { ...pick(f["board-plan"], "gsn-2026"), year: 2027 };
    expect(reasons(checkBoardPlan(plan, model))).toEqual(["different-mandate"]);
  });
});

describe("etappmål → nämndindikator", () => {
  it("refuses an indicator of another year's plan", () => {
    const milestone = { ...pick(f.milestone, "em-1"), boardIndicatorId: "gsn-2025-ni-2" };
    const refusals = checkMilestone(milestone, model);
    expect(reasons(refusals)).toEqual(["different-year"]);
    expect(refusals[0]?.message).toContain("indikatorn hör till år 2025, etappmålet till år 2026");
  });
});

describe("uppdrag → förvaltning", () => {
  it("accepts an uppdrag to a förvaltning under the nämnd", () => {
    expect(checkAssignment(pick(f.assignment, "upd-1"), model)).toEqual([]);
  });

  it("refuses a förvaltning under another nämnd, naming it", () => {
    const assignment = { ...pick(f.assignment, "upd-1"), toAdministrationUnitId: "kff" };
    const refusals = checkAssignment(assignment, model);
    expect(reasons(refusals)).toEqual(["not-under-board"]);
    expect(refusals[0]?.message).toContain(
      'förvaltning "Kultur- och fritidsförvaltningen" hör inte till nämnd "Grundskolenämnden"',
    );
  });

  it("refuses an uppdrag to a school instead of a förvaltning", () => {
    const assignment = { ...pick(f.assignment, "upd-1"), toAdministrationUnitId: "sjodal" };
    expect(reasons(checkAssignment(assignment, model))).toEqual(["wrong-unit-kind"]);
  });
});

describe("organisation", () => {
  it("refuses a unit placed under a unit of a lower level", () => {
    const unit = { ...pick(f["org-unit"], "uf"), parentId: "sjodal" };
    expect(reasons(checkOrgUnit(unit, model))).toEqual(["wrong-unit-kind"]);
  });
});

describe("arbetsplan → parent plan", () => {
  it("refuses a level that does not match the owner unit's kind", () => {
    const plan = { ...pick(f["work-plan"], "sjodal-2026"), level: "department" as const };
    expect(reasons(checkWorkPlan(plan, model))).toEqual(["wrong-unit-kind"]);
  });

  it("refuses a parent plan belonging to another unit than the owner's parent", () => {
    const plan = { ...pick(f["work-plan"], "sjodal-2026"), parentPlanId: "kvarn-2026" };
    expect(reasons(checkWorkPlan(plan, model))).toEqual(["wrong-parent-plan"]);
  });

  it("refuses a parent plan of another year", () => {
    const plan = { ...pick(f["work-plan"], "sjodal-2026"), parentPlanId: "uf-2025" };
    expect(reasons(checkWorkPlan(plan, model))).toEqual(["different-year"]);
  });

  it("makes a förvaltning's parent the nämnd's verksamhetsplan", () => {
    const plan = { ...pick(f["work-plan"], "uf-2026"), parentPlanId: "uf-2025" };
    expect(reasons(checkWorkPlan(plan, model))).toEqual(["target-missing"]);
  });
});

describe("arbetsplan → parent plan (property)", () => {
  it("accepts exactly the plan of the owner unit's parent unit for the same year", () => {
    const candidates = f["work-plan"].map((p) => p.id);
    const owners = ["sjodal", "kvarn"];
    fc.assert(
      fc.property(
        fc.constantFrom(...owners),
        fc.constantFrom(...candidates),
        fc.constantFrom(2025, 2026),
        (owner, parentPlanId, year) => {
          const plan = { ...pick(f["work-plan"], "sjodal-2026"), ownerUnitId: owner, parentPlanId, year };
          const parent = pick(f["work-plan"], parentPlanId);
          const valid = parent.ownerUnitId === "uf" && parent.year === year;
          expect(checkWorkPlan(plan, model).length === 0).toBe(valid);
        },
      ),
    );
  });
});

describe("uppföljning → item and period", () => {
  it("follows a goal up on a date and anything else per calendar period", () => {
    expect(checkFollowUp(pick(f["follow-up"], "fu-1"), model)).toEqual([]);
    expect(checkFollowUp(pick(f["follow-up"], "fu-2"), model)).toEqual([]);
    const goalPerTertial = { ...pick(f["follow-up"], "fu-1"), period: "2026-tertial1" };
    const planOnADate = { ...pick(f["follow-up"], "fu-2"), period: "2026-04-30" };
    expect(reasons(checkFollowUp(goalPerTertial, model))).toEqual(["wrong-period"]);
    expect(checkFollowUp(planOnADate, model)[0]?.message).toBe(
      'Uppföljning "fu-2" kan inte kopplas till arbetsplan "sjodal-2026": perioden "2026-04-30" ska vara en kalenderperiod (t.ex. 2026-tertial1).',
    );
  });

  it("lets a goal's follow-up name only one of the goal's agreed dates as the one it answers", () => {
    const goalFollowUp = { ...pick(f["follow-up"], "fu-1"), period: "2026-05-02" };
    expect(checkFollowUp({ ...goalFollowUp, answers: "2026-10-15" }, model)).toEqual([]);
    expect(reasons(checkFollowUp({ ...goalFollowUp, answers: "2026-10-16" }, model))).toEqual([
      "wrong-period",
    ]);
    expect(reasons(checkFollowUp({ ...pick(f["follow-up"], "fu-2"), answers: "2026-04-30" }, model))).toEqual(
      ["wrong-period"],
    );
  });
});

describe("aktivitet → what it serves", () => {
  it("accepts the basuppdrag at any level", () => {
    expect(checkActivity(pick(f.activity, "sjodal-akt-2"), model)).toEqual([]);
  });

  it("refuses a school activity serving an etappmål directly", () => {
    const activity = {
      ...pick(f.activity, "sjodal-akt-1"),
      serves: { kind: "milestone" as const, id: "em-1" },
    };
    expect(reasons(checkActivity(activity, model))).toEqual(["wrong-target-kind"]);
  });

  it("refuses a school activity serving an activity outside its parent plan", () => {
    const activity = {
      ...pick(f.activity, "sjodal-akt-1"),
      serves: { kind: "activity" as const, id: "kvarn-akt-1" },
    };
    const refusals = checkActivity(activity, model);
    expect(reasons(refusals)).toEqual(["outside-chain"]);
    expect(refusals[0]?.to).toEqual({ kind: "activity", id: "kvarn-akt-1" });
  });

  it("refuses a förvaltning activity serving another förvaltning's uppdrag", () => {
    const foreign = { ...pick(f.assignment, "upd-1"), id: "upd-kf", toAdministrationUnitId: "kff" };
    const withForeign = indexModel(f, { assignment: [foreign] });
    const activity = {
      ...pick(f.activity, "uf-akt-2"),
      serves: { kind: "assignment" as const, id: "upd-kf" },
    };
    expect(reasons(checkActivity(activity, withForeign))).toEqual(["outside-chain"]);
  });

  it("refuses an etappmål of another year's plan", () => {
    const old = {
      ...pick(f.milestone, "em-1"),
      id: "em-2025",
      boardPlanId: "gsn-2025",
      boardIndicatorId: "gsn-2025-ni-2",
    };
    const activity = {
      ...pick(f.activity, "uf-akt-1"),
      serves: { kind: "milestone" as const, id: "em-2025" },
    };
    expect(reasons(checkActivity(activity, indexModel(f, { milestone: [old] })))).toEqual(["outside-chain"]);
  });
});

describe("individuellt mål → aktiviteter", () => {
  it("refuses an activity of another unit, in the words a user understands", () => {
    const goal = { ...pick(f["individual-goal"], "ind-3"), id: "ind-7", activityIds: ["sjodal-akt-1"] };
    const refusals = checkIndividualGoal(goal, model);
    expect(refusals.map((r) => r.message)).toEqual([
      'Individuellt mål "ind-7" kan inte kopplas till aktivitet "sjodal-akt-1": aktiviteten hör till enhet "Sjödalsskolan", medarbetaren tillhör "Kvarnbergsskolan".',
    ]);
    expect(refusals[0]?.reason).toBe("other-unit");
    expect(refusals[0]?.from).toEqual({ kind: "individual-goal", id: "ind-7" });
  });

  it("refuses a chef who is not the unit's chef", () => {
    const goal = { ...pick(f["individual-goal"], "ind-1"), managerId: REKTOR_KVARN };
    const refusals = checkIndividualGoal(goal, model);
    expect(reasons(refusals)).toEqual(["not-the-chef"]);
    expect(refusals[0]?.message).toContain(`chef för enhet "Sjödalsskolan" är ${REKTOR_SJODAL}`);
  });

  it("refuses a goal placed in another unit than the medarbetare's", () => {
    const goal = { ...pick(f["individual-goal"], "ind-1"), unitId: "kvarn" };
    expect(reasons(checkIndividualGoal(goal, model))).toContain("other-unit");
  });

  it("refuses an activity of the own unit's plan for another year", () => {
    const goal = { ...pick(f["individual-goal"], "ind-1"), year: 2025 };
    expect(reasons(checkIndividualGoal(goal, model))).toEqual(["different-year"]);
  });

  it("gives a rektor's own goal to the förvaltningschef", () => {
    const goal = {
      ...pick(f["individual-goal"], "ind-1"),
      employeeId: REKTOR_SJODAL,
      managerId: "fia.chef@malkedjan.local",
    };
    expect(checkIndividualGoal(goal, model)).toEqual([]);
  });

  it("accepts exactly the goals whose every activity is in the medarbetare's own plan (property)", () => {
    const activityIds = f.activity.map((a) => a.id);
    const sjodalActivities = new Set(["sjodal-akt-1", "sjodal-akt-2"]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...activityIds), { minLength: 1 }), (linked) => {
        const goal = { ...pick(f["individual-goal"], "ind-1"), activityIds: linked };
        const refusals = checkIndividualGoal(goal, model);
        const foreign = linked.filter((id) => !sjodalActivities.has(id));
        expect(refusals.map((r) => r.to?.id)).toEqual(foreign);
        expect(new Set(reasons(refusals))).toEqual(new Set(foreign.length > 0 ? ["other-unit"] : []));
      }),
    );
  });
});

describe("the whole model", () => {
  it("reports every broken link, a duplicate id and an invalid entity together", () => {
    const broken = fixture();
    broken["individual-goal"].push({
      ...pick(broken["individual-goal"], "ind-3"),
      id: "ind-9",
      employeeId: BO,
      activityIds: ["sjodal-akt-2"],
    });
    broken.activity.push({ ...pick(broken.activity, "sjodal-akt-2") });
    broken.person.push({ id: "Not A UPN", name: "X", unitId: "sjodal", roles: [] });
    broken["follow-up"].push({
      ...pick(broken["follow-up"], "fu-1"),
      id: "fu-9",
      target: { kind: "activity", id: "akt-404" },
    });
    const check = checkModel(broken);
    expect(check.duplicateIds).toEqual([{ kind: "activity", id: "sjodal-akt-2" }]);
    expect(check.invalid.map((e) => e.kind)).toEqual(["person"]);
    expect(check.refusedLinks.map((e) => `${e.from.id}:${e.reason}`)).toEqual([
      "ind-9:other-unit",
      "fu-9:target-missing",
    ]);
  });
});
