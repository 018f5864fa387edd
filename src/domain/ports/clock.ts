import type { IsoDate } from "../model/primitives";

/** Time, injected so rules and tests never read the system clock. */
export interface Clock {
  now(): Date;
  /** Today's calendar date in the municipality's time zone (Europe/Stockholm). */
  today(): IsoDate;
}
