import { z } from "zod";

/**
 * When reminders go out, all configurable (environment variables in `settingsFromEnvironment`):
 * - a follow-up is announced `daysBefore` days before its date and again on the day;
 * - an individual goal still not followed up `escalateAfterDays` after its date goes to the chef;
 * - a reminder whose day fell on a weekend, a holiday or an outage is still sent for `catchUpDays` days;
 * - cards go out only in working hours: `workDays` (ISO weekdays, 1 = Monday) from `fromHour` to `toHour` in
 *   `timeZone`, and (with `publicHolidays`) not on Swedish public holidays and their eves.
 */
export const reminderSettingsSchema = z.strictObject({
  daysBefore: z.number().int().min(0).max(60),
  escalateAfterDays: z.number().int().min(1).max(120),
  catchUpDays: z.number().int().min(1).max(30),
  workDays: z.array(z.number().int().min(1).max(7)).min(1),
  fromHour: z.number().int().min(0).max(23),
  toHour: z.number().int().min(1).max(24),
  timeZone: z.string().min(1),
  publicHolidays: z.boolean(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  daysBefore: 7,
  escalateAfterDays: 14,
  catchUpDays: 7,
  workDays: [1, 2, 3, 4, 5],
  fromHour: 8,
  toHour: 17,
  timeZone: "Europe/Stockholm",
  publicHolidays: true,
};

type Env = Readonly<Record<string, string | undefined>>;

const numberFrom = (value: string | undefined, fallback: number): number =>
  value === undefined || value === "" ? fallback : Number(value);

/**
 * REMINDER_DAYS_BEFORE, REMINDER_ESCALATE_AFTER_DAYS, REMINDER_CATCH_UP_DAYS, REMINDER_WORK_DAYS ("1-5" or
 * "1,2,3"), REMINDER_HOURS ("8-17"), REMINDER_TIME_ZONE, REMINDER_PUBLIC_HOLIDAYS ("false" sends on them).
 * A bad value stops with the variable's name.
 */
export function settingsFromEnvironment(env: Env): ReminderSettings {
  const d = DEFAULT_REMINDER_SETTINGS;
  const days = env.REMINDER_WORK_DAYS;
  const workDays =
    days === undefined || days === ""
      ? d.workDays
      : /^\d-\d$/.test(days)
        ? range(Number(days[0]), Number(days[2]))
        : days.split(",").map(Number);
  const hours = env.REMINDER_HOURS;
  const [fromHour, toHour] =
    hours === undefined || hours === "" ? [d.fromHour, d.toHour] : hours.split("-").map(Number);
  const parsed = reminderSettingsSchema.safeParse({
    daysBefore: numberFrom(env.REMINDER_DAYS_BEFORE, d.daysBefore),
    escalateAfterDays: numberFrom(env.REMINDER_ESCALATE_AFTER_DAYS, d.escalateAfterDays),
    catchUpDays: numberFrom(env.REMINDER_CATCH_UP_DAYS, d.catchUpDays),
    workDays,
    fromHour,
    toHour,
    timeZone: env.REMINDER_TIME_ZONE ?? d.timeZone,
    publicHolidays: env.REMINDER_PUBLIC_HOLIDAYS !== "false",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Reminder settings: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim());
  }
  if (parsed.data.fromHour >= parsed.data.toHour)
    throw new Error("Reminder settings: REMINDER_HOURS must start before it ends, e.g. 8-17");
  return parsed.data;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
