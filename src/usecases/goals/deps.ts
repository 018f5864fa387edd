import type { Clock, GoalStore } from "../../domain";

/** What the goal use cases run on: the personal store (written with the app's identity) and the clock. */
export interface GoalUseCaseDeps {
  readonly goals: GoalStore;
  readonly clock: Clock;
}
