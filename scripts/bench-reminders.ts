/**
 * `npm run bench:reminders`: the reminder run at municipal scale (6,000 staff). The site is seeded once into
 * `.localsite-bench/reminders-municipal` (its own process, threshold 5,000) and reused; `--fresh` seeds anew.
 * Times everything due for the whole municipality on one date (the due view's pages → reminders → one digest
 * per person, with SharePoint round trips counted), then delivers the cards through the real run (ledger,
 * lease, the bot's card) to a local connector enforcing Teams' limits (50/s per app, 7/s per conversation),
 * `--cards N` of them (1,500 by default; `--all` for every one). Prints one JSON line:
 * {"staff","dueItems","dueMs","roundTrips","cardsPerSecond",…} (dueMs the median of 10 timed runs after a
 * warm-up, dueMsMax the slowest). Progress goes to stderr.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generateMunicipality, municipalSize } from "../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR, type DuePage } from "../src/domain";
import { unsignedToken } from "../src/localsite";
import { reminderCards } from "../src/reminders/cardData";
import { ConnectorNotifier } from "../src/reminders/connectorNotifier";
import { DigestCollector, type PersonDigest } from "../src/reminders/digests";
import { runReminders } from "../src/reminders/run";
import { DEFAULT_REMINDER_SETTINGS } from "../src/reminders/settings";
import { awaitingAgreementOf, dueWindow, remindersOn } from "../src/reminders/whatIsDue";
import { conversationReferencesList, reminderLedgerList } from "../src/sharepoint/schema/lists";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { loadDuePages } from "../src/sharepoint/queries/duePages";
import { fillNextDue } from "../src/sharepoint/admin/fillNextDue";
import { provisionSite } from "../src/sharepoint/provision";
import { seedData } from "../src/sharepoint/seed";
import { SharePointConversationReferences } from "../src/sharepoint/stores/conversationReferences";
import { SharePointReminderLedger } from "../src/sharepoint/stores/reminderLedger";
import { SharePointRunLease } from "../src/sharepoint/stores/runLease";
import { startLocalConnector } from "./harness/localConnector";

const admin = "admin@malkedjan.local";
const runDate = "2026-04-23";
const dueRuns = 10;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, LOCALSITE_THRESHOLD: "5000" },
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  return { url, child };
}

/** Deletes every row of a bench list, a $batch of 100 at a time. */
async function clearList(sp: ReturnType<typeof createSp>, title: string): Promise<void> {
  for (;;) {
    const rows = await sp.web.lists.getByTitle(title).items.select("Id").top(5000)<{ Id: number }[]>();
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += 100) {
      const [batched, execute] = sp.batched({ maxRequests: 100 });
      const deletes = rows
        .slice(i, i + 100)
        .map((r) => batched.web.lists.getByTitle(title).items.getById(r.Id).delete());
      await execute();
      await Promise.all(deletes);
    }
  }
}

async function main(): Promise<void> {
  const dataDir = join(process.cwd(), ".localsite-bench", "reminders-municipal");
  if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });
  const fresh = !existsSync(join(dataDir, "site.sqlite"));
  mkdirSync(dataDir, { recursive: true });
  const { url, child } = await startSiteProcess(dataDir);
  const sp = createSp({ siteUrl: url, getToken: () => unsignedToken(admin) });
  try {
    const data = generateMunicipality(1, municipalSize);
    await provisionSite(sp); // a site seeded by an older version gets the reminders' lists and columns
    if (fresh) {
      log(`bench:reminders: seeding the municipal set into ${dataDir} (once) …`);
      await seedData(sp, data);
    } else {
      // A site seeded before the goals' NextDue column: filled once (as `npm run provision` does).
      const started = performance.now();
      const set = await fillNextDue(sp);
      if (set > 0) log(`NextDue set on ${set} goals in ${Math.round(performance.now() - started)} ms`);
    }
    // What is due: one warm-up (connections, SQLite's cache), then `dueRuns` timed runs; the median and the
    // slowest are printed, and every run's round trips must agree.
    let digests: PersonDigest[] = [];
    const dueTimes: number[] = [];
    const roundTripCounts = new Set<number>();
    let roundTrips = 0;
    for (let run = 0; run <= dueRuns; run++) {
      const counter = createRequestCounter();
      const counted = createSp({ siteUrl: url, getToken: () => unsignedToken(admin), counter });
      const started = performance.now();
      const collector = new DigestCollector();
      for await (const page of loadDuePages(
        counted,
        dueWindow(runDate, DEFAULT_REMINDER_SETTINGS),
      ) as AsyncIterable<DuePage>)
        collector.add(
          remindersOn(page, runDate, DEFAULT_REMINDER_SETTINGS, DEFAULT_FOLLOW_UP_CALENDAR),
          awaitingAgreementOf(page),
        );
      digests = collector.digests();
      if (run > 0) dueTimes.push(performance.now() - started);
      roundTrips = counter.count;
      roundTripCounts.add(roundTrips);
    }
    if (roundTripCounts.size !== 1)
      throw new Error(`round trips differ between runs: ${[...roundTripCounts].join(", ")}`);
    dueTimes.sort((a, b) => a - b);
    const dueMs = dueTimes[Math.floor(dueTimes.length / 2)] ?? Number.NaN;
    const dueMsMax = dueTimes[dueTimes.length - 1] ?? Number.NaN;
    const dueItems = digests.reduce((n, d) => n + d.reminders.length, 0);
    log(
      `due: ${digests.length} people, ${dueItems} reminders in ${Math.round(dueMs)} ms (median of ${dueRuns}, slowest ${Math.round(dueMsMax)}), ${roundTrips} round trips`,
    );

    // Delivery: the first N people with something due have installed the app (rows written a $batch at a time);
    // the bench's earlier cards and conversations are cleared first, so every bench run delivers anew.
    const all = process.argv.includes("--all");
    const cardsArg = process.argv.indexOf("--cards");
    const wanted = all
      ? digests.length
      : Math.min(digests.length, Number(cardsArg > 0 ? process.argv[cardsArg + 1] : 1500));
    const connector = await startLocalConnector();
    const installed = digests.slice(0, wanted).map((d) => d.personId);
    for (const title of [reminderLedgerList.title, conversationReferencesList.title])
      await clearList(sp, title);
    for (let i = 0; i < installed.length; i += 100) {
      const [batched, execute] = sp.batched({ maxRequests: 100 });
      const adds = installed.slice(i, i + 100).map((personId) =>
        batched.web.lists.getByTitle(conversationReferencesList.title).items.add({
          Title: personId,
          Key: personId,
          ConversationId: `a:1-${personId}`,
          ServiceUrl: connector.serviceUrl,
          TenantId: "00000000-0000-0000-0000-000000000001",
          BotId: "28:malkedjan-bot",
          UserAadObjectId: "00000000-0000-0000-0000-0000000000aa",
          InstalledAt: new Date().toISOString(),
        }),
      );
      await execute();
      await Promise.all(adds);
    }
    const names = new Map(data.person.map((p) => [p.id, p.name]));
    log(`delivering ${installed.length} cards through the run (ledger, lease, the bot's card) …`);
    const report = await runReminders(
      {
        loadPages: (range) => loadDuePages(sp, range),
        ledger: new SharePointReminderLedger(sp),
        lease: new SharePointRunLease(sp, "bench-reminders"),
        conversations: new SharePointConversationReferences(sp),
        notifier: new ConnectorNotifier(),
        cardFor: reminderCards({
          nameOf: (id) => names.get(id),
          tabLink: { origin: "http://127.0.0.1:3978" },
          runDate,
        }),
        now: () => new Date(),
      },
      {
        settings: DEFAULT_REMINDER_SETTINGS,
        calendar: DEFAULT_FOLLOW_UP_CALENDAR,
        instance: "bench",
        leaseMs: 60_000,
        runDate,
        ignoreWorkingHours: true,
      },
    );
    const times = connector.captured.map((m) => m.at);
    const spanS = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : Number.NaN;
    const peak = connector.peakPerSecond();
    await connector.close();
    console.log(
      JSON.stringify({
        staff: data.person.length,
        people: digests.length,
        dueItems,
        dueMs: Math.round(dueMs),
        dueMsMax: Math.round(dueMsMax),
        dueRuns,
        roundTrips,
        cards: connector.captured.length,
        cardsPerSecond: Math.round(((connector.captured.length - 1) / spanS) * 10) / 10,
        peakPerSecond: peak.app,
        limitRejections: connector.stats.limitRejections,
        duplicates: connector.stats.duplicates,
        runStatus: report.status,
      }),
    );
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
