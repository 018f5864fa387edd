import type { InvalidLinkError } from "../../errors";
import type { Activity } from "../../model/activity";
import type { WorkPlan } from "../../model/workPlan";
import { ORG_UNIT_KIND_TERMS } from "../../vocabulary";
import { planStatusOf } from "../planLifecycle";
import { refOf, type ModelIndex } from "../snapshot";
import { missing, refuse, unitLabel } from "./refusal";

/**
 * An arbetsplan's level matches its owner unit's kind, and its parent plan is the plan of the owner unit's
 * parent unit for the same year (the nämnd's verksamhetsplan for a förvaltning).
 */
export const checkWorkPlan = (plan: WorkPlan, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("work-plan", plan.id);
  const owner = model.get("org-unit", plan.ownerUnitId);
  if (owner === undefined) return [missing(self, "org-unit", plan.ownerUnitId)];
  if (owner.kind !== plan.level) {
    return [
      refuse(
        "wrong-unit-kind",
        self,
        refOf("org-unit", owner.id),
        `planen är en ${ORG_UNIT_KIND_TERMS[plan.level].term}s arbetsplan men ${unitLabel(owner, owner.id)} är en ${ORG_UNIT_KIND_TERMS[owner.kind].term}`,
      ),
    ];
  }
  const parentUnit = owner.parentId === undefined ? undefined : model.get("org-unit", owner.parentId);
  const parentKind = plan.level === "administration" ? "board-plan" : "work-plan";
  const parent =
    parentKind === "board-plan"
      ? model.get("board-plan", plan.parentPlanId)
      : model.get("work-plan", plan.parentPlanId);
  if (parent === undefined) return [missing(self, parentKind, plan.parentPlanId)];
  const parentRef = refOf(parentKind, parent.id);
  const parentOwner = "boardUnitId" in parent ? parent.boardUnitId : parent.ownerUnitId;
  if (parentOwner !== owner.parentId) {
    return [
      refuse(
        "wrong-parent-plan",
        self,
        parentRef,
        `planen ska ha ${unitLabel(parentUnit, owner.parentId ?? "?")}s plan som överordnad, men den hör till "${parentOwner}"`,
      ),
    ];
  }
  // An utkast started before its parent's plan for the year existed follows last year's parent for now.
  const carriedOver = planStatusOf(plan) === "draft" && parent.year === plan.year - 1;
  if (parent.year !== plan.year && !carriedOver) {
    return [
      refuse(
        "different-year",
        self,
        parentRef,
        `den överordnade planen gäller ${parent.year}, planen ${plan.year}`,
      ),
    ];
  }
  return [];
};

/**
 * An activity serves an item of the chain directly above its plan: a förvaltning's activity an etappmål or
 * uppdrag of the nämnd's verksamhetsplan (an uppdrag given to that förvaltning); a lower unit's activity an
 * activity of its parent plan; any activity the unit's basuppdrag.
 */
export const checkActivity = (activity: Activity, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("activity", activity.id);
  const plan = model.get("work-plan", activity.workPlanId);
  if (plan === undefined) return [missing(self, "work-plan", activity.workPlanId)];
  const served = activity.serves;
  if (served.kind === "core-mission") return [];
  const to = refOf(served.kind, served.id);
  const isAdministration = plan.level === "administration";
  if (served.kind === "activity") {
    if (isAdministration) {
      return [
        refuse(
          "wrong-target-kind",
          self,
          to,
          "en förvaltnings aktivitet tjänar etappmål, uppdrag eller basuppdraget",
        ),
      ];
    }
    const parentActivity = model.get("activity", served.id);
    if (parentActivity === undefined) return [missing(self, "activity", served.id)];
    if (parentActivity.workPlanId !== plan.parentPlanId) {
      return [
        refuse(
          "outside-chain",
          self,
          to,
          `aktiviteten hör till arbetsplan "${parentActivity.workPlanId}", inte till den överordnade planen "${plan.parentPlanId}"`,
        ),
      ];
    }
    return [];
  }
  if (!isAdministration) {
    return [
      refuse(
        "wrong-target-kind",
        self,
        to,
        "bara förvaltningens aktiviteter tjänar nämndens etappmål och uppdrag; enheter under den tjänar den överordnade planens aktiviteter",
      ),
    ];
  }
  const target =
    served.kind === "milestone" ? model.get("milestone", served.id) : model.get("assignment", served.id);
  if (target === undefined) return [missing(self, served.kind, served.id)];
  if (target.boardPlanId !== plan.parentPlanId) {
    return [
      refuse(
        "outside-chain",
        self,
        to,
        `den hör till verksamhetsplan "${target.boardPlanId}", arbetsplanen "${plan.id}" följer "${plan.parentPlanId}"`,
      ),
    ];
  }
  if ("toAdministrationUnitId" in target && target.toAdministrationUnitId !== plan.ownerUnitId) {
    const receiver = model.get("org-unit", target.toAdministrationUnitId);
    return [
      refuse(
        "outside-chain",
        self,
        to,
        `uppdraget är givet till ${unitLabel(receiver, target.toAdministrationUnitId)}`,
      ),
    ];
  }
  return [];
};
