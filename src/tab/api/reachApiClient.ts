import { reachApiPaths, reachReportSchema, type ReachReport } from "../../contracts/reachApi";
import type { ApiConnection } from "./sendJson";
import { errorFromResponse } from "./errorFromProblem";
import { fetchWithToken } from "./fetchWithToken";
import { fileNameOf, type ReportDownload } from "./reportApiClient";

/**
 * Räckvidd: the server's counts per group of how far the chain reaches the staff (computed with the app's
 * identity, never a name), to show and as an Excel file. A person who may see no group gets ForbiddenError.
 */
export interface ReachReads {
  report(year: number): Promise<ReachReport>;
  excel(year: number): Promise<ReportDownload>;
}

const yearQuery = (path: string, year: number, origin: string): URL => {
  const url = new URL(path, origin);
  url.searchParams.set("ar", String(year));
  return url;
};

export function createReachApiClient(connection: ApiConnection): ReachReads {
  const subject = { kind: "org-unit", id: "" } as const;
  return {
    report: async (year) => {
      const response = await fetchWithToken(
        yearQuery(reachApiPaths.report, year, connection.origin),
        { headers: { Accept: "application/json" } },
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, subject);
      return reachReportSchema.parse(await response.json());
    },
    excel: async (year) => {
      const response = await fetchWithToken(
        yearQuery(reachApiPaths.excel, year, connection.origin),
        {},
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, subject);
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get("content-disposition"), `Räckvidd ${year}.xlsx`),
      };
    },
  };
}
