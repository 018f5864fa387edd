import { hostname } from "node:os";
import type { SPFI } from "@pnp/sp";
import { DEFAULT_FOLLOW_UP_CALENDAR, type DateRange, type DuePage, type Notifier } from "../../domain";
import type { TabLinkTarget } from "../../cards";
import { reminderCards } from "../../reminders/cardData";
import { ConnectorNotifier } from "../../reminders/connectorNotifier";
import type { PersonDigest } from "../../reminders/digests";
import { runReminders, type ReminderRunOptions, type ReminderRunReport } from "../../reminders/run";
import type { ReminderSettings } from "../../reminders/settings";
import { localTime } from "../../reminders/workingHours";
import { loadDuePages } from "../../sharepoint/queries/duePages";
import { peopleNames } from "../../sharepoint/queries/peopleNames";
import { SharePointConversationReferences } from "../../sharepoint/stores/conversationReferences";
import { SharePointReminderLedger } from "../../sharepoint/stores/reminderLedger";
import { SharePointRunLease } from "../../sharepoint/stores/runLease";

export interface ReminderRunSetup {
  readonly sp: SPFI;
  readonly settings: ReminderSettings;
  readonly tabLink: TabLinkTarget;
  /** The connector client (production: with the SDK's bot token). */
  readonly notifier?: Notifier;
  readonly now?: () => Date;
  readonly instance?: string;
  readonly leaseMs?: number;
  readonly overrides?: Partial<ReminderRunOptions>;
}

/** The lease's name in "Körningar". */
export const reminderLeaseName = "påminnelser";

export const defaultInstance = (): string => `${hostname()}:${process.pid}`;

/**
 * One reminder run over the site as the app identity: the due view's pages, the ledger, the lease, the
 * bot's conversation references and reminder card, proactive sends through the connector.
 */
export async function runRemindersOnSite(setup: ReminderRunSetup): Promise<ReminderRunReport> {
  const now = setup.now ?? (() => new Date());
  const runDate = setup.overrides?.runDate ?? localTime(now(), setup.settings.timeZone).date;
  // Names for the cards are read for everyone the run gathers cards for: once, after the due pages.
  let names = new Map<string, string>();
  const pages = async function* (range: DateRange): AsyncGenerator<DuePage> {
    yield* loadDuePages(setup.sp, range);
  };
  const conversations = new SharePointConversationReferences(setup.sp);
  const cardsOf = reminderCards({ nameOf: (id) => names.get(id), tabLink: setup.tabLink, runDate });
  return runReminders(
    {
      loadPages: pages,
      ledger: new SharePointReminderLedger(setup.sp),
      lease: new SharePointRunLease(setup.sp, reminderLeaseName),
      conversations,
      beforeCards: async (digests) => {
        names = await peopleNames(setup.sp, namedOn(digests));
      },
      notifier: setup.notifier ?? new ConnectorNotifier(),
      cardFor: cardsOf,
      now,
    },
    {
      settings: setup.settings,
      calendar: DEFAULT_FOLLOW_UP_CALENDAR,
      instance: setup.instance ?? defaultInstance(),
      leaseMs: setup.leaseMs ?? 60_000,
      ...setup.overrides,
      runDate,
    },
  );
}

/** Everyone a card names: its person, and the medarbetare of every goal on it. */
const namedOn = (digests: readonly PersonDigest[]): string[] =>
  digests.flatMap((d) => [
    d.personId,
    ...d.reminders.flatMap((r) => r.item.recipients.map((p) => p.personId)),
    ...d.awaitingAgreement.map((g) => g.employeeId),
  ]);
