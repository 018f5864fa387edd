import {
  reminderCard,
  type CardLocale,
  type ReminderCardData,
  type ReminderCardItem,
  type TabLinkTarget,
} from "../cards";
import type { IsoDate } from "../domain";
import type { PersonDigest } from "./digests";
import type { CardFor } from "./run";
import type { DueReminder } from "./whatIsDue";

/** Names of people by id (for the card: whose goal it is), and the tab to link to. */
export interface CardContext {
  readonly nameOf: (personId: string) => string | undefined;
  readonly tabLink: TabLinkTarget;
  readonly runDate: IsoDate;
}

const periodWord = (period: string): "arbetsplan" | "tertial" | "delår" | "helår" => {
  const key = period.slice(5);
  if (key.startsWith("tertial")) return "tertial";
  if (key === "delar") return "delår";
  if (key === "helar") return "helår";
  return "arbetsplan";
};

const employeeOf = (r: DueReminder): string | undefined =>
  r.item.recipients.find((p) => p.role === "employee")?.personId;

/** A reminder as one item of the bot's reminder card. */
function itemOf(r: DueReminder, context: CardContext, notes: PersonDigest["goalNotes"]): ReminderCardItem {
  const { item } = r;
  const employeeId = employeeOf(r) ?? r.personId;
  const employeeName = context.nameOf(employeeId) ?? "";
  if (item.target.kind === "individual-goal") {
    if (r.reason === "agree-goal")
      return {
        kind: "goal-agreement",
        key: r.key,
        goalId: item.target.id,
        title: item.title,
        audience: r.role === "employee" ? "medarbetare" : "chef",
        ...(r.role === "employee" ? {} : { employeeName }),
      };
    if (r.stage === "escalation")
      return {
        kind: "team-overdue",
        key: r.key,
        goalId: item.target.id,
        employeeName,
        title: item.title,
        dueDate: item.dueDate,
      };
    const note = notes?.get(item.target.id);
    return {
      kind: "goal-follow-up",
      key: r.key,
      goalId: item.target.id,
      employeeId,
      title: item.title,
      chain: note?.chain ?? [],
      ...(note?.lastFollowUp === undefined ? {} : { lastFollowUp: note.lastFollowUp }),
      dueDate: item.dueDate,
      overdue: item.dueDate < context.runDate,
    };
  }
  return {
    kind: "plan-follow-up",
    key: r.key,
    planTitle: item.title,
    period: periodWord(item.period),
    dueDate: item.dueDate,
    overdue: item.dueDate < context.runDate,
  };
}

/** The card's data for one digest: its reminders, then (for a chef) the team's goals waiting for agreement. */
export function cardDataOf(
  digest: PersonDigest,
  context: CardContext,
  aadObjectId: string,
): ReminderCardData {
  const items = digest.reminders.map((r) => itemOf(r, context, digest.goalNotes));
  const listed = new Set(items.flatMap((i) => (i.kind === "goal-agreement" ? [i.goalId] : [])));
  for (const goal of digest.awaitingAgreement) {
    if (listed.has(goal.goalId)) continue;
    items.push({
      kind: "goal-agreement",
      key: `awaiting:${goal.goalId}`,
      goalId: goal.goalId,
      title: goal.title,
      audience: "chef",
      employeeName: context.nameOf(goal.employeeId) ?? "",
    });
  }
  return {
    person: { id: digest.personId, name: context.nameOf(digest.personId) ?? "", aadObjectId },
    items,
    tabLink: context.tabLink,
  };
}

const localeOf = (locale: string | undefined): CardLocale =>
  locale?.toLowerCase().startsWith("en") === true ? "en" : "sv";

/** The bot's reminder card for each digest, in the person's Teams language (Swedish unless English). */
export function reminderCards(context: CardContext): CardFor {
  return (digest, to) => {
    const language = localeOf(to.locale);
    const count = digest.reminders.length;
    return {
      card: reminderCard(cardDataOf(digest, context, to.userAadObjectId), language),
      summary:
        language === "en"
          ? `Målkedjan: ${count} follow-up${count === 1 ? "" : "s"} to do`
          : `Målkedjan: ${count} ${count === 1 ? "uppföljning" : "uppföljningar"} att göra`,
    };
  };
}
