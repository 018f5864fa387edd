/**
 * `npm run reminders -- --once [--date YYYY-MM-DD]`: one reminder run (for a cron job or a timer-triggered
 * function) against the local site, or with `MALKEDJAN_ENV=production` as the app identity, the bot's Connector
 * token got with the same certificate (BOT_APP_ID, else the app's client id). Prints one JSON line.
 * Outside working hours it sends nothing (`--now <ISO instant>` to act at another moment, `--ignore-hours`).
 * REMINDER_INSTANCE names this instance (the same name takes its own lease back after a crash),
 * REMINDER_LEASE_MS the lease's term, REMINDER_RETRY_BASE_MS the backoff's base, REMINDER_APP_RATE sends a second (below Teams' 50).
 */
import { parseArgs } from "node:util";
import { ConnectorNotifier } from "../src/reminders/connectorNotifier";
import { botTokenFor } from "../src/server/reminders/schedule";
import { DEFAULT_DELIVERY } from "../src/reminders/deliverCard";
import { DEFAULT_SEND_LIMITS, SendLimiter } from "../src/reminders/rateLimiter";
import { settingsFromEnvironment } from "../src/reminders/settings";
import { connectSiteFromEnvironment } from "../src/server/identity/connectSite";
import { defaultInstance, runRemindersOnSite } from "../src/server/reminders/reminderRun";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      once: { type: "boolean" },
      date: { type: "string" },
      now: { type: "string" },
      "ignore-hours": { type: "boolean" },
      site: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  if (values.once !== true) throw new Error("Say --once (the schedule runs inside npm start)");
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error("--date takes YYYY-MM-DD");
  const fixedNow = values.now === undefined ? undefined : new Date(values.now);
  if (fixedNow !== undefined && Number.isNaN(fixedNow.getTime()))
    throw new Error("--now takes an ISO instant");
  const { sp } = connectSiteFromEnvironment(process.env, values);
  const env = process.env;
  const retryBase = Number(env.REMINDER_RETRY_BASE_MS ?? DEFAULT_DELIVERY.backoff.baseMs);
  const report = await runRemindersOnSite({
    sp,
    settings: settingsFromEnvironment(env),
    tabLink:
      env.TEAMS_APP_ID !== undefined && env.TEAMS_APP_ID !== ""
        ? { teamsAppId: env.TEAMS_APP_ID }
        : { origin: env.PUBLIC_ORIGIN ?? "http://127.0.0.1:3978" },
    notifier: new ConnectorNotifier(botTokenFor(process.env)),
    // A fixed --now still moves on, so the lease and the ledger's times stay real.
    now: fixedNow === undefined ? undefined : offsetClock(fixedNow),
    instance: env.REMINDER_INSTANCE ?? defaultInstance(),
    leaseMs: Number(env.REMINDER_LEASE_MS ?? 60_000),
    overrides: {
      ...(values.date === undefined ? {} : { runDate: values.date }),
      ignoreWorkingHours: values["ignore-hours"] === true,
      delivery: { ...DEFAULT_DELIVERY, backoff: { ...DEFAULT_DELIVERY.backoff, baseMs: retryBase } },
      ...(env.REMINDER_APP_RATE === undefined
        ? {}
        : {
            limiter: new SendLimiter({
              ...DEFAULT_SEND_LIMITS,
              perApp: { rate: Number(env.REMINDER_APP_RATE), burst: 1 },
            }),
          }),
    },
  });
  console.log(JSON.stringify(report));
}

const offsetClock = (start: Date): (() => Date) => {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
