/**
 * Calendar days as people in Sweden write them (`ÅÅÅÅ-MM-DD`) and as the date picker holds them (a local
 * Date at midnight). Strict: `2026-2-3`, `61216-01-01` and `2026-02-30` are not dates.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** The local Date of a `YYYY-MM-DD` day, or undefined when the text is not a real day. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DAY.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}

export const dateOfIso = parseIsoDate;

/** `YYYY-MM-DD` of a local Date. */
export function isoOfDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `text` is a real day written `YYYY-MM-DD`. */
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== undefined;
