import type { SPFI } from "@pnp/sp";
import { environmentWithFile } from "../../../config/environmentFile";
import type { LocalServerConfig } from "../../../config/schema";
import type {
  ConversationReferences,
  GoalStore,
  KfReportSource,
  ReachSource,
  OutcomeStore,
  PlanFollowUpStore,
  PlanStore,
  TeamLineSource,
} from "../../domain";
import { municipalityFromEnvironment } from "../../report";
import { SharePointKfReportSource, SharePointReachSource } from "../../sharepoint/queries";
import { createSp } from "../../sharepoint/pnp/createSp";
import { SharePointConversationReferences } from "../../sharepoint/stores/conversationReferences";
import { SharePointGoalStore } from "../../sharepoint/stores/goalStore";
import { SharePointOutcomeStore } from "../../sharepoint/stores/outcomeStore";
import { SharePointPlanStore } from "../../sharepoint/stores/planStore";
import { SharePointSignedInPeople } from "../../sharepoint/stores/signedInPeople";
import { SharePointTeamLine } from "../../sharepoint/stores/teamLine";
import { SharePointPlanFollowUps } from "../../sharepoint/stores/planFollowUps";
import { apiRoutes } from "../api/apiRoutes";
import { createAppServer, listen } from "../appServer";
import { unsignedDemoCallers } from "../auth/callerVerifier";
import { serverClock } from "../clock";
import { localBotRoutes } from "./localBot";
import { createLocalMode } from "./localMode";

export interface RunningLocalServer {
  readonly origin: string;
  readonly port: number;
  /** The site as the app's own identity (for what runs beside the server: the reminder schedule). */
  readonly sp: SPFI;
  readonly close: () => Promise<void>;
}

/**
 * Local mode as `npm start` runs it (main.ts), also started in-process by integration tests: the tab, the
 * API, the bot and the embedded site, provisioned and seeded on first start. Writes (API and bot) go through
 * the use cases with the app's own identity, once the site is ready.
 */
export async function startLocalServer(
  config: LocalServerConfig,
  favicon?: string,
): Promise<RunningLocalServer> {
  const local = createLocalMode(config);
  const ready: {
    goals?: GoalStore;
    line?: TeamLineSource;
    plans?: PlanStore;
    reports?: KfReportSource;
    reach?: ReachSource;
    outcomes?: OutcomeStore;
    planFollowUps?: PlanFollowUpStore;
    references?: ConversationReferences;
    people?: SharePointSignedInPeople;
    origin?: string;
  } = {};
  const server = createAppServer({
    api: apiRoutes({
      goals: () => ready.goals,
      line: () => ready.line,
      plans: () => ready.plans,
      reports: {
        source: () => ready.reports,
        // MUNICIPALITY_NAME from the environment or config/local.env; the demo's name otherwise.
        municipality: municipalityFromEnvironment(environmentWithFile(process.env, process.cwd())),
      },
      outcomes: () => ready.outcomes,
      planFollowUps: () => ready.planFollowUps,
      reach: () => ready.reach,
      clock: serverClock,
      verifyCaller: unsignedDemoCallers,
    }),
    tabDir: config.tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    ...(favicon === undefined ? {} : { favicon }),
    site: local.site,
    people: local.people,
    bot: localBotRoutes({
      goals: () => ready.goals,
      references: () => ready.references,
      people: () => ready.people,
      directory: local.people,
      origin: () => ready.origin ?? "",
      clock: serverClock,
    }),
  });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
  const origin = `http://${shownHost}:${port}`;
  ready.origin = origin;
  const app = createSp(await local.prepare(origin));
  ready.goals = new SharePointGoalStore(app);
  ready.line = new SharePointTeamLine(app);
  ready.plans = new SharePointPlanStore(app);
  ready.reports = new SharePointKfReportSource(app);
  ready.reach = new SharePointReachSource(app);
  ready.outcomes = new SharePointOutcomeStore(app);
  ready.planFollowUps = new SharePointPlanFollowUps(app);
  ready.references = new SharePointConversationReferences(app);
  ready.people = new SharePointSignedInPeople(app);
  return {
    origin,
    port,
    sp: app,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      local.close();
    },
  };
}
