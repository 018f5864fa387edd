export type { Clock } from "./clock";
export type { ConversationReference, ConversationReferences } from "./conversations";
export type { OrgDirectory } from "./directory";
export type { KfReportData, KfReportSource } from "./kfReportData";
export type {
  Notifier,
  ReminderCardDelivery,
  ReminderLedger,
  ReminderOutcome,
  ReminderRecord,
  ReminderState,
  RunLease,
  SendAttempt,
} from "./notifier";
export type { SteeringQueries } from "./queries";
export type { EntityRepository, Repositories } from "./repositories";
export type { GoalScene, GoalSceneRequest, GoalStore } from "./goalStore";
export type {
  PlanEntity,
  PlanEntityKind,
  PlanKind,
  PlanScene,
  PlanSceneRequest,
  PlanStore,
} from "./planStore";
export type {
  OutcomeScene,
  OutcomeSceneRequest,
  OutcomeStore,
  OutcomeWrite,
  OutcomeWriteResult,
} from "./outcomeStore";
export type { KoladaFigure, KoladaRequest, KoladaSource } from "./kolada";
export type { LineData, TeamLineSource } from "./teamLine";
export type { Versioned } from "./versioned";
export type {
  ChainSlice,
  ChainView,
  DateRange,
  DueItem,
  GoalLinkAttention,
  DuePage,
  MyGoalsView,
  Recipient,
  RecipientRole,
  TeamView,
} from "./views";
export type { PlanFollowUpScene, PlanFollowUpSceneRequest, PlanFollowUpStore } from "./planFollowUps";
export type { IndicatorQueries, IndicatorView } from "./indicatorView";
export type { ReachData, ReachItems, ReachReading, ReachSource } from "./reach";
