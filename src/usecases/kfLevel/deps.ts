import type { Clock, KfLevelStore } from "../../domain";

/** What the KF level's use cases run on: its store (written with the app's identity) and the clock. */
export interface KfLevelUseCaseDeps {
  readonly kfLevel: KfLevelStore;
  readonly clock: Clock;
}
