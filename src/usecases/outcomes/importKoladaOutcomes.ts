import {
  KOLADA_IMPORT_ACTOR,
  asRecordedFor,
  outcomeKeyOf,
  parseIndicatorOutcome,
  type BoardIndicator,
  type Clock,
  type IndicatorOutcome,
  type IndicatorRef,
  type KfIndicator,
  type KoladaSource,
  type Measurement,
  type OutcomeStore,
  type OutcomeWrite,
  type Versioned,
} from "../../domain";
import { sameValue } from "../shared/sameValue";

export interface KoladaImportDeps {
  readonly outcomes: OutcomeStore;
  readonly kolada: KoladaSource;
  readonly clock: Clock;
}

export interface KoladaImportRequest {
  /** Kolada's municipality code, four digits (`0126` Huddinge). */
  readonly municipality: string;
  readonly years: readonly number[];
  /** KPI ids per request to Kolada (its URL lists them); a failed request fails only its indicators. */
  readonly kpisPerRequest?: number;
}

/** Why an indicator (or one of its periods) was not imported. */
export interface KoladaImportFailure {
  readonly indicator: IndicatorRef;
  /** The indicator's name, for people reading the report. */
  readonly name: string;
  readonly kpi: string;
  readonly period?: string;
  readonly reason: string;
}

/**
 * What one import did, per indicator and year: `imported` new outcomes, `updated` ones Kolada changed,
 * `skipped` ones already stored as Kolada has them; `missing` counts the periods without a value among them
 * (stored as a reason, never a zero) and those Kolada has no figure for at all (nothing stored);
 * `manualKept` the periods where a person's own outcome sits beside Kolada's, untouched.
 */
export interface KoladaImportReport {
  readonly municipality: string;
  readonly years: readonly number[];
  readonly indicators: number;
  readonly imported: number;
  readonly updated: number;
  readonly skipped: number;
  readonly missing: number;
  readonly manualKept: number;
  readonly failed: readonly KoladaImportFailure[];
}

type Indicator = (KfIndicator | BoardIndicator) & { readonly koladaKpiId: string };

const refOfIndicator = (indicator: KfIndicator | BoardIndicator): IndicatorRef =>
  "focusAreaId" in indicator
    ? { kind: "kf-indicator", id: indicator.id }
    : { kind: "board-indicator", id: indicator.id };

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Kolada's figures for every KF and nämnd indicator that carries a KPI id, stored as outcomes of source
 * `kolada` (run as the app's system actor, `KOLADA_IMPORT_ACTOR`, never for a person). An outcome stored as
 * Kolada has it is skipped, a changed one updated at the version read (ETag), so running it again changes
 * nothing; a person's manual outcome for the period has its own key and is never touched. Round trips: one
 * for the indicators, one for their outcomes, one per 100 writes, besides Kolada's own requests.
 */
export async function importKoladaOutcomes(
  deps: KoladaImportDeps,
  request: KoladaImportRequest,
): Promise<KoladaImportReport> {
  const { kf, board } = await deps.outcomes.koladaIndicators();
  const indicators = [...kf, ...board].filter((i): i is Indicator => i.koladaKpiId !== undefined);
  const report = {
    municipality: request.municipality,
    years: [...request.years],
    indicators: indicators.length,
    imported: 0,
    updated: 0,
    skipped: 0,
    missing: 0,
    manualKept: 0,
    failed: [] as KoladaImportFailure[],
  };
  if (indicators.length === 0 || request.years.length === 0) return report;

  const stored = new Map<string, Versioned<IndicatorOutcome>>(
    (await deps.outcomes.outcomesOf(indicators.map(refOfIndicator))).map((o) => [o.value.id, o]),
  );
  const figures = new Map<string, Measurement>();
  const unreachable = new Map<string, string>();
  const kpiIds = [...new Set(indicators.map((i) => i.koladaKpiId))].sort();
  for (const part of chunks(kpiIds, request.kpisPerRequest ?? 25)) {
    try {
      const answer = await deps.kolada.figures({
        kpiIds: part,
        municipality: request.municipality,
        years: request.years,
      });
      for (const figure of answer) {
        if (figure.municipality !== request.municipality) continue;
        figures.set(`${figure.kpi}|${figure.year}`, figure.measurement);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const kpi of part) unreachable.set(kpi, reason);
    }
  }

  const now = deps.clock.now().toISOString();
  const writes: OutcomeWrite[] = [];
  for (const indicator of indicators) {
    const ref = refOfIndicator(indicator);
    const kpi = indicator.koladaKpiId;
    const failure = unreachable.get(kpi);
    if (failure !== undefined) {
      report.failed.push({ indicator: ref, name: indicator.name, kpi, reason: failure });
      continue;
    }
    for (const year of request.years) {
      const period = String(year);
      if (stored.has(outcomeKeyOf(ref, period, "manual"))) report.manualKept += 1;
      const figure = figures.get(`${kpi}|${year}`);
      if (figure === undefined) {
        report.missing += 1;
        continue;
      }
      const measurement = asRecordedFor(figure, indicator);
      if (measurement.kind === "missing") report.missing += 1;
      const id = outcomeKeyOf(ref, period, "kolada");
      const content = {
        id,
        indicator: ref,
        period,
        measurement,
        source: "kolada",
        recordedBy: KOLADA_IMPORT_ACTOR,
      };
      const existing = stored.get(id);
      if (existing !== undefined) {
        const { recordedAt: _at, ...kept } = existing.value;
        if (sameValue(kept, content)) {
          report.skipped += 1;
          continue;
        }
      }
      const parsed = parseIndicatorOutcome({ ...content, recordedAt: now });
      if (!parsed.ok) {
        report.failed.push({
          indicator: ref,
          name: indicator.name,
          kpi,
          period,
          reason: parsed.error.message,
        });
        continue;
      }
      writes.push(
        existing === undefined
          ? { kind: "create", outcome: parsed.value }
          : { kind: "update", outcome: parsed.value, expectedVersion: existing.version },
      );
    }
  }

  const results = await deps.outcomes.writeMany(writes);
  for (const [i, result] of results.entries()) {
    const write = writes[i];
    if (write === undefined) continue;
    if (result.ok) {
      if (write.kind === "create") report.imported += 1;
      else report.updated += 1;
    } else {
      const { indicator, period } = write.outcome;
      const found = indicators.find(
        (x) => x.id === indicator.id && refOfIndicator(x).kind === indicator.kind,
      );
      report.failed.push({
        indicator,
        name: found?.name ?? indicator.id,
        kpi: found?.koladaKpiId ?? "",
        period,
        reason: result.reason,
      });
    }
  }
  return report;
}
