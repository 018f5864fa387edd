export {
  adaptiveCardContentType,
  cardVerbs,
  type AdaptiveCard,
  type Json,
  type JsonObject,
} from "./adaptiveCard";
export { tabLinkTo } from "./deepLink";
export { escapeMarkdown } from "./markdown";
export { cardStateOf, commentInputId, reminderCard, statusInputId } from "./reminderCard";
export { cardTexts, type CardLocale } from "./texts";
export type {
  GoalAgreementItem,
  GoalFollowUpItem,
  ItemOutcome,
  LastFollowUp,
  PlanFollowUpItem,
  ReminderCardData,
  ReminderCardItem,
  TabLinkTarget,
  TeamOverdueItem,
} from "./types";
