import type { Clock } from "../../../domain";

const stockholmDate = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The real clock; "today" is the calendar day in Stockholm, whatever the browser's time zone. */
export const browserClock: Clock = {
  now: () => new Date(),
  // sv-SE formats as YYYY-MM-DD.
  today: () => stockholmDate.format(new Date()),
};
