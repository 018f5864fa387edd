import type { SPFI } from "@pnp/sp";
import type { ChainView, DateRange, DuePage, MyGoalsView, SteeringQueries, TeamView } from "../../domain";
import { loadChain } from "./chainView";
import { loadDuePages } from "./duePages";
import { loadMyGoals } from "./myGoalsView";
import { loadTeam } from "./teamView";

export { SharePointOrgDirectory } from "./directory";

/** The read side over SharePoint: each view in a fixed number of batched round trips. */
export class SharePointSteeringQueries implements SteeringQueries {
  constructor(private readonly sp: SPFI) {}

  myGoals(personId: string, year: number): Promise<MyGoalsView> {
    return loadMyGoals(this.sp, personId, year);
  }

  team(chefId: string, unitId: string, year: number): Promise<TeamView> {
    return loadTeam(this.sp, chefId, unitId, year);
  }

  chain(administrationUnitId: string, year: number): Promise<ChainView> {
    return loadChain(this.sp, administrationUnitId, year);
  }

  dueBetween(range: DateRange): AsyncIterable<DuePage> {
    return loadDuePages(this.sp, range);
  }
}
export { SharePointGoalReader } from "./goalReader";
