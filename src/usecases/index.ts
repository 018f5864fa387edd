/**
 * The use cases: one function per thing a person does, run on the server for the verified caller. Each
 * reads what its rules need, runs the domain's access policy and link rules, stamps who and when itself and
 * writes through the domain's ports (with the app's own identity). The API and the bot both call these.
 */
export type { VerifiedCaller } from "./caller";
export type { GoalUseCaseDeps } from "./goals/deps";
export type { GoalContent } from "./goals/goalContent";
export { createGoal, type NewGoal } from "./goals/createGoal";
export { reviseGoal, type GoalRevision } from "./goals/reviseGoal";
export { agreeGoal, type Agreement } from "./goals/agreeGoal";
export { deleteGoal, type GoalDeletion } from "./goals/deleteGoal";
export { withdrawGoal, type GoalWithdrawal } from "./goals/withdrawGoal";
export { recordGoalFollowUp, type GoalFollowUpEntry } from "./followUps/recordGoalFollowUp";
export { goalFollowUpState, type GoalFollowUpState } from "./followUps/goalFollowUpState";
export type { OutcomeUseCaseDeps } from "./outcomes/deps";
export { recordIndicatorOutcome, type OutcomeEntry } from "./outcomes/recordIndicatorOutcome";
export {
  correctIndicatorOutcome,
  removeIndicatorOutcome,
  type OutcomeCorrection,
  type OutcomeRemoval,
} from "./outcomes/correctIndicatorOutcome";
export {
  importKoladaOutcomes,
  type KoladaImportDeps,
  type KoladaImportFailure,
  type KoladaImportReport,
  type KoladaImportRequest,
} from "./outcomes/importKoladaOutcomes";
export {
  teamOverview,
  type TeamOverview,
  type TeamOverviewDeps,
  type TeamOverviewRequest,
} from "./team/teamOverview";
export type { PlanUseCaseDeps } from "./plans/deps";
export { createBoardPlan, createWorkPlan, type NewBoardPlan, type NewWorkPlan } from "./plans/createPlan";
export {
  removePlanItem,
  savePlanItem,
  type PlanItemContent,
  type PlanItemKind as PlanEditItemKind,
  type PlanItemRemoval,
  type PlanItemWrite,
} from "./plans/planItems";
export {
  writeInterpretation,
  writePlanText,
  type InterpretationWrite,
  type PlanTextWrite,
} from "./plans/planText";
export {
  adoptPlanVersion,
  newPlanVersion,
  reportPlanVersion,
  type NewPlanVersion,
  type PlanTransition,
} from "./plans/planLife";
export { startNextYearPlan, type NextYearPlan, type StartedPlan } from "./plans/nextYearPlan";
export { activityLinkTargets, kfIndicatorsToTranslate } from "./plans/planReads";
export type { PlanFollowUpDeps } from "./planFollowUps/deps";
export {
  recordPlanFollowUp,
  type PlanFollowUpEntry,
  type PlanItemKind,
} from "./planFollowUps/recordPlanFollowUp";
export { completePeriod, reopenPeriod, type PeriodCompletionRequest } from "./planFollowUps/completePeriod";
export {
  planFollowUpBoard,
  type BoardItem,
  type OverviewRow,
  type PlanFollowUpBoard,
  type PlanFollowUpBoardRequest,
} from "./planFollowUps/planFollowUpBoard";
export { planFollowUpId } from "./planFollowUps/followUpId";
export type { KfLevelUseCaseDeps } from "./kfLevel/deps";
export { mandateDesk, mandateList, type KfDesk, type MandateSummary } from "./kfLevel/kfReads";
export {
  removeKfIndicator,
  saveKfIndicator,
  writeDeclaration,
  writeFocusArea,
  writeVision,
  type DeclarationWrite,
  type FocusAreaWrite,
  type KfIndicatorContent,
  type KfIndicatorRemoval,
  type KfIndicatorWrite,
  type VisionWrite,
} from "./kfLevel/kfWrites";
export {
  adoptKfLevelVersion,
  reopenKfLevelVersion,
  startNextMandate,
  type KfTransition,
  type NextMandate,
} from "./kfLevel/kfLife";
export { reachReport, type ReachDeps, type ReachReportResult } from "./reach/reachReport";
export { createReachMemo, type ReachMemo } from "./reach/reachMemo";
