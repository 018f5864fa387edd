import type {
  Clock,
  IndicatorQueries,
  IndividualGoal,
  OrgDirectory,
  SteeringQueries,
  Versioned,
} from "../../../domain";
import type { GoalCommands } from "../../api/goalCommands";
import type { ReportReads } from "../../api/reportApiClient";
import type { PlanFollowUpClient } from "../../api/planFollowUpApiClient";
import type { PlanClient } from "../../api/planApiClient";
import type { KfLevelClient } from "../../api/kfLevelApiClient";
import type { OutcomeClient } from "../../api/outcomeApiClient";
import type { ReachReads } from "../../api/reachApiClient";
import type { PlanDeskQueries } from "../../../sharepoint/queries/planDesk";
import type { TeamReads } from "../../api/teamApiClient";

/** One goal with its version, as the reader may see it (NotFoundError for anyone else's). */
export interface GoalReader {
  get(goalId: string): Promise<Versioned<IndividualGoal>>;
}

/**
 * The ports as the tab uses them. Reads go straight to SharePoint with the person's own token (trimmed to
 * what they may see); every change is a command to the server's API, which checks the rules and writes.
 * Views reach data only through these.
 */
export interface TabPorts {
  readonly queries: SteeringQueries;
  /** One indicator with its etappmål and outcomes (the indicator view). */
  readonly indicators: IndicatorQueries;
  readonly directory: OrgDirectory;
  readonly goals: GoalReader;
  readonly commands: GoalCommands;
  /** The server's counts for the units below a unit the person leads (Mitt team). */
  readonly teams: TeamReads;
  /** The server's report back to KF (Rapport till KF), to show and to download. */
  readonly reports: ReportReads;
  /** Plan follow-up per period: read and recorded through the server (Uppföljning). */
  readonly planFollowUps: PlanFollowUpClient;
  /** One unit's plans for a year with their versions, read with the person's own token (Planering). */
  readonly planDesk: PlanDeskQueries;
  /** Plan writes through the server's planning API (Planering). */
  readonly plans: PlanClient;
  /** The KF level (vision, programförklaring, målområden, KF indicators) through the server (Mål och budget). */
  readonly kfLevel: KfLevelClient;
  /** Indicator outcomes recorded and corrected by hand through the server's outcome API (the indicator view). */
  readonly outcomes: OutcomeClient;
  /** The server's counts of how far the chain reaches the staff, per group (Räckvidd). */
  readonly reach: ReachReads;
  readonly clock: Clock;
}

/** A token for one resource; `forceRefresh` skips the cache after the resource answered 401. */
export type TokenGetter = (options?: { readonly forceRefresh?: boolean }) => Promise<string>;

/**
 * Where the ports talk to and as whom: an absolute site URL, the tab's origin, the person's tokens (one for
 * SharePoint's reads, one for the API's writes; locally the same unsigned token) and UPN.
 */
export interface PortsConnection {
  readonly siteUrl: string;
  /** The tab's own origin, where the server's API lives. */
  readonly apiOrigin: string;
  readonly getSiteToken: TokenGetter;
  readonly getApiToken: TokenGetter;
  readonly actorId: string;
}

/** Builds the ports for one connection; the entry passes the data layer's implementation. */
export type PortsFactory = (connection: PortsConnection) => TabPorts;
