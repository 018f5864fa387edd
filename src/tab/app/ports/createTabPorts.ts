import { RefreshTokenOnUnauthorized } from "../../../sharepoint/pnp/behaviors";
import { createSp } from "../../../sharepoint/pnp/createSp";
import {
  SharePointGoalReader,
  SharePointIndicatorQueries,
  SharePointOrgDirectory,
  SharePointPlanDeskQueries,
  SharePointSteeringQueries,
} from "../../../sharepoint/queries";
import { createGoalApiClient } from "../../api/goalApiClient";
import { createReportApiClient } from "../../api/reportApiClient";
import { createPlanFollowUpClient } from "../../api/planFollowUpApiClient";
import { createPlanApiClient } from "../../api/planApiClient";
import { createKfLevelApiClient } from "../../api/kfLevelApiClient";
import { createOutcomeApiClient } from "../../api/outcomeApiClient";
import { createReachApiClient } from "../../api/reachApiClient";
import { createTeamApiClient } from "../../api/teamApiClient";
import { browserClock } from "./browserClock";
import type { PortsFactory } from "./tabPorts";

/**
 * Reads through one PnPjs root carrying the person's token, so the site (local or SharePoint Online) applies
 * that person's permissions; writes through the server's API with the same person's token for the API.
 */
export const createTabPorts: PortsFactory = ({ siteUrl, apiOrigin, getSiteToken, getApiToken }) => {
  // A 401 from the site gets one fresh token and one more try (see RefreshTokenOnUnauthorized).
  const sp = createSp({ siteUrl, getToken: () => getSiteToken() }).using(
    RefreshTokenOnUnauthorized((options) => getSiteToken(options)),
  );
  return {
    queries: new SharePointSteeringQueries(sp),
    indicators: new SharePointIndicatorQueries(sp),
    directory: new SharePointOrgDirectory(sp),
    goals: new SharePointGoalReader(sp),
    commands: createGoalApiClient({ origin: apiOrigin, getToken: getApiToken }),
    teams: createTeamApiClient({ origin: apiOrigin, getToken: getApiToken }),
    reports: createReportApiClient({ origin: apiOrigin, getToken: getApiToken }),
    planFollowUps: createPlanFollowUpClient({ origin: apiOrigin, getToken: getApiToken }),
    planDesk: new SharePointPlanDeskQueries(sp),
    plans: createPlanApiClient({ origin: apiOrigin, getToken: getApiToken }),
    kfLevel: createKfLevelApiClient({ origin: apiOrigin, getToken: getApiToken }),
    outcomes: createOutcomeApiClient({ origin: apiOrigin, getToken: getApiToken }),
    reach: createReachApiClient({ origin: apiOrigin, getToken: getApiToken }),
    clock: browserClock,
  };
};
