import type { IsoDate } from "../domain";

/**
 * Swedish public holidays (allmänna helgdagar) and the eves most workplaces close on (julafton, nyårsafton,
 * midsommarafton): days a reminder should not arrive. Easter by the anonymous Gregorian algorithm.
 */
export function swedishHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year);
  const plus = (days: number): IsoDate => isoDate(new Date(easter.getTime() + days * 86_400_000));
  const fixed = ["01-01", "01-06", "05-01", "06-06", "12-24", "12-25", "12-26", "12-31"].map(
    (md) => `${year}-${md}`,
  );
  // Midsommarafton is the Friday 19–25 June; midsommardagen and alla helgons dag are Saturdays anyway.
  const midsummerEve = [19, 20, 21, 22, 23, 24, 25]
    .map((day) => new Date(Date.UTC(year, 5, day)))
    .find((d) => d.getUTCDay() === 5);
  return new Set([
    ...fixed,
    plus(-2), // långfredagen
    plus(0),
    plus(1), // annandag påsk
    plus(39), // Kristi himmelsfärds dag
    plus(49), // pingstdagen
    ...(midsummerEve === undefined ? [] : [isoDate(midsummerEve)]),
  ]);
}

export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const isoDate = (d: Date): IsoDate => d.toISOString().slice(0, 10);
