/**
 * The follow-up calendar: the yearly periods when plans, activities, indicators, etappmål and uppdrag are
 * followed up. Default tertial 1 = 30 April, delår = 31 August, helår = 31 December; each organisation
 * may configure its own (validated with `followUpCalendarSchema`).
 */
import { z } from "zod";
import type { IsoDate, PeriodId } from "../model/primitives";
import type { DateRange } from "../ports/views";

/** Day-of-month limits in a non-leap year, so a configured day exists every year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const calendarPeriodSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9]*$/, "nyckel: gemena a–z och siffror"),
    label: z.string().trim().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .refine((p) => p.day <= (DAYS_IN_MONTH[p.month - 1] ?? 0), {
    message: "dagen finns inte varje år",
    path: ["day"],
  });
export type CalendarPeriod = z.infer<typeof calendarPeriodSchema>;

export const followUpCalendarSchema = z.strictObject({
  periods: z
    .array(calendarPeriodSchema)
    .min(1)
    .refine((ps) => new Set(ps.map((p) => p.key)).size === ps.length, "nycklarna ska vara unika")
    .refine(
      (ps) => new Set(ps.map((p) => p.month * 100 + p.day)).size === ps.length,
      "två perioder samma dag",
    ),
});
export type FollowUpCalendar = z.infer<typeof followUpCalendarSchema>;

export const DEFAULT_FOLLOW_UP_CALENDAR: FollowUpCalendar = {
  periods: [
    { key: "tertial1", label: "Tertial 1", month: 4, day: 30 },
    { key: "delar", label: "Delår", month: 8, day: 31 },
    { key: "helar", label: "Helår", month: 12, day: 31 },
  ],
};

/** One period of one year, with the date it falls due. */
export interface DatedPeriod {
  readonly id: PeriodId;
  readonly year: number;
  readonly key: string;
  readonly label: string;
  readonly dueDate: IsoDate;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export const calendarPeriodId = (year: number, key: string): PeriodId => `${year}-${key}`;

/** The periods of one year, in date order. */
export const periodsOfYear = (calendar: FollowUpCalendar, year: number): DatedPeriod[] =>
  calendar.periods
    .map((p) => ({
      id: calendarPeriodId(year, p.key),
      year,
      key: p.key,
      label: p.label,
      dueDate: `${year}-${pad(p.month)}-${pad(p.day)}`,
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));

/** ISO dates compare correctly as strings. */
export const inRange = (date: IsoDate, range: DateRange): boolean => date >= range.from && date <= range.to;

/** Every calendar period whose due date lies in the range. */
export const periodsBetween = (calendar: FollowUpCalendar, range: DateRange): DatedPeriod[] => {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  const out: DatedPeriod[] = [];
  for (let year = first; year <= last; year++) {
    out.push(...periodsOfYear(calendar, year).filter((p) => inRange(p.dueDate, range)));
  }
  return out;
};

/** One formatter per time zone: building one costs far more than using it (reach dates 150,000 follow-ups). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (timeZone: string): Intl.DateTimeFormat => {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  return format;
};

/**
 * The calendar date of an instant in the municipality's time zone: follow-ups fall due on Swedish days,
 * so 23:30 UTC on 30 April is already 1 May. Clock implementations use this for `today()`.
 */
export const municipalDate = (instant: Date, timeZone = "Europe/Stockholm"): IsoDate => {
  const parts = dayFormat(timeZone)
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year ?? ""}-${parts.month ?? ""}-${parts.day ?? ""}`;
};
