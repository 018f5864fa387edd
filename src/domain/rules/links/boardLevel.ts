import type { InvalidLinkError } from "../../errors";
import type { Assignment } from "../../model/assignment";
import type { BoardIndicator } from "../../model/boardIndicator";
import type { BoardPlan } from "../../model/boardPlan";
import type { Milestone } from "../../model/milestone";
import { coversYear } from "../../model/programDeclaration";
import { refOf, type ModelIndex } from "../snapshot";
import { missing, refuse, unitLabel } from "./refusal";

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
