import { teamApiPaths, teamOverviewSchema, type TeamOverviewAnswer } from "../../contracts/teamApi";
import type { ApiConnection } from "./sendJson";
import { errorFromResponse } from "./errorFromProblem";
import { fetchWithToken } from "./fetchWithToken";

/**
 * What the tab asks the server about a team beyond what the person may read themselves: the units below a
 * unit they lead, in numbers only (counted by the app). Rejects with the domain's errors rebuilt from the
 * server's problem (ForbiddenError for someone who is not the unit's chef, NotFoundError, …).
 */
export interface TeamReads {
  overview(unitId: string, year: number): Promise<TeamOverviewAnswer>;
}

export function createTeamApiClient(connection: ApiConnection): TeamReads {
  return {
    overview: async (unitId, year) => {
      const response = await fetchWithToken(
        new URL(teamApiPaths.overview(unitId, year), connection.origin),
        { headers: { Accept: "application/json" } },
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, { kind: "org-unit", id: unitId });
      return teamOverviewSchema.parse(await response.json());
    },
  };
}
