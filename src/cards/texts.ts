import { FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_TERMS, type FollowUpStatus } from "../domain";

export type CardLocale = "sv" | "en";

/** Every word the reminder card says, in Swedish and English; plain language, no code names. */
export interface CardTexts {
  readonly heading: string;
  readonly greeting: (name: string) => string;
  readonly sections: {
    readonly followUps: string;
    readonly agreeOwn: string;
    readonly agreeTeam: string;
    readonly teamOverdue: string;
    readonly plans: string;
  };
  readonly chain: string;
  readonly due: (date: string) => string;
  readonly overdue: (date: string) => string;
  readonly last: (date: string, status: string) => string;
  readonly noLast: string;
  readonly saved: (date: string, status: string) => string;
  readonly notSaved: string;
  readonly status: string;
  readonly statusPlaceholder: string;
  readonly comment: string;
  readonly commentPlaceholder: string;
  readonly statuses: Readonly<Record<FollowUpStatus, string>>;
  readonly agreeOwnText: string;
  readonly agreeTeamText: (employee: string) => string;
  readonly teamOverdueText: (employee: string, date: string) => string;
  readonly plan: (period: PlanPeriodWord, date: string, overdue: boolean) => string;
  readonly save: string;
  readonly open: string;
  readonly openGoal: string;
  readonly refresh: string;
  readonly nothingDue: string;
}

export type PlanPeriodWord = "arbetsplan" | "tertial" | "delår" | "helår";

const svStatuses = Object.fromEntries(
  FOLLOW_UP_STATUSES.map((s) => [s, FOLLOW_UP_STATUS_TERMS[s].singular]),
) as Record<FollowUpStatus, string>;

const svPeriods: Record<PlanPeriodWord, string> = {
  arbetsplan: "Arbetsplanens uppföljning",
  tertial: "Tertialuppföljning",
  delår: "Delårsuppföljning",
  helår: "Helårsuppföljning",
};
const enPeriods: Record<PlanPeriodWord, string> = {
  arbetsplan: "Work plan follow-up",
  tertial: "Four-month follow-up",
  delår: "Interim follow-up",
  helår: "Annual follow-up",
};

export const cardTexts: Readonly<Record<CardLocale, CardTexts>> = {
  sv: {
    heading: "Dags att följa upp",
    greeting: (name) => `Hej ${name}! Det här väntar på dig i Målkedjan.`,
    sections: {
      followUps: "Dina mål att följa upp",
      agreeOwn: "Mål som väntar på att ni kommer överens",
      agreeTeam: "Mål som väntar på ditt godkännande",
      teamOverdue: "Uppföljningar i ditt team som är sena",
      plans: "Planer att följa upp",
    },
    chain: "Bidrar till",
    due: (date) => `Ska följas upp ${date}`,
    overdue: (date) => `Skulle ha följts upp ${date}`,
    last: (date, status) => `Senast uppföljt ${date}: ${status}`,
    noLast: "Inte uppföljt ännu",
    saved: (date, status) => `Sparat ${date}: ${status}`,
    notSaved: "Inte sparat",
    status: "Hur går det?",
    statusPlaceholder: "Välj läge",
    comment: "Kommentar",
    commentPlaceholder: "Skriv gärna vad som hänt (frivilligt)",
    statuses: svStatuses,
    agreeOwnText: "Prata med din chef och kom överens om målet. Sedan kan du följa upp det.",
    agreeTeamText: (employee) => `${employee} väntar på att ni kommer överens om målet.`,
    teamOverdueText: (employee, date) => `${employee} skulle ha följt upp målet ${date}.`,
    plan: (period, date, overdue) =>
      `${svPeriods[period]} ${overdue ? "skulle ha gjorts" : "ska göras"} ${date}.`,
    save: "Spara uppföljningar",
    open: "Öppna i Målkedjan",
    openGoal: "Öppna målet",
    refresh: "Uppdatera",
    nothingDue: "Inget väntar på dig just nu.",
  },
  en: {
    heading: "Time to follow up",
    greeting: (name) => `Hi ${name}! This is waiting for you in Målkedjan.`,
    sections: {
      followUps: "Your goals to follow up",
      agreeOwn: "Goals waiting to be agreed",
      agreeTeam: "Goals waiting for your agreement",
      teamOverdue: "Late follow-ups in your team",
      plans: "Plans to follow up",
    },
    chain: "Contributes to",
    due: (date) => `Follow up by ${date}`,
    overdue: (date) => `Was due ${date}`,
    last: (date, status) => `Last followed up ${date}: ${status}`,
    noLast: "Not followed up yet",
    saved: (date, status) => `Saved ${date}: ${status}`,
    notSaved: "Not saved",
    status: "How is it going?",
    statusPlaceholder: "Choose a status",
    comment: "Comment",
    commentPlaceholder: "What has happened (optional)",
    statuses: {
      "not-started": "Not started",
      "on-track": "On track",
      "at-risk": "At risk",
      "off-track": "Off track",
      done: "Done",
    },
    agreeOwnText: "Talk to your manager and agree the goal. Then you can follow it up.",
    agreeTeamText: (employee) => `${employee} is waiting for you to agree the goal.`,
    teamOverdueText: (employee, date) => `${employee} was due to follow up the goal on ${date}.`,
    plan: (period, date, overdue) => `${enPeriods[period]} ${overdue ? "was due" : "is due"} ${date}.`,
    save: "Save follow-ups",
    open: "Open in Målkedjan",
    openGoal: "Open the goal",
    refresh: "Refresh",
    nothingDue: "Nothing is waiting for you right now.",
  },
};
