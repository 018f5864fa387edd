import {
  FOLLOW_UP_STATUSES,
  answeredPeriod,
  type Clock,
  type FollowUp,
  type FollowUpStatus,
  type GoalStore,
  type Person,
} from "../domain";
import {
  commentInputId,
  reminderCard,
  statusInputId,
  type AdaptiveCard,
  type CardLocale,
  type GoalFollowUpItem,
  type ReminderCardData,
  type ReminderCardItem,
  type TabLinkTarget,
} from "../cards";
import { goalFollowUpState, recordGoalFollowUp, type VerifiedCaller } from "../usecases";
import { cardDataOf } from "./cardData";
import { cardFollowUpId } from "./followUpId";
import { refusalText } from "./refusals";

export interface CardActionDeps {
  /** The personal store, written with the app's own identity; undefined while the site is not ready. */
  readonly goals: () => GoalStore | undefined;
  readonly clock: Clock;
  /** Where the card's links lead: the configured tab, never what the card's data says. */
  readonly tabLink: () => TabLinkTarget;
}

/** Who pressed, as the bot established it from the activity (their Entra object id → the organisation). */
export interface Presser {
  readonly person: Person;
  readonly aadObjectId: string;
  readonly locale: CardLocale;
}

type Inputs = Readonly<Record<string, unknown>>;

const isStatus = (value: unknown): value is FollowUpStatus =>
  typeof value === "string" && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);

const words = {
  sv: {
    notACard: "Kortet är för gammalt för att sparas härifrån. Öppna Målkedjan och följ upp där.",
    notReady: "Målkedjan kan inte spara just nu. Försök igen om en stund.",
    nothingChosen: "Välj hur det går för minst ett mål innan du sparar.",
    saved: (n: number) => (n === 1 ? "Uppföljningen är sparad." : `${n} uppföljningar är sparade.`),
  },
  en: {
    notACard: "This card is too old to save from. Open Målkedjan and follow up there.",
    notReady: "Målkedjan cannot save just now. Try again in a while.",
    nothingChosen: "Choose how it is going for at least one goal before saving.",
    saved: (n: number) => (n === 1 ? "The follow-up is saved." : `${n} follow-ups are saved.`),
  },
} as const;

/** A minimal card carrying only a message (the action's data was not a reminder card's). */
function messageCard(presser: Presser, tabLink: TabLinkTarget, notice: string): AdaptiveCard {
  return reminderCard({ person: personOf(presser), items: [], tabLink, notice }, presser.locale);
}

const personOf = (presser: Presser): ReminderCardData["person"] => ({
  id: presser.person.id,
  name: presser.person.name,
  aadObjectId: presser.aadObjectId,
});

const lastOf = (followUp: FollowUp): NonNullable<GoalFollowUpItem["lastFollowUp"]> => ({
  date: followUp.period.slice(0, 10),
  status: followUp.status,
  ...(followUp.comment === undefined ? {} : { comment: followUp.comment }),
});

/**
 * A goal item as it stands now for the presser: the goal re-read through the use case (so only the
 * medarbetare and their chef see it), its latest follow-up, and — when the due date is answered already, in
 * the card or in the tab — that answer as saved. A goal the presser may not read leaves the card.
 */
async function current(
  goals: GoalStore,
  caller: VerifiedCaller,
  item: GoalFollowUpItem,
): Promise<GoalFollowUpItem | undefined> {
  try {
    const state = await goalFollowUpState({ goals }, caller, {
      goalId: item.goalId,
      employeeId: item.employeeId,
    });
    const [latest] = state.followUps;
    const answer = state.followUps.find((f) => answeredPeriod(f) === item.dueDate);
    const { lastFollowUp: _last, outcome: _outcome, ...rest } = item;
    return {
      ...rest,
      title: state.goal.title,
      ...(latest === undefined ? {} : { lastFollowUp: lastOf(latest) }),
      ...(answer === undefined ? {} : { outcome: { kind: "saved", followUp: lastOf(answer) } }),
    };
  } catch {
    return undefined;
  }
}

async function currentItems(
  goals: GoalStore,
  caller: VerifiedCaller,
  items: readonly ReminderCardItem[],
): Promise<ReminderCardItem[]> {
  const read = await Promise.all(
    items.map((item) =>
      item.kind === "goal-follow-up" ? current(goals, caller, item) : Promise.resolve(item),
    ),
  );
  return read.filter((item): item is ReminderCardItem => item !== undefined);
}

/** `refreshCard`: the card as it stands now for the person opening it. */
export async function refreshCardAction(
  deps: CardActionDeps,
  presser: Presser,
  data: unknown,
): Promise<AdaptiveCard> {
  const card = cardDataOf((data as { card?: unknown } | undefined)?.card);
  const goals = deps.goals();
  if (card === undefined) return messageCard(presser, deps.tabLink(), words[presser.locale].notACard);
  if (goals === undefined) return messageCard(presser, deps.tabLink(), words[presser.locale].notReady);
  const caller = { personId: presser.person.id };
  const items = await currentItems(goals, caller, card.items);
  return reminderCard({ person: personOf(presser), items, tabLink: deps.tabLink() }, presser.locale);
}

/**
 * `saveFollowUps`: each goal the person chose a status for is followed up through the same use case as the
 * tab, as the person who pressed, on the server's day, naming the due date it answers. The follow-up's id is
 * made from the goal and that date, so a second press (or a retried invoke) finds the first instead of
 * recording twice. The answer is the card as it stands afterwards, each item saying what happened.
 */
export async function saveFollowUpsAction(
  deps: CardActionDeps,
  presser: Presser,
  data: unknown,
): Promise<AdaptiveCard> {
  const inputs = (typeof data === "object" && data !== null ? data : {}) as Inputs;
  const card = cardDataOf(inputs["card"]);
  const goals = deps.goals();
  const t = words[presser.locale];
  if (card === undefined) return messageCard(presser, deps.tabLink(), t.notACard);
  if (goals === undefined) return messageCard(presser, deps.tabLink(), t.notReady);
  const caller = { personId: presser.person.id };
  const run = { goals, clock: deps.clock };

  let saved = 0;
  let chosen = 0;
  const answered = await Promise.all(
    card.items.map(async (item, index): Promise<ReminderCardItem | undefined> => {
      if (item.kind !== "goal-follow-up") return item;
      const status = inputs[statusInputId(index)];
      if (!isStatus(status)) return current(goals, caller, item);
      chosen += 1;
      const before = await current(goals, caller, item);
      // Answered already (in the tab, or by this card before): show that answer, record nothing.
      if (before?.outcome?.kind === "saved") return before;
      const comment = inputs[commentInputId(index)];
      try {
        const followUp = await recordGoalFollowUp(run, caller, {
          id: cardFollowUpId(item.goalId, item.dueDate),
          goalId: item.goalId,
          employeeId: item.employeeId,
          answers: item.dueDate,
          status,
          ...(typeof comment === "string" && comment.trim() !== ""
            ? { comment: comment.slice(0, 2000) }
            : {}),
        });
        saved += 1;
        return {
          ...(before ?? item),
          lastFollowUp: lastOf(followUp.value),
          outcome: { kind: "saved", followUp: lastOf(followUp.value) },
        };
      } catch (error) {
        // Shown in the card, never more than the policy's own words: no data of a goal the presser may not read.
        const { lastFollowUp: _last, outcome: _outcome, chain: _chain, ...bare } = item;
        const shown = before ?? { ...bare, chain: [] };
        return { ...shown, outcome: { kind: "refused", message: refusalText(error, presser.locale) } };
      }
    }),
  );
  const items = answered.filter((item): item is ReminderCardItem => item !== undefined);
  const notice = chosen === 0 ? t.nothingChosen : saved > 0 ? t.saved(saved) : undefined;
  return reminderCard(
    {
      person: personOf(presser),
      items,
      tabLink: deps.tabLink(),
      ...(notice === undefined ? {} : { notice }),
    },
    presser.locale,
  );
}
