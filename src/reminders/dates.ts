import type { IsoDate } from "../domain";

/** Calendar arithmetic on ISO dates (UTC midnight, so no time zone or summer time enters). */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
