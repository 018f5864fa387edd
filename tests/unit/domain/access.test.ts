import {
  authorize,
  can,
  indexModel,
  orgLookupOf,
  readableGoals,
  subjectOf,
  subjectOfFollowUp,
  type AccessAction,
  type AccessSubject,
  type ItemRef,
  type Person,
} from "../../../src/domain";
import {
  ANNA,
  BO,
  fixture,
  FORVALTNINGSCHEF,
  KOMMUNPLANERARE,
  pick,
  PLANNER,
  REKTOR_KVARN,
  REKTOR_SJODAL,
  type Fixture,
} from "./fixture";

const setup = (f: Fixture = fixture()) => {
  const model = indexModel(f);
  const org = orgLookupOf(f["org-unit"], f.person);
  const subject = (ref: ItemRef): AccessSubject => {
    const s = subjectOf(ref, model);
    if (s === undefined) throw new Error(`no subject for ${ref.kind} ${ref.id}`);
    return s;
  };
  const allowed = (personId: string, action: AccessAction, ref: ItemRef): boolean =>
    can(pick(f.person, personId), action, subject(ref), org);
  return { f, model, org, subject, allowed };
};

const everyone = [ANNA, BO, REKTOR_SJODAL, REKTOR_KVARN, FORVALTNINGSCHEF, PLANNER, KOMMUNPLANERARE];
const goal: ItemRef = { kind: "individual-goal", id: "ind-1" };

describe("who may read", () => {
  const { allowed } = setup();

  it("lets everyone read plans above the individual", () => {
    for (const ref of [
      { kind: "vision", id: "vision" },
      { kind: "board-plan", id: "gsn-2026" },
      { kind: "work-plan", id: "kvarn-2026" },
      { kind: "activity", id: "sjodal-akt-1" },
      { kind: "follow-up", id: "fu-2" },
      { kind: "indicator-outcome", id: "ut-2" },
    ] as const) {
      for (const person of everyone) expect(allowed(person, "read", ref)).toBe(true);
    }
  });

  it("lets only the medarbetare and their current chef read an individual goal and its follow-ups", () => {
    const goalFollowUp: ItemRef = { kind: "follow-up", id: "fu-1" };
    for (const ref of [goal, goalFollowUp]) {
      expect(everyone.filter((person) => allowed(person, "read", ref))).toEqual([ANNA, REKTOR_SJODAL]);
    }
  });

  it("follows the medarbetare to their new chef when they move, and shuts out the old one", () => {
    const f = fixture();
    f.person = f.person.map((p) => (p.id === ANNA ? { ...p, unitId: "kvarn" } : p));
    const moved = setup(f);
    expect(moved.allowed(REKTOR_KVARN, "read", goal)).toBe(true);
    expect(moved.allowed(REKTOR_SJODAL, "read", goal)).toBe(false);
  });

  it("explains a refusal, naming actor, action and item", () => {
    const { f, org, subject } = setup();
    const result = authorize(pick(f.person, FORVALTNINGSCHEF), "read", subject(goal), org);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.actorId, result.error.action, result.error.item]).toEqual([
      FORVALTNINGSCHEF,
      "read",
      goal,
    ]);
    expect(result.error.message).toBe(
      `${FORVALTNINGSCHEF} får inte läsa individuellt mål "ind-1": individuella mål är personliga: bara medarbetaren och nuvarande chef`,
    );
  });

  it("filters a list of goals down to what the reader may see", () => {
    const { f, org } = setup();
    const ids = (p: Person): string[] => readableGoals(p, f["individual-goal"], org).map((g) => g.id);
    expect(ids(pick(f.person, REKTOR_KVARN))).toEqual(["ind-3"]);
    expect(ids(pick(f.person, ANNA))).toEqual(["ind-1", "ind-2"]);
    expect(ids(pick(f.person, FORVALTNINGSCHEF))).toEqual([]);
  });
});

describe("who may change", () => {
  const { allowed, model, f, org } = setup();

  it("lets the owner unit's chef and planners for it or a unit above change unit items", () => {
    const plan: ItemRef = { kind: "work-plan", id: "sjodal-2026" };
    expect(everyone.filter((p) => allowed(p, "edit", plan))).toEqual([REKTOR_SJODAL, PLANNER]);
    const boardPlan: ItemRef = { kind: "milestone", id: "em-1" };
    expect(everyone.filter((p) => allowed(p, "edit", boardPlan))).toEqual([PLANNER]);
  });

  it("lets the receiving förvaltning follow up an uppdrag it may not change", () => {
    const assignment = { kind: "assignment", id: "upd-1" } as const;
    expect(allowed(FORVALTNINGSCHEF, "edit", assignment)).toBe(false);
    const followUp = subjectOfFollowUp(assignment, { kind: "follow-up", id: "new" }, model);
    expect(followUp && can(pick(f.person, FORVALTNINGSCHEF), "create", followUp, org)).toBe(true);
  });

  it("lets the medarbetare and current chef edit a goal, but each sets only their own agreement mark", () => {
    expect(everyone.filter((p) => allowed(p, "edit", goal))).toEqual([ANNA, REKTOR_SJODAL]);
    expect(everyone.filter((p) => allowed(p, "agree-as-employee", goal))).toEqual([ANNA]);
    expect(everyone.filter((p) => allowed(p, "agree-as-manager", goal))).toEqual([REKTOR_SJODAL]);
  });

  it("lets a medarbetare follow up their own goal and nobody else's", () => {
    const own = subjectOfFollowUp(
      { kind: "individual-goal", id: "ind-1" },
      { kind: "follow-up", id: "new" },
      model,
    );
    const other = subjectOfFollowUp(
      { kind: "individual-goal", id: "ind-3" },
      { kind: "follow-up", id: "new" },
      model,
    );
    expect(own && can(pick(f.person, ANNA), "create", own, org)).toBe(true);
    expect(other && can(pick(f.person, ANNA), "create", other, org)).toBe(false);
  });

  it("keeps agreement marks for individual goals", () => {
    expect(allowed(REKTOR_SJODAL, "agree-as-manager", { kind: "work-plan", id: "sjodal-2026" })).toBe(false);
  });

  it("leaves the KF level and the organisation to municipal planners", () => {
    for (const ref of [
      { kind: "vision", id: "vision" },
      { kind: "kf-indicator", id: "kf-1" },
      { kind: "org-unit", id: "sjodal" },
      { kind: "indicator-outcome", id: "ut-1" },
    ] as const) {
      expect(everyone.filter((p) => allowed(p, "edit", ref))).toEqual([KOMMUNPLANERARE]);
    }
  });
});
