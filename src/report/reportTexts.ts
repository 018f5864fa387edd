/**
 * The Swedish words and number formats of the report's files (Word and Excel), in one place so both say the
 * same: headings, column headers, status and missing-value wording, "Källa: Kolada".
 */
import {
  FOLLOW_UP_STATUS_TERMS,
  INDICATOR_DIRECTION_TERMS,
  MILESTONE_HORIZON_TERMS,
  MISSING_DATA_TERMS,
  type YearValue,
} from "../domain";
import type { KfReport, ReportStatusCode, TrendPoint } from "../contracts/kfReport";

export const REPORT_TITLE = "Återrapportering till kommunfullmäktige";

export const reportTexts = {
  title: REPORT_TITLE,
  kfIndicators: "Kommunövergripande indikatorer",
  trend: "Utfall",
  translations: "Nämndernas indikatorer, etappmål och status",
  noTranslation: "Ingen nämnd har översatt indikatorn till en egen indikator.",
  noOutcome: "Inga utfall registrerade.",
  boardTrend: "Nämndens utfall",
  assignments: "Uppdrag",
  noAssignments: "Inga uppdrag under målområdet.",
  assignmentsWithoutFocusArea: "Uppdrag utan målområde",
  kolada: "Källa: Kolada",
  columns: {
    period: "Period",
    total: "Totalt",
    women: "Kvinnor",
    men: "Män",
    source: "Källa",
    board: "Nämnd",
    indicator: "Nämndens indikator",
    milestone: "Etappmål",
    targetValue: "Målvärde",
    targetDate: "Måldatum",
    status: "Status",
    value: "Värde",
    comment: "Kommentar",
    administration: "Till förvaltning",
    assignment: "Uppdrag",
    dueDate: "Klart senast",
    decision: "Beslut",
    focusArea: "Målområde",
    kfIndicator: "KF-indikator",
    unit: "Enhet",
    baseline: "Utgångsvärde",
    target: "Målnivå",
    horizon: "Sikt",
    outcome: "Utfall",
    note: "Anmärkning",
  },
} as const;

/** Status in running text: the vocabulary's words, and "ej uppföljd" when no follow-up was recorded. */
export const statusText = (status: ReportStatusCode): string =>
  status === "not-followed-up" ? "Ej uppföljd" : FOLLOW_UP_STATUS_TERMS[status].singular;

export const horizonText = (horizon: keyof typeof MILESTONE_HORIZON_TERMS): string =>
  MILESTONE_HORIZON_TERMS[horizon].singular;

export const directionText = (direction: keyof typeof INDICATOR_DIRECTION_TERMS): string =>
  INDICATOR_DIRECTION_TERMS[direction].singular;

const numberFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

/** `117 900`, `−7,1`: Swedish grouping and decimal comma. */
export const formatNumber = (value: number): string => numberFormat.format(value);

export const formatValue = (value: number, unit: string): string => `${formatNumber(value)} ${unit}`;

export const formatYearValue = (v: YearValue | undefined, unit: string): string =>
  v === undefined ? "–" : `${formatValue(v.value, unit)} (${v.year})`;

/** A missing outcome says so, with its reason: never 0. */
export const missingText = (reason: keyof typeof MISSING_DATA_TERMS): string =>
  `Saknas: ${MISSING_DATA_TERMS[reason].term}`;

export const sourceText = (point: TrendPoint): string => (point.source === "kolada" ? "Kolada" : "Manuellt");

/** `Helår 2026 (31 december 2026)`. */
export const periodText = (report: KfReport): string =>
  `${report.period.label} ${report.year} (${formatDate(report.period.dueDate)})`;

const dateFormat = new Intl.DateTimeFormat("sv-SE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export const formatDate = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/** The file name a nämndsekreterare gets: `Återrapportering till KF 2026 delår.docx`. */
export const reportFileName = (report: KfReport, extension: "docx" | "xlsx"): string =>
  `Återrapportering till KF ${report.year} ${report.period.label.toLowerCase()}.${extension}`;
