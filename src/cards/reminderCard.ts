import { Template } from "adaptivecards-templating";
import { FOLLOW_UP_STATUSES } from "../domain";
import { cardVerbs, type AdaptiveCard, type Json, type JsonObject } from "./adaptiveCard";
import { tabLinkTo } from "./deepLink";
import { escapeMarkdown } from "./markdown";
import { reminderTemplate } from "./reminderTemplate";
import { cardTexts, type CardLocale, type CardTexts } from "./texts";
import type { ReminderCardData, ReminderCardItem } from "./types";

/** Input ids of the item at `index` in `data.items`: the answers come back under these names. */
export const statusInputId = (index: number): string => `status-${index}`;
export const commentInputId = (index: number): string => `comment-${index}`;

/**
 * What the card's actions carry back to the bot: the card's own data without what an answer adds (outcomes,
 * notice), so the bot can rebuild it. Display only — the bot re-reads every goal as the person who pressed.
 */
export function cardStateOf(data: ReminderCardData): ReminderCardData {
  const { notice: _notice, ...rest } = data;
  return {
    ...rest,
    items: data.items.map((item) => {
      if (item.kind !== "goal-follow-up") return item;
      const { outcome: _outcome, ...unanswered } = item;
      return unanswered;
    }),
  };
}

const md = escapeMarkdown;

function formatDate(date: string, locale: CardLocale): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return md(date);
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(parsed);
}

interface ItemView {
  readonly [key: string]: Json;
}

function itemView(
  item: ReminderCardItem,
  index: number,
  data: ReminderCardData,
  t: CardTexts,
  locale: CardLocale,
): ItemView {
  const date = (d: string): string => formatDate(d, locale);
  const base = {
    lines: [] as { text: string }[],
    hasOutcome: false,
    outcome: "",
    outcomeColor: "Default",
    hasInputs: false,
    statusId: statusInputId(index),
    statusLabel: t.status,
    statusPlaceholder: t.statusPlaceholder,
    choices: FOLLOW_UP_STATUSES.map((s) => ({ title: t.statuses[s], value: s })),
    commentId: commentInputId(index),
    commentLabel: t.comment,
    commentPlaceholder: t.commentPlaceholder,
    hasOpen: false,
    openTitle: t.openGoal,
    openUrl: tabLinkTo(data.tabLink),
  };
  switch (item.kind) {
    case "goal-follow-up": {
      const lines = [
        ...(item.chain.length === 0 ? [] : [{ text: `${t.chain}: ${item.chain.map(md).join(" → ")}` }]),
        { text: item.overdue ? t.overdue(date(item.dueDate)) : t.due(date(item.dueDate)) },
        {
          text:
            item.lastFollowUp === undefined
              ? t.noLast
              : t.last(date(item.lastFollowUp.date), t.statuses[item.lastFollowUp.status]) +
                (item.lastFollowUp.comment === undefined ? "" : ` – ${md(item.lastFollowUp.comment)}`),
        },
      ];
      const outcome = item.outcome;
      return {
        ...base,
        title: md(item.title),
        lines,
        hasOutcome: outcome !== undefined,
        outcome:
          outcome === undefined
            ? ""
            : outcome.kind === "saved"
              ? t.saved(date(outcome.followUp.date), t.statuses[outcome.followUp.status]) +
                (outcome.followUp.comment === undefined ? "" : ` – ${md(outcome.followUp.comment)}`)
              : `${t.notSaved}: ${md(outcome.message)}`,
        outcomeColor: outcome?.kind === "refused" ? "Attention" : "Good",
        // Saved: nothing left to answer for this date. Refused: the person may try again.
        hasInputs: outcome?.kind !== "saved",
        hasOpen: true,
        openUrl: tabLinkTo(data.tabLink, item.goalId),
      };
    }
    case "goal-agreement":
      return {
        ...base,
        title: md(item.title),
        lines: [
          {
            text: item.audience === "chef" ? t.agreeTeamText(md(item.employeeName ?? "")) : t.agreeOwnText,
          },
        ],
        hasOpen: true,
        openUrl: tabLinkTo(data.tabLink, item.goalId),
      };
    case "team-overdue":
      return {
        ...base,
        title: md(item.title),
        lines: [{ text: t.teamOverdueText(md(item.employeeName), date(item.dueDate)) }],
        hasOpen: true,
        openUrl: tabLinkTo(data.tabLink, item.goalId),
      };
    case "plan-follow-up":
      return {
        ...base,
        title: md(item.planTitle),
        lines: [{ text: t.plan(item.period, date(item.dueDate), item.overdue) }],
      };
  }
}

type SectionKey = keyof CardTexts["sections"];

function sectionOf(item: ReminderCardItem): SectionKey {
  switch (item.kind) {
    case "goal-follow-up":
      return "followUps";
    case "goal-agreement":
      return item.audience === "chef" ? "agreeTeam" : "agreeOwn";
    case "team-overdue":
      return "teamOverdue";
    case "plan-follow-up":
      return "plans";
  }
}

const sectionOrder: readonly SectionKey[] = ["followUps", "agreeOwn", "agreeTeam", "teamOverdue", "plans"];

/**
 * The one reminder card a person gets per run: everything due for them, grouped (their goals to follow up,
 * goals waiting for agreement, the team's late follow-ups, plans), with inputs for each goal follow-up and
 * one "Spara" (`Action.Execute`, falling back to `Action.Submit`) that answers them all; a `refresh` so the
 * card shows the current state when opened again. Everything people wrote is escaped for the card's markdown.
 */
export function reminderCard(data: ReminderCardData, locale: CardLocale): AdaptiveCard {
  const t = cardTexts[locale];
  const views = data.items.map((item, index) => ({
    section: sectionOf(item),
    view: itemView(item, index, data, t, locale),
  }));
  const sections = sectionOrder
    .map((key) => ({
      heading: t.sections[key],
      items: views.filter((v) => v.section === key).map((v) => v.view),
    }))
    .filter((s) => s.items.length > 0);
  const state = cardStateOf(data) as unknown as JsonObject;
  const refused = data.items.some((i) => i.kind === "goal-follow-up" && i.outcome?.kind === "refused");
  const view = {
    heading: t.heading,
    greeting: data.items.length === 0 ? t.nothingDue : t.greeting(md(data.person.name)),
    hasNotice: data.notice !== undefined,
    notice: data.notice === undefined ? "" : md(data.notice),
    noticeColor: refused ? "Attention" : "Good",
    sections,
    hasInputs: views.some((v) => v.view["hasInputs"] === true),
    save: { title: t.save, verb: cardVerbs.save, data: { card: state } },
    open: { title: t.open, url: tabLinkTo(data.tabLink) },
    refresh: {
      title: t.refresh,
      verb: cardVerbs.refresh,
      data: { card: state },
      userIds: [`8:orgid:${data.person.aadObjectId}`],
    },
  };
  return new Template(reminderTemplate).expand({ $root: view }) as AdaptiveCard;
}
