import type { KoladaFigure, Measurement, MissingDataReason } from "../domain";
import type { KoladaEntry } from "./response";

/**
 * Why Kolada has no value, from its `status` text (Swedish or English, any case). Kolada's statuses are not
 * a closed list; anything unknown, or none at all, is "not collected".
 */
export function reasonOf(status: string | null | undefined): MissingDataReason {
  const s = (status ?? "").toLowerCase();
  if (/sekretess|suppress|confiden|mask|röj/.test(s)) return "suppressed";
  if (/ej relevant|ej tillämplig|not applicable|irrelevant/.test(s)) return "not-applicable";
  if (/ej publicerad|inte publicerad|not (yet )?published|prelimin|pending|kommer/.test(s))
    return "not-yet-published";
  return "not-collected";
}

/**
 * One period's values as a measurement: gender T is the total, K kvinnor, M män. A `null` total is a
 * missing measurement with its reason, never a zero; a null K or M leaves that part out.
 */
export function measurementOf(values: KoladaEntry["values"]): Measurement {
  const of = (gender: "T" | "K" | "M") => values.find((v) => v.gender === gender);
  const total = of("T");
  if (total === undefined) return { kind: "missing", reason: "not-collected" };
  if (total.value === null) return { kind: "missing", reason: reasonOf(total.status) };
  const women = of("K")?.value ?? undefined;
  const men = of("M")?.value ?? undefined;
  return {
    kind: "value",
    total: total.value,
    ...(women === undefined ? {} : { women }),
    ...(men === undefined ? {} : { men }),
  };
}

/** Kolada's entries as figures, one per KPI, municipality and year (a repeat on a later page wins). */
export function figuresOf(entries: readonly KoladaEntry[]): KoladaFigure[] {
  const byKey = new Map<string, KoladaFigure>();
  for (const entry of entries) {
    byKey.set(`${entry.kpi}|${entry.municipality}|${entry.period}`, {
      kpi: entry.kpi,
      municipality: entry.municipality,
      year: entry.period,
      measurement: measurementOf(entry.values),
    });
  }
  return [...byKey.values()];
}
