import { z } from "zod";

/** Readable stable key, unique per kind: `kf-1`, `gsn-2026-ni-2`. Letters, digits, `.`, `_`, `:`, `-`. */
export const entityIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "id: bokstäver, siffror, . _ : - (högst 100 tecken)");

/** A person is identified by their UPN, lower case: `anna.larsson@malkedjan.local`. */
export const personIdSchema = z
  .string()
  .regex(/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/, "person-id ska vara ett UPN med gemener");

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date, `YYYY-MM-DD`, no time zone (dates are municipal calendar days). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "datum ska skrivas ÅÅÅÅ-MM-DD")
  .refine(isRealDate, "datumet finns inte");

/** An instant, ISO 8601 in UTC or with offset: `2026-03-12T09:30:00Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const yearSchema = z.number().int().min(2000).max(2100);

/**
 * A follow-up period: either a calendar period `YYYY-<key>` (`2026-tertial1`, `2026-delar`, `2026-helar`;
 * keys come from the organisation's FollowUpCalendar) or, for individual goals, the agreed follow-up date
 * itself `YYYY-MM-DD`. Indicator outcomes may also use a bare year `YYYY`.
 */
export const periodIdSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2}|-[a-z][a-z0-9]*)?$/, "period ska vara ÅÅÅÅ, ÅÅÅÅ-nyckel eller ÅÅÅÅ-MM-DD");

export const nonEmptyTextSchema = z.string().trim().min(1, "får inte vara tom");

export type EntityId = z.infer<typeof entityIdSchema>;
export type PersonId = z.infer<typeof personIdSchema>;
export type IsoDate = z.infer<typeof isoDateSchema>;
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;
export type PeriodId = z.infer<typeof periodIdSchema>;
