import type { Clock, GoalStore, PlanStore, TeamLineSource } from "../../domain";
import type { CallerVerifier } from "../auth/callerVerifier";
import type { ApiRoutes } from "../http/api";
import { goalRoutes } from "./goalRoutes";
import { planRoutes } from "./planRoutes";
import { teamRoutes } from "./teamRoutes";

export interface ApiDeps {
  /** The stores, written and read with the app's own identity; undefined while the site is not ready (503). */
  readonly goals: () => GoalStore | undefined;
  readonly line: () => TeamLineSource | undefined;
  /** Plans, written with the app's own identity; absent (or undefined) while not ready: 503. */
  readonly plans?: () => PlanStore | undefined;
  readonly clock: Clock;
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
  };
}
