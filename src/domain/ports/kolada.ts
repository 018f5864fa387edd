import type { Measurement } from "../model/indicatorOutcome";

/** Which figures to ask Kolada for: KPI ids, one municipality (`0126` Huddinge) and years. */
export interface KoladaRequest {
  readonly kpiIds: readonly string[];
  readonly municipality: string;
  readonly years: readonly number[];
}

/** One KPI's figure for one municipality and year, as the domain keeps it (a null value is a reason). */
export interface KoladaFigure {
  readonly kpi: string;
  readonly municipality: string;
  readonly year: number;
  readonly measurement: Measurement;
}

/**
 * Kolada's open data (CC BY 4.0, "Källa: Kolada"). Rejects with an Error whose message says in Swedish
 * what went wrong (unreachable after retries, a malformed answer), so the import can report it.
 */
export interface KoladaSource {
  figures(request: KoladaRequest): Promise<KoladaFigure[]>;
}
