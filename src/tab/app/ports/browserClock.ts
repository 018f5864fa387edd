import { municipalDate, type Clock } from "../../../domain";

/** The real clock; "today" is the municipal calendar day (Stockholm), whatever the browser's time zone. */
export const browserClock: Clock = {
  now: () => new Date(),
  today: () => municipalDate(new Date()),
};
