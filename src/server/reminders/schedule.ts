import type { SPFI } from "@pnp/sp";
import { environmentWithFile, loadServerConfig } from "../../../config";
import type { TabLinkTarget } from "../../cards";
import { ConnectorNotifier, noBotToken, type BotToken } from "../../reminders/connectorNotifier";
import { settingsFromEnvironment } from "../../reminders/settings";
import { botConnectorToken } from "../identity/botConnectorToken";
import { runRemindersOnSite } from "./reminderRun";

type Env = Readonly<Record<string, string | undefined>>;

/** The Bot Connector token in production (the app's certificate, our validated settings); none locally. */
export function botTokenFor(env: Env, root: string = process.cwd()): BotToken {
  if (env.MALKEDJAN_ENV !== "production") return noBotToken;
  const config = loadServerConfig(environmentWithFile(env, root), root);
  if (config.environment !== "production") return noBotToken;
  return botConnectorToken(config);
}

/**
 * The in-process reminder schedule of `npm start`: a run every REMINDER_SCHEDULE_MINUTES (15 by default; 0
 * turns it off). Each run checks working hours itself and takes the lease, so any number of instances may
 * run the schedule: at most one sends at a time, and the ledger keeps every reminder to one card. A tick
 * while the previous run still goes is skipped. Returns a stop function.
 */
export function startReminderSchedule(sp: SPFI, tabLink: TabLinkTarget, env: Env = process.env): () => void {
  const minutes = Number(env.REMINDER_SCHEDULE_MINUTES ?? 15);
  if (!Number.isFinite(minutes) || minutes <= 0) return () => undefined;
  const settings = settingsFromEnvironment(env);
  const notifier = new ConnectorNotifier(botTokenFor(env));
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    runRemindersOnSite({ sp, settings, tabLink, notifier })
      .then((report) => {
        if (report.status !== "outside-working-hours")
          console.log(`Målkedjan reminders: ${JSON.stringify(report)}`);
      })
      .catch((error: unknown) => {
        console.error(
          `Målkedjan reminders: the run failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
