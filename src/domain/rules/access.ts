/**
 * The access policy: who may read and who may change each kind of item.
 * - Plans above the individual (and the KF level, and the organisation) are public documents: everyone
 *   signed in reads them.
 * - An individual goal and its follow-ups are personal data: only the medarbetare and their *current* chef
 *   (the chef of the unit the medarbetare belongs to now) read or change them. A chef higher up sees
 *   aggregates only (rules/coverage.ts), never the goals.
 * - Agreement marks: the medarbetare sets their own, the current chef sets theirs.
 * - Unit items (verksamhetsplan, indikatorer, etappmål, uppdrag, arbetsplaner, aktiviteter, their follow-ups
 *   and outcomes) are changed by an owner unit's chef or a planner for that unit or a unit above it.
 * - The KF level and the organisation are changed by municipal planners.
 */
import { ForbiddenError, type AccessAction } from "../errors";
import type { FollowableRef } from "../model/followUp";
import type { IndividualGoal } from "../model/individualGoal";
import type { ItemRef } from "../model/kinds";
import type { Person } from "../model/person";
import { err, ok, type Result } from "../result";
import { chefOf, currentChefOf, isMunicipalPlanner, isPlannerFor, type OrgLookup } from "./org";
import { refOf, type ModelIndex } from "./snapshot";

/** What the policy needs to know about an item. */
export type AccessSubject =
  /** An individual goal, or a follow-up of one (then `item` is the follow-up). */
  | { readonly scope: "personal"; readonly item: ItemRef; readonly goal: IndividualGoal }
  /** An item owned by one or more organisational units. */
  | { readonly scope: "unit"; readonly item: ItemRef; readonly ownerUnitIds: readonly string[] }
  /** The KF level and the organisation itself. */
  | { readonly scope: "municipal"; readonly item: ItemRef };

/** The medarbetare's chef now: from their current unit, or from the goal's unit if they are not known. */
const currentChefOfGoal = (goal: IndividualGoal, org: OrgLookup): string | undefined =>
  org.person(goal.employeeId) === undefined
    ? chefOf(goal.employeeId, goal.unitId, org)
    : currentChefOf(goal.employeeId, org);

const personalRule = (
  actor: Person,
  action: AccessAction,
  goal: IndividualGoal,
  org: OrgLookup,
): string | null => {
  const isEmployee = actor.id === goal.employeeId;
  const isChef = actor.id === currentChefOfGoal(goal, org);
  switch (action) {
    case "agree-as-employee":
      return isEmployee ? null : "bara medarbetaren själv markerar sin överenskommelse";
    case "agree-as-manager":
      return isChef ? null : "bara medarbetarens nuvarande chef markerar chefens överenskommelse";
    default:
      return isEmployee || isChef
        ? null
        : "individuella mål är personliga: bara medarbetaren och nuvarande chef";
  }
};

const ownerRule = (actor: Person, ownerUnitIds: readonly string[], org: OrgLookup): string | null =>
  ownerUnitIds.some((id) => org.unit(id)?.chefId === actor.id || isPlannerFor(actor, id, org))
    ? null
    : "bara ägande enhets chef eller planerare får ändra";

/** Decides one action; the refusal says why in Swedish. */
export const authorize = (
  actor: Person,
  action: AccessAction,
  subject: AccessSubject,
  org: OrgLookup,
): Result<true, ForbiddenError> => {
  let refusal: string | null;
  if (subject.scope === "personal") refusal = personalRule(actor, action, subject.goal, org);
  else if (action === "agree-as-employee" || action === "agree-as-manager") {
    refusal = "överenskommelse gäller bara individuella mål";
  } else if (action === "read") refusal = null;
  else if (subject.scope === "unit") refusal = ownerRule(actor, subject.ownerUnitIds, org);
  else
    refusal = isMunicipalPlanner(actor)
      ? null
      : "bara kommunens planerare får ändra KF-nivån och organisationen";
  return refusal === null ? ok(true) : err(new ForbiddenError(actor.id, action, subject.item, refusal));
};

export const can = (actor: Person, action: AccessAction, subject: AccessSubject, org: OrgLookup): boolean =>
  authorize(actor, action, subject, org).ok;

/** Only the goals the actor may read (for a view that might otherwise show too much). */
export const readableGoals = (
  actor: Person,
  goals: readonly IndividualGoal[],
  org: OrgLookup,
): IndividualGoal[] =>
  goals.filter((goal) =>
    can(actor, "read", { scope: "personal", item: refOf("individual-goal", goal.id), goal }, org),
  );

/** Works out the subject of any stored item; undefined when it (or what it hangs on) is not loaded. */
export const subjectOf = (item: ItemRef, model: ModelIndex): AccessSubject | undefined => {
  const unit = (...ownerUnitIds: string[]): AccessSubject => ({ scope: "unit", item, ownerUnitIds });
  const boardOfPlan = (planId: string): AccessSubject | undefined => {
    const plan = model.get("board-plan", planId);
    return plan && unit(plan.boardUnitId);
  };
  const ownerOfWorkPlan = (planId: string): AccessSubject | undefined => {
    const plan = model.get("work-plan", planId);
    return plan && unit(plan.ownerUnitId);
  };
  switch (item.kind) {
    case "vision":
    case "program-declaration":
    case "focus-area":
    case "kf-indicator":
    case "org-unit":
    case "person":
      return model.get(item.kind, item.id) && { scope: "municipal", item };
    case "board-plan":
      return boardOfPlan(item.id);
    case "board-indicator": {
      const x = model.get("board-indicator", item.id);
      return x && boardOfPlan(x.boardPlanId);
    }
    case "milestone": {
      const x = model.get("milestone", item.id);
      return x && boardOfPlan(x.boardPlanId);
    }
    case "assignment": {
      const x = model.get("assignment", item.id);
      return x && unit(x.fromBoardUnitId);
    }
    case "work-plan":
      return ownerOfWorkPlan(item.id);
    case "activity": {
      const x = model.get("activity", item.id);
      return x && ownerOfWorkPlan(x.workPlanId);
    }
    case "individual-goal": {
      const goal = model.get("individual-goal", item.id);
      return goal && { scope: "personal", item, goal };
    }
    case "follow-up": {
      const x = model.get("follow-up", item.id);
      return x && subjectOfFollowUp(x.target, item, model);
    }
    case "indicator-outcome": {
      const x = model.get("indicator-outcome", item.id);
      if (x === undefined) return undefined;
      const target = subjectOf(refOf(x.indicator.kind, x.indicator.id), model);
      return target && { ...target, item };
    }
  }
};

/**
 * The subject of a follow-up of `target` (stored as `item`, or about to be created: pass the new
 * follow-up's ref). Goal follow-ups are personal; an uppdrag is followed up by the receiving förvaltning
 * (and the nämnd); everything else by the target's owners.
 */
export const subjectOfFollowUp = (
  target: FollowableRef,
  item: ItemRef,
  model: ModelIndex,
): AccessSubject | undefined => {
  if (target.kind === "individual-goal") {
    const goal = model.get("individual-goal", target.id);
    return goal && { scope: "personal", item, goal };
  }
  if (target.kind === "assignment") {
    const a = model.get("assignment", target.id);
    return a && { scope: "unit", item, ownerUnitIds: [a.toAdministrationUnitId, a.fromBoardUnitId] };
  }
  const owner = subjectOf(refOf(target.kind, target.id), model);
  return owner && { ...owner, item };
};
