import type { Clock, GoalStore, KfReportSource, TeamLineSource } from "../../domain";
import type { CallerVerifier } from "../auth/callerVerifier";
import type { ApiRoutes } from "../http/api";
import { goalRoutes } from "./goalRoutes";
import { reportRoutes } from "./reportRoutes";
import { teamRoutes } from "./teamRoutes";

export interface ApiDeps {
  /** The stores, written and read with the app's own identity; undefined while the site is not ready (503). */
  readonly goals: () => GoalStore | undefined;
  readonly line: () => TeamLineSource | undefined;
  readonly clock: Clock;
  /** The report back to KF: the plans read with the app's identity, and the municipality's name. */
  readonly reports?: { readonly source: () => KfReportSource | undefined; readonly municipality: string };
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
    // The report back to KF, plan-level data only (public), for any verified caller.
    if (deps.reports !== undefined)
      router.use(
        reportRoutes({ ...deps, reports: deps.reports.source, municipality: deps.reports.municipality }),
      );
  };
}
