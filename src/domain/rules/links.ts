/**
 * Which links between items are valid. Each check returns the refusals (empty when valid); every refusal
 * names the offending items in Swedish and carries a stable reason code.
 */
import { InvalidLinkError, type LinkRefusalReason } from "../errors";
import type { Activity } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { FollowUp } from "../model/followUp";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { IndividualGoal } from "../model/individualGoal";
import type { ItemKind, ItemRef } from "../model/kinds";
import type { Milestone } from "../model/milestone";
import { orgLevelRank, type OrgUnit } from "../model/orgUnit";
import { coversYear } from "../model/programDeclaration";
import type { WorkPlan } from "../model/workPlan";
import { nameItem, nameItemInText, ORG_UNIT_KIND_TERMS } from "../vocabulary";
import { chefOf } from "./org";
import { refOf, type ModelIndex } from "./snapshot";

const refuse = (
  reason: LinkRefusalReason,
  from: ItemRef,
  to: ItemRef | undefined,
  why: string,
): InvalidLinkError => {
  const target = to === undefined ? "" : ` till ${nameItemInText(to.kind, to.id)}`;
  return new InvalidLinkError(
    reason,
    from,
    to,
    `${nameItem(from.kind, from.id)} kan inte kopplas${target}: ${why}.`,
  );
};

const missing = (from: ItemRef, kind: ItemKind, id: string): InvalidLinkError =>
  refuse("target-missing", from, refOf(kind, id), "den finns inte");

const unitLabel = (unit: OrgUnit | undefined, id: string): string =>
  unit === undefined ? `"${id}"` : `${ORG_UNIT_KIND_TERMS[unit.kind].term} "${unit.name}"`;

/** A nämndindikator translates exactly one KF indicator of the mandate its verksamhetsplan belongs to. */
export const checkBoardIndicator = (indicator: BoardIndicator, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("board-indicator", indicator.id);
  const plan = model.get("board-plan", indicator.boardPlanId);
  if (plan === undefined) return [missing(self, "board-plan", indicator.boardPlanId)];
  const kf = model.get("kf-indicator", indicator.kfIndicatorId);
  if (kf === undefined) return [missing(self, "kf-indicator", indicator.kfIndicatorId)];
  const focusArea = model.get("focus-area", kf.focusAreaId);
  if (focusArea === undefined) return [missing(refOf("kf-indicator", kf.id), "focus-area", kf.focusAreaId)];
  if (focusArea.programDeclarationId !== plan.programDeclarationId) {
    return [
      refuse(
        "different-mandate",
        self,
        refOf("kf-indicator", kf.id),
        `KF-indikatorn hör till programförklaring "${focusArea.programDeclarationId}", verksamhetsplanen "${plan.id}" till "${plan.programDeclarationId}"`,
      ),
    ];
  }
  return [];
};

/** A verksamhetsplan's year lies within its programförklaring's mandate period. */
export const checkBoardPlan = (plan: BoardPlan, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("board-plan", plan.id);
  const declaration = model.get("program-declaration", plan.programDeclarationId);
  if (declaration === undefined) return [missing(self, "program-declaration", plan.programDeclarationId)];
  const refusals: InvalidLinkError[] = [];
  if (!coversYear(declaration.mandate, plan.year)) {
    refusals.push(
      refuse(
        "different-mandate",
        self,
        refOf("program-declaration", declaration.id),
        `år ${plan.year} ligger utanför mandatperioden ${declaration.mandate.firstYear}–${declaration.mandate.lastYear}`,
      ),
    );
  }
  const board = model.get("org-unit", plan.boardUnitId);
  if (board === undefined) refusals.push(missing(self, "org-unit", plan.boardUnitId));
  else if (board.kind !== "board") {
    refusals.push(
      refuse(
        "wrong-unit-kind",
        self,
        refOf("org-unit", board.id),
        `${unitLabel(board, board.id)} är ingen nämnd`,
      ),
    );
  }
  for (const interpretation of plan.interpretations) {
    const area = model.get("focus-area", interpretation.focusAreaId);
    if (area === undefined) refusals.push(missing(self, "focus-area", interpretation.focusAreaId));
    else if (area.programDeclarationId !== plan.programDeclarationId) {
      refusals.push(
        refuse(
          "different-mandate",
          self,
          refOf("focus-area", area.id),
          "målområdet hör till en annan mandatperiod",
        ),
      );
    }
  }
  return refusals;
};

/** An etappmål belongs to a nämndindikator of the same nämnd's verksamhetsplan for the same year. */
export const checkMilestone = (milestone: Milestone, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("milestone", milestone.id);
  const plan = model.get("board-plan", milestone.boardPlanId);
  if (plan === undefined) return [missing(self, "board-plan", milestone.boardPlanId)];
  const indicator = model.get("board-indicator", milestone.boardIndicatorId);
  if (indicator === undefined) return [missing(self, "board-indicator", milestone.boardIndicatorId)];
  const indicatorPlan = model.get("board-plan", indicator.boardPlanId);
  if (indicatorPlan === undefined) {
    return [missing(refOf("board-indicator", indicator.id), "board-plan", indicator.boardPlanId)];
  }
  const to = refOf("board-indicator", indicator.id);
  if (indicatorPlan.year !== plan.year) {
    return [
      refuse(
        "different-year",
        self,
        to,
        `indikatorn hör till år ${indicatorPlan.year}, etappmålet till år ${plan.year}`,
      ),
    ];
  }
  if (indicatorPlan.boardUnitId !== plan.boardUnitId) {
    return [refuse("outside-chain", self, to, "indikatorn hör till en annan nämnds verksamhetsplan")];
  }
  return [];
};

/** An uppdrag goes from the nämnd owning the verksamhetsplan to a förvaltning directly under that nämnd. */
export const checkAssignment = (assignment: Assignment, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("assignment", assignment.id);
  const plan = model.get("board-plan", assignment.boardPlanId);
  if (plan === undefined) return [missing(self, "board-plan", assignment.boardPlanId)];
  const board = model.get("org-unit", assignment.fromBoardUnitId);
  if (board === undefined) return [missing(self, "org-unit", assignment.fromBoardUnitId)];
  const to = model.get("org-unit", assignment.toAdministrationUnitId);
  if (to === undefined) return [missing(self, "org-unit", assignment.toAdministrationUnitId)];
  const toRef = refOf("org-unit", to.id);
  if (board.kind !== "board" || plan.boardUnitId !== board.id) {
    return [
      refuse(
        "wrong-unit-kind",
        self,
        refOf("org-unit", board.id),
        `uppdraget ska ges av nämnden som äger verksamhetsplanen "${plan.id}", inte av ${unitLabel(board, board.id)}`,
      ),
    ];
  }
  if (to.kind !== "administration") {
    return [refuse("wrong-unit-kind", self, toRef, `${unitLabel(to, to.id)} är ingen förvaltning`)];
  }
  if (to.parentId !== board.id) {
    return [
      refuse(
        "not-under-board",
        self,
        toRef,
        `${unitLabel(to, to.id)} hör inte till ${unitLabel(board, board.id)}`,
      ),
    ];
  }
  if (assignment.focusAreaId !== undefined) {
    const area = model.get("focus-area", assignment.focusAreaId);
    if (area === undefined) return [missing(self, "focus-area", assignment.focusAreaId)];
    if (area.programDeclarationId !== plan.programDeclarationId) {
      return [
        refuse(
          "different-mandate",
          self,
          refOf("focus-area", area.id),
          "målområdet hör till en annan mandatperiod",
        ),
      ];
    }
  }
  return [];
};

/** An organisational unit sits under a unit of a higher level (levels may be skipped). */
export const checkOrgUnit = (unit: OrgUnit, model: ModelIndex): InvalidLinkError[] => {
  if (unit.parentId === undefined) return [];
  const self = refOf("org-unit", unit.id);
  const parent = model.get("org-unit", unit.parentId);
  if (parent === undefined) return [missing(self, "org-unit", unit.parentId)];
  if (orgLevelRank(parent.kind) >= orgLevelRank(unit.kind)) {
    return [
      refuse(
        "wrong-unit-kind",
        self,
        refOf("org-unit", parent.id),
        `en ${ORG_UNIT_KIND_TERMS[unit.kind].term} kan inte ligga under en ${ORG_UNIT_KIND_TERMS[parent.kind].term}`,
      ),
    ];
  }
  return [];
};

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
  if (parent.year !== plan.year) {
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

/**
 * An individual goal links only activities of the medarbetare's own unit's arbetsplan for the goal's year,
 * the goal's unit is the medarbetare's unit, and its chef is that unit's chef.
 */
export const checkIndividualGoal = (goal: IndividualGoal, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("individual-goal", goal.id);
  const employee = model.get("person", goal.employeeId);
  if (employee === undefined) return [missing(self, "person", goal.employeeId)];
  const ownUnit = model.get("org-unit", employee.unitId);
  const refusals: InvalidLinkError[] = [];
  if (goal.unitId !== employee.unitId) {
    refusals.push(
      refuse(
        "other-unit",
        self,
        refOf("org-unit", goal.unitId),
        `medarbetaren tillhör ${unitLabel(ownUnit, employee.unitId)}`,
      ),
    );
  }
  const chef = chefOf(employee.id, employee.unitId, { unit: (id) => model.get("org-unit", id) });
  if (chef !== goal.managerId) {
    refusals.push(
      refuse(
        "not-the-chef",
        self,
        refOf("person", goal.managerId),
        chef === undefined
          ? `${unitLabel(ownUnit, employee.unitId)} har ingen chef`
          : `chef för ${unitLabel(ownUnit, employee.unitId)} är ${chef}`,
      ),
    );
  }
  for (const activityId of goal.activityIds) {
    const to = refOf("activity", activityId);
    const activity = model.get("activity", activityId);
    if (activity === undefined) {
      refusals.push(missing(self, "activity", activityId));
      continue;
    }
    const plan = model.get("work-plan", activity.workPlanId);
    if (plan === undefined) {
      refusals.push(missing(to, "work-plan", activity.workPlanId));
      continue;
    }
    if (plan.ownerUnitId !== employee.unitId) {
      const planUnit = model.get("org-unit", plan.ownerUnitId);
      refusals.push(
        refuse(
          "other-unit",
          self,
          to,
          `aktiviteten hör till ${unitLabel(planUnit, plan.ownerUnitId)}, medarbetaren tillhör ${ownUnit?.name === undefined ? `"${employee.unitId}"` : `"${ownUnit.name}"`}`,
        ),
      );
    } else if (plan.year !== goal.year) {
      refusals.push(
        refuse(
          "different-year",
          self,
          to,
          `aktiviteten hör till arbetsplanen för ${plan.year}, målet gäller ${goal.year}`,
        ),
      );
    }
  }
  return refusals;
};

const DATE_PERIOD = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_PERIOD = /^\d{4}-[a-z][a-z0-9]*$/;

/**
 * A follow-up is of an existing item, for a period of the right form: an individual goal is followed up on
 * a date (`2026-05-15`), everything else per calendar period (`2026-tertial1`).
 */
export const checkFollowUp = (followUp: FollowUp, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("follow-up", followUp.id);
  const to = refOf(followUp.target.kind, followUp.target.id);
  if (model.get(to.kind, to.id) === undefined) return [missing(self, to.kind, to.id)];
  const isGoal = to.kind === "individual-goal";
  if (!(isGoal ? DATE_PERIOD : CALENDAR_PERIOD).test(followUp.period)) {
    const expected = isGoal ? "ett datum (ÅÅÅÅ-MM-DD)" : "en kalenderperiod (t.ex. 2026-tertial1)";
    return [refuse("wrong-period", self, to, `perioden "${followUp.period}" ska vara ${expected}`)];
  }
  return [];
};
