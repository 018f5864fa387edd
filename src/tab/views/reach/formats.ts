import type { Locale } from "../../app";

/** Numbers, shares and instants the way the reader's language writes them (sv: "62 %", "3 december 2026 14:05"). */
export interface ReachFormats {
  readonly number: (n: number) => string;
  readonly percent: (share: number) => string;
  readonly instant: (iso: string) => string;
}

export function reachFormats(locale: Locale): ReachFormats {
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const numbers = new Intl.NumberFormat(tag);
  const percents = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const instants = new Intl.DateTimeFormat(tag, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  });
  return {
    number: (n) => numbers.format(n),
    percent: (share) => percents.format(share),
    instant: (iso) => {
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : instants.format(at);
    },
  };
}
