import type { SPFI } from "@pnp/sp";
import type { ChainView, DateRange, DuePage, MyGoalsView, SteeringQueries, TeamView } from "../../domain";
import { loadChain } from "./chainView";
import { loadDuePages } from "./duePages";
import { loadMyGoals } from "./myGoalsView";
import type { SkippedRowReporter } from "./skippedRows";
import { loadTeam } from "./teamView";

export { SharePointOrgDirectory } from "./directory";
export { SharePointIndicatorQueries } from "./indicatorView";
export { loadKfReportData, SharePointKfReportSource } from "./kfReportData";
export { openReach, SharePointReachSource } from "./reachData";
export { logSkippedRow, type SkippedRow, type SkippedRowReporter } from "./skippedRows";

/**
 * The read side over SharePoint: each view in a fixed number of batched round trips. A stored row that
 * cannot be shown never fails a view: it is left out, told to `reportSkipped` (by default a console
 * warning) and counted in the view's `skippedRows`.
 */
export class SharePointSteeringQueries implements SteeringQueries {
  constructor(
    private readonly sp: SPFI,
    private readonly reportSkipped?: SkippedRowReporter,
  ) {}

  myGoals(personId: string, year: number): Promise<MyGoalsView> {
    return loadMyGoals(this.sp, personId, year, this.reportSkipped);
  }

  team(chefId: string, unitId: string, year: number): Promise<TeamView> {
    return loadTeam(this.sp, chefId, unitId, year, this.reportSkipped);
  }

  chain(administrationUnitId: string, year: number): Promise<ChainView> {
    return loadChain(this.sp, administrationUnitId, year, this.reportSkipped);
  }

  dueBetween(range: DateRange): AsyncIterable<DuePage> {
    return loadDuePages(this.sp, range, this.reportSkipped);
  }
}
export { SharePointGoalReader } from "./goalReader";
export { SharePointPlanDeskQueries, type PlanDesk, type PlanDeskQueries } from "./planDesk";
