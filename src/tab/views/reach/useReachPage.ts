import { useCallback, useState } from "react";
import type { ReachReport } from "../../../contracts/reachApi";
import { useNavigate, usePorts, useRoute } from "../../app";
import { useLoad, type LoadState } from "../../hooks";
import { saveDownload } from "../shared";

/** The Excel export: under way, done (with the file's name) or failed. */
export type ExportState =
  | { readonly status: "idle" }
  | { readonly status: "exporting" }
  | { readonly status: "done"; readonly fileName: string }
  | { readonly status: "failed" };

export interface ReachPageState {
  readonly year: number;
  readonly years: readonly number[];
  /** The group asked for in the URL (a unit id, "" for the whole municipality); undefined = the top one. */
  readonly enhet: string | undefined;
  readonly setYear: (year: number) => void;
  readonly setGroup: (key: string) => void;
  readonly state: LoadState<ReachReport>;
  readonly reload: () => void;
  readonly exported: ExportState;
  /** Fetches the Excel file with the person's token and hands it to the browser. */
  readonly exportExcel: (from: HTMLElement) => Promise<void>;
}

/**
 * Räckvidd: year and group live in the URL (`#/rackvidd?ar=…&enhet=…`); the whole report (every group the
 * person may see) is one call to the server, so changing group reads nothing again.
 */
export function useReachPage(): ReachPageState {
  const route = useRoute();
  const navigate = useNavigate();
  const { clock, reach } = usePorts();
  const thisYear = Number(clock.today().slice(0, 4));
  const requested = route.view === "rackvidd" ? route : undefined;
  const year = requested?.ar !== undefined && /^\d{4}$/.test(requested.ar) ? Number(requested.ar) : thisYear;
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, year])].sort((a, b) => a - b);
  const enhet = requested?.enhet;
  const loaded = useLoad(`reach|${year}`, () => reach.report(year));
  const [exported, setExported] = useState<ExportState>({ status: "idle" });

  const setYear = useCallback(
    (next: number) =>
      navigate({ view: "rackvidd", ar: String(next), ...(enhet === undefined ? {} : { enhet }) }),
    [navigate, enhet],
  );
  const setGroup = useCallback(
    (key: string) => navigate({ view: "rackvidd", ar: String(year), ...(key === "" ? {} : { enhet: key }) }),
    [navigate, year],
  );
  const exportExcel = useCallback(
    async (from: HTMLElement) => {
      setExported({ status: "exporting" });
      try {
        const file = await reach.excel(year);
        saveDownload(file, from);
        setExported({ status: "done", fileName: file.fileName });
      } catch {
        setExported({ status: "failed" });
      }
    },
    [reach, year],
  );
  return {
    year,
    years,
    enhet,
    setYear,
    setGroup,
    state: loaded.state,
    reload: loaded.reload,
    exported,
    exportExcel,
  };
}
