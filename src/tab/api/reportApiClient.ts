import { kfReportApiPaths, kfReportSchema, type KfReport } from "../../contracts/kfReport";
import type { ApiConnection } from "./sendJson";
import { errorFromResponse } from "./errorFromProblem";
import { fetchWithToken } from "./fetchWithToken";

/** A report file as downloaded: its bytes and the name the server gave it. */
export interface ReportDownload {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * The report back to KF, made by the server from every nämnd's plans (read with the app's identity; plan-level
 * data only): as JSON to show, and as Word or Excel files to download.
 */
export interface ReportReads {
  kfReport(year: number, period?: string): Promise<KfReport>;
  kfReportFile(year: number, format: "docx" | "xlsx", period?: string): Promise<ReportDownload>;
}

/** The Swedish name from `filename*=UTF-8''…` (RFC 5987), else the plain `filename`, else a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed encoding falls back to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}

export function createReportApiClient(connection: ApiConnection): ReportReads {
  const subject = { kind: "focus-area", id: "" } as const;
  return {
    kfReport: async (year, period) => {
      const response = await fetchWithToken(
        new URL(kfReportApiPaths.json(year, period), connection.origin),
        { headers: { Accept: "application/json" } },
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, subject);
      return kfReportSchema.parse(await response.json());
    },
    kfReportFile: async (year, format, period) => {
      const response = await fetchWithToken(
        new URL(kfReportApiPaths[format](year, period), connection.origin),
        {},
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, subject);
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get("content-disposition"), `rapport-${year}.${format}`),
      };
    },
  };
}
