import type {
  Clock,
  GoalStore,
  KfReportSource,
  OutcomeStore,
  PlanFollowUpStore,
  PlanStore,
  ReachSource,
  TeamLineSource,
} from "../../domain";
import type { CallerVerifier } from "../auth/callerVerifier";
import type { ApiRoutes } from "../http/api";
import { goalRoutes } from "./goalRoutes";
import { outcomeRoutes } from "./outcomeRoutes";
import { planFollowUpRoutes } from "./planFollowUpRoutes";
import { planRoutes } from "./planRoutes";
import { reachRoutes } from "./reachRoutes";
import { reportRoutes } from "./reportRoutes";
import { teamRoutes } from "./teamRoutes";

export interface ApiDeps {
  /** The stores, written and read with the app's own identity; undefined while the site is not ready (503). */
  readonly goals: () => GoalStore | undefined;
  readonly line: () => TeamLineSource | undefined;
  /** Plans, written with the app's own identity; absent (or undefined) while not ready: 503. */
  readonly plans?: () => PlanStore | undefined;
  /** Indicator outcomes; left out, the routes answer 503. */
  readonly outcomes?: () => OutcomeStore | undefined;
  /** Plan follow-ups and klarmarkeringar (app identity); absent or undefined answers 503. */
  readonly planFollowUps?: () => PlanFollowUpStore | undefined;
  readonly clock: Clock;
  /** The report back to KF: the plans read with the app's identity, and the municipality's name. */
  readonly reports?: { readonly source: () => KfReportSource | undefined; readonly municipality: string };
  /** Reach (räckvidd): every goal of the year read with the app's identity, answered as counts; left out: 503. */
  readonly reach?: () => ReachSource | undefined;
  /** Who calls: unsigned demo tokens locally, verified Entra tokens in production. */
  readonly verifyCaller: CallerVerifier;
}

/** Every route of the API under `/api`, local and production alike; each verifies its caller first. */
export function apiRoutes(deps: ApiDeps): ApiRoutes {
  return (router) => {
    // The write API of the medarbetarsamtal.
    router.use(goalRoutes(deps));
    // The overview of the units below a chef: counts only, read with the same app identity.
    router.use(teamRoutes(deps));
    // The planning API: verksamhetsplan and arbetsplan, their items and their life.
    router.use(planRoutes({ ...deps, plans: deps.plans ?? (() => undefined) }));
    // The report back to KF, plan-level data only (public), for any verified caller.
    if (deps.reports !== undefined)
      router.use(
        reportRoutes({ ...deps, reports: deps.reports.source, municipality: deps.reports.municipality }),
      );
    // Indicator outcomes recorded by planners (Kolada's come from npm run import-kolada).
    router.use(outcomeRoutes({ ...deps, outcomes: deps.outcomes ?? (() => undefined) }));
    // Reach (räckvidd): counts per group for planners and chefs, small groups suppressed.
    router.use(
      reachRoutes({
        ...deps,
        reach: deps.reach ?? (() => undefined),
        municipality: deps.reports?.municipality ?? "Kommunen",
      }),
    );
    // Follow-up of the plans per period, klarmarkering and the overview of units not finished.
    router.use(planFollowUpRoutes(deps));
  };
}
