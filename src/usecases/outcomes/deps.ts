import type { Clock, OutcomeStore } from "../../domain";

/** What the outcome use cases run on: the outcome store (written with the app's identity) and the clock. */
export interface OutcomeUseCaseDeps {
  readonly outcomes: OutcomeStore;
  readonly clock: Clock;
}
