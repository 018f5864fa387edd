import type { IsoDate } from "../domain";
import { swedishHolidays } from "./holidays";
import type { ReminderSettings } from "./settings";

type WorkingHours = Pick<
  ReminderSettings,
  "workDays" | "fromHour" | "toHour" | "timeZone" | "publicHolidays"
>;

interface LocalTime {
  readonly date: IsoDate;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly minutes: number;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock date, weekday and minute of an instant in a time zone (summer time included). */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant))
    parts[p.type] = p.value;
  return {
    date: `${parts.year ?? ""}-${parts.month ?? ""}-${parts.day ?? ""}`,
    weekday: weekdays[parts.weekday ?? ""] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** True on a working day (not a Swedish holiday or eve, when so configured), from `fromHour` to before `toHour`. */
export function isWorkingTime(instant: Date, hours: WorkingHours): boolean {
  const local = localTime(instant, hours.timeZone);
  if (!hours.workDays.includes(local.weekday)) return false;
  if (hours.publicHolidays && swedishHolidays(Number(local.date.slice(0, 4))).has(local.date)) return false;
  return local.minutes >= hours.fromHour * 60 && local.minutes < hours.toHour * 60;
}
