import type { JWTVerifyGetKey } from "jose";
import type { ProductionServerConfig } from "../../config/schema";
import type { Clock } from "../domain";
import { botRoutes } from "../bot";
import { createSp, type SiteConnection } from "../sharepoint/pnp/createSp";
import { SharePointConversationReferences } from "../sharepoint/stores/conversationReferences";
import { SharePointGoalStore } from "../sharepoint/stores/goalStore";
import { SharePointOutcomeStore } from "../sharepoint/stores/outcomeStore";
import { SharePointSignedInPeople } from "../sharepoint/stores/signedInPeople";
import { SharePointPlanStore } from "../sharepoint/stores/planStore";
import { SharePointTeamLine } from "../sharepoint/stores/teamLine";
import { SharePointKfReportSource, SharePointReachSource } from "../sharepoint/queries";
import { municipalityFromEnvironment } from "../report";
import { SharePointPlanFollowUps } from "../sharepoint/stores/planFollowUps";
import { apiRoutes } from "./api/apiRoutes";
import type { AppServerParts } from "./appServer";
import { entraCallers } from "./auth/entraCallers";
import { entraTokenVerifier } from "./auth/entraToken";
import { cachedPeople } from "./auth/peopleCache";
import { serverClock } from "./clock";

export interface ProductionDeps {
  /** The site as the app's own identity (certificate, client credentials): `appSiteConnection(config)`. */
  readonly site: SiteConnection;
  /** The tenant's signing keys; Entra's published key set unless a test gives its own. */
  readonly keys?: JWTVerifyGetKey;
  readonly clock?: Clock;
  readonly favicon?: string;
  /** The municipality named on the report back to KF; MUNICIPALITY_NAME from the environment when absent. */
  readonly municipality?: string;
}

/**
 * The production app: no local site, no person picker and no directory of people; every API route verifies
 * an Entra access token and finds the caller in the organisation, and writes with the app's own identity.
 * An unsigned token (the local mode's kind) is refused everywhere (401).
 */
export function productionParts(config: ProductionServerConfig, deps: ProductionDeps): AppServerParts {
  const clock = deps.clock ?? serverClock;
  const sp = createSp(deps.site);
  const goals = new SharePointGoalStore(sp);
  const line = new SharePointTeamLine(sp);
  const plans = new SharePointPlanStore(sp);
  const reports = new SharePointKfReportSource(sp);
  const reach = new SharePointReachSource(sp);
  const outcomes = new SharePointOutcomeStore(sp);
  const planFollowUps = new SharePointPlanFollowUps(sp);
  const people = cachedPeople(new SharePointSignedInPeople(sp));
  const references = new SharePointConversationReferences(sp);
  const verifyCaller = entraCallers({
    verifyToken: entraTokenVerifier({
      tenantId: config.entra.tenantId,
      clientId: config.entra.clientId,
      publicOrigin: config.publicOrigin,
      ...(deps.keys === undefined ? {} : { keys: deps.keys }),
    }),
    people,
    clock,
  });
  // The bot verifies Bot Framework tokens for its own app id; without one configured it refuses everything.
  const bot = botRoutes(
    {
      goals: () => goals,
      references: () => references,
      personByObjectId: (objectId) => people.byObjectId(objectId),
      clock,
      tabLink: () =>
        config.teamsAppId === undefined ? { origin: config.publicOrigin } : { teamsAppId: config.teamsAppId },
      log: (message) => console.warn(message),
    },
    config.botAppId === undefined
      ? { mode: "unconfigured" }
      : { mode: "production", botAppId: config.botAppId, tenantId: config.entra.tenantId },
  );
  return {
    api: apiRoutes({
      goals: () => goals,
      line: () => line,
      outcomes: () => outcomes,
      reports: {
        source: () => reports,
        municipality: deps.municipality ?? municipalityFromEnvironment(process.env),
      },
      planFollowUps: () => planFollowUps,
      plans: () => plans,
      reach: () => reach,
      clock,
      verifyCaller,
    }),
    bot,
    tabDir: config.tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    ...(deps.favicon === undefined ? {} : { favicon: deps.favicon }),
  };
}
