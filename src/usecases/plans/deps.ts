import type { Clock, PlanStore } from "../../domain";

/** What the planning use cases run on: the plan store (written with the app's identity) and the clock. */
export interface PlanUseCaseDeps {
  readonly plans: PlanStore;
  readonly clock: Clock;
}
