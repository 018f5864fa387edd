import type { FollowUpStatus } from "../domain";

/** In Teams, the app package's id (a deep link to the personal tab); outside Teams, the tab's origin. */
export type TabLinkTarget = { readonly teamsAppId: string } | { readonly origin: string };

/** The last follow-up of a goal, as the card shows it. */
export interface LastFollowUp {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly status: FollowUpStatus;
  readonly comment?: string;
}

/** What happened when the person answered an item in the card (the refreshed card shows it). */
export type ItemOutcome =
  | { readonly kind: "saved"; readonly followUp: LastFollowUp }
  /** Plain Swedish/English from the server: why nothing was saved (a conflict, a refusal). */
  | { readonly kind: "refused"; readonly message: string };

/** A goal follow-up due (or overdue) for the medarbetare: answered in the card. */
export interface GoalFollowUpItem {
  readonly kind: "goal-follow-up";
  /** The reminder's key (its ledger key): which item of the card an answer belongs to. */
  readonly key: string;
  readonly goalId: string;
  readonly employeeId: string;
  readonly title: string;
  /** The chain the goal serves, top down: målområde → … → activity, as plain text. */
  readonly chain: readonly string[];
  /** The agreed follow-up date this answers (`YYYY-MM-DD`). */
  readonly dueDate: string;
  readonly overdue: boolean;
  readonly lastFollowUp?: LastFollowUp;
  readonly outcome?: ItemOutcome;
}

/** A goal waiting for agreement: to the medarbetare (their own) or to the chef (listing the team's). */
export interface GoalAgreementItem {
  readonly kind: "goal-agreement";
  readonly key: string;
  readonly goalId: string;
  readonly title: string;
  /** Whose goal, when the card goes to the chef. */
  readonly employeeName?: string;
  readonly audience: "medarbetare" | "chef";
}

/** Escalation to the chef: a team member's goal follow-up overdue (14 days by default). */
export interface TeamOverdueItem {
  readonly kind: "team-overdue";
  readonly key: string;
  readonly goalId: string;
  readonly employeeName: string;
  readonly title: string;
  readonly dueDate: string;
}

/** A plan's follow-up: a chef's arbetsplan period, or a planner's tertial, delår or helår. */
export interface PlanFollowUpItem {
  readonly kind: "plan-follow-up";
  readonly key: string;
  readonly planTitle: string;
  readonly period: "arbetsplan" | "tertial" | "delår" | "helår";
  readonly dueDate: string;
  readonly overdue: boolean;
}

export type ReminderCardItem = GoalFollowUpItem | GoalAgreementItem | TeamOverdueItem | PlanFollowUpItem;

/** One card per person per run: everything due for them. */
export interface ReminderCardData {
  /**
   * Who the card is for. `aadObjectId` (from their conversation reference) names them in the card's
   * `refresh.userIds` as Teams' user MRI `8:orgid:<object id>`, so only they refresh it automatically.
   */
  readonly person: { readonly id: string; readonly name: string; readonly aadObjectId: string };
  readonly items: readonly ReminderCardItem[];
  /** Where "Öppna i Målkedjan" leads (see `deepLink.ts`): the Teams app's personal tab, or the tab's own URL. */
  readonly tabLink: TabLinkTarget;
  /** A message over the whole card (for example "Sparat." or why nothing could be saved). */
  readonly notice?: string;
}
