export type {
  KfReport,
  ReportAssignment,
  ReportKfIndicator,
  ReportStatus as ReportStatusWire,
  TrendPoint,
} from "../../../contracts/kfReport";

/** A baseline or target as the report carries it. */
export interface YearValueWire {
  readonly value: number;
  readonly year: number;
}
