import type { IndicatorRef } from "../domain";

/** What `describeKoladaImport` reads of an import's report (the use case's `KoladaImportReport`). */
export interface KoladaImportSummary {
  readonly municipality: string;
  readonly years: readonly number[];
  readonly indicators: number;
  readonly imported: number;
  readonly updated: number;
  readonly skipped: number;
  readonly missing: number;
  readonly manualKept: number;
  readonly failed: readonly {
    readonly indicator: IndicatorRef;
    readonly name: string;
    readonly kpi: string;
    readonly period?: string;
    readonly reason: string;
  }[];
}

const yearsText = (years: readonly number[]): string => {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const consecutive = sorted.every((y, i) => i === 0 || y === (sorted[i - 1] ?? y) + 1);
  return first === undefined
    ? "inga år"
    : consecutive && first !== last
      ? `${first}–${last}`
      : sorted.join(", ");
};

/** The report in plain Swedish, a line each, for whoever ran the import. */
export function describeKoladaImport(report: KoladaImportSummary): string[] {
  const lines = [
    `Kolada-import för kommun ${report.municipality}, ${yearsText(report.years)}: ${report.indicators} indikatorer med Kolada-id.`,
    `Nya utfall: ${report.imported}. Ändrade: ${report.updated}. Oförändrade: ${report.skipped}.`,
    `Perioder utan värde i Kolada: ${report.missing} (sparas som saknade, aldrig som noll).`,
  ];
  if (report.manualKept > 0)
    lines.push(`Egna utfall för samma period har lämnats orörda: ${report.manualKept}.`);
  for (const f of report.failed) {
    const period = f.period === undefined ? "" : ` ${f.period}`;
    lines.push(`Misslyckades: ${f.name} (${f.kpi})${period}: ${f.reason}`);
  }
  lines.push(
    report.failed.length === 0
      ? "Klart. Källa: Kolada."
      : `Klart med ${report.failed.length} fel. Källa: Kolada.`,
  );
  return lines;
}
