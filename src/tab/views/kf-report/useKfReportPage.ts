import { useCallback, useState } from "react";
import type { KfReport } from "../../../contracts/kfReport";
import { useNavigate, usePorts, useRoute } from "../../app";
import { useLoad, type LoadState } from "../../hooks";
import { saveDownload } from "../shared/saveDownload";

export type ReportFormat = "docx" | "xlsx";

/** A download: under way, done (with the file's name) or failed. */
export type DownloadState =
  | { readonly status: "idle" }
  | { readonly status: "downloading"; readonly format: ReportFormat }
  | { readonly status: "done"; readonly fileName: string }
  | { readonly status: "failed"; readonly format: ReportFormat };

export interface KfReportPageState {
  readonly year: number;
  readonly years: readonly number[];
  /** The period key asked for; undefined = the latest passed. */
  readonly period: string | undefined;
  readonly setYear: (year: number) => void;
  readonly setPeriod: (period: string | undefined) => void;
  readonly state: LoadState<KfReport>;
  readonly reload: () => void;
  readonly download: DownloadState;
  /** Fetches the file with the person's token and hands it to the browser as a download. */
  readonly downloadFile: (format: ReportFormat, from: HTMLElement) => Promise<void>;
}

/**
 * Rapport till KF: year and period live in the URL (`#/rapport?ar=…&period=…`); the report is one call to
 * the server, which reads every nämnd's plans with the app's identity.
 */
export function useKfReportPage(): KfReportPageState {
  const route = useRoute();
  const navigate = useNavigate();
  const { clock, reports } = usePorts();
  const thisYear = Number(clock.today().slice(0, 4));
  const requested = route.view === "rapport" ? route : undefined;
  const year = requested?.ar !== undefined && /^\d{4}$/.test(requested.ar) ? Number(requested.ar) : thisYear;
  const period = requested?.period;
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, year])].sort((a, b) => a - b);
  const loaded = useLoad(`kf-report|${year}|${period ?? ""}`, () => reports.kfReport(year, period));
  const [download, setDownload] = useState<DownloadState>({ status: "idle" });

  const setYear = useCallback((next: number) => navigate({ view: "rapport", ar: String(next) }), [navigate]);
  const setPeriod = useCallback(
    (next: string | undefined) =>
      navigate({ view: "rapport", ar: String(year), ...(next === undefined ? {} : { period: next }) }),
    [navigate, year],
  );
  const downloadFile = useCallback(
    async (format: ReportFormat, from: HTMLElement) => {
      setDownload({ status: "downloading", format });
      try {
        const file = await reports.kfReportFile(year, format, period);
        saveDownload(file, from);
        setDownload({ status: "done", fileName: file.fileName });
      } catch {
        setDownload({ status: "failed", format });
      }
    },
    [reports, year, period],
  );
  return {
    year,
    years,
    period,
    setYear,
    setPeriod,
    state: loaded.state,
    reload: loaded.reload,
    download,
    downloadFile,
  };
}
