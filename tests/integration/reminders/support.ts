import { spawn, type ChildProcess } from "node:child_process";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { huddinge } from "../../../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR, type DuePage } from "../../../src/domain";
import { DigestCollector, type PersonDigest } from "../../../src/reminders/digests";
import { DEFAULT_REMINDER_SETTINGS } from "../../../src/reminders/settings";
import { awaitingAgreementOf, remindersOn } from "../../../src/reminders/whatIsDue";
import { SharePointConversationReferences } from "../../../src/sharepoint/stores/conversationReferences";
import { SharePointReminderLedger } from "../../../src/sharepoint/stores/reminderLedger";
import type { LocalConnector } from "../../../scripts/harness/localConnector";
import { adminUpn, type TestSite } from "../sharepoint/support/localSite";

/** A Thursday when 13 demo people have 55 reminders between them (tertial 1 ahead, goals' dates). */
export const runDate = "2026-04-23";
export const runAt = "2026-04-23T08:30:00Z";

/** What the demo site holds as due on `runDate`, worked out by the pure rule from the demo data itself. */
export function expectedDigests(): PersonDigest[] {
  const page: DuePage = {
    units: huddinge["org-unit"],
    planners: huddinge.person.filter((p) => p.roles.some((r) => r.kind === "planner")),
    boardPlans: huddinge["board-plan"],
    boardIndicators: huddinge["board-indicator"],
    milestones: huddinge.milestone,
    assignments: huddinge.assignment,
    workPlans: huddinge["work-plan"],
    activities: huddinge.activity,
    individualGoals: huddinge["individual-goal"],
    followUps: huddinge["follow-up"],
  };
  const collector = new DigestCollector();
  collector.add(
    remindersOn(page, runDate, DEFAULT_REMINDER_SETTINGS, DEFAULT_FOLLOW_UP_CALENDAR),
    awaitingAgreementOf(page),
  );
  return collector.digests();
}

export const conversationOf = (personId: string): string => `a:1-${personId}`;

/** Everyone in the demo has installed the app: a 1:1 conversation at the local connector. */
export async function installForEveryone(site: TestSite, connector: LocalConnector): Promise<void> {
  const references = new SharePointConversationReferences(site.as(adminUpn));
  for (const person of huddinge.person) {
    await references.remember({
      personId: person.id,
      conversationId: conversationOf(person.id),
      serviceUrl: connector.serviceUrl,
      tenantId: "00000000-0000-0000-0000-000000000001",
      botId: "28:malkedjan-bot",
      userAadObjectId: "00000000-0000-0000-0000-0000000000aa",
      installedAt: "2026-01-10T08:00:00Z",
    });
  }
}

/** Empties the ledger and the lease between tests. */
export async function clearLedger(site: TestSite): Promise<void> {
  const sp = site.as(adminUpn);
  for (const title of ["Påminnelser", "Körningar"]) {
    const rows = await sp.web.lists.getByTitle(title).items.select("Id").top(5000)<{ Id: number }[]>();
    for (const row of rows) await sp.web.lists.getByTitle(title).items.getById(row.Id).delete();
  }
}

export async function ledgerOf(site: TestSite, people: readonly string[]) {
  return new SharePointReminderLedger(site.as(adminUpn)).recordsOf(people, "2000-01-01");
}

export interface RunChild {
  readonly child: ChildProcess;
  readonly done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/** `npm run reminders -- --once` as its own process against the test's site. */
export function startRun(site: TestSite, env: Record<string, string> = {}): RunChild {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/reminders.ts",
      "--once",
      "--date",
      runDate,
      "--now",
      runAt,
      "--site",
      site.url,
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, REMINDER_RETRY_BASE_MS: "50", REMINDER_LEASE_MS: "3000", ...env },
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export async function runToEnd(
  site: TestSite,
  env: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const { done } = startRun(site, env);
  const result = await done;
  if (result.code !== 0) throw new Error(`reminder run failed (${String(result.code)}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as Record<string, unknown>;
}
