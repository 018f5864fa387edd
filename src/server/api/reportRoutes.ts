import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { DEFAULT_FOLLOW_UP_CALENDAR, type Clock, type KfReportSource } from "../../domain";
import { kfReportQuerySchema, kfReportSchema } from "../../contracts/kfReport";
import { produceKfReport, reportFile, UnknownPeriodError, type ReportFormat } from "../../report";
import type { CallerVerifier } from "../auth/callerVerifier";
import { problemBody } from "../http/problem";
import { sendProblem, verifiedCaller } from "./routeKit";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface ReportApiDeps {
  /** The plans, read with the app's own identity; undefined while the site is not ready (503). */
  readonly reports: () => KfReportSource | undefined;
  /** The municipality's name for the report's title. */
  readonly municipality: string;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;
const periodKeys = DEFAULT_FOLLOW_UP_CALENDAR.periods
  .map((p) => `${p.key} (${p.label.toLowerCase()})`)
  .join(", ");

/**
 * `filename*=UTF-8''…` (RFC 5987/6266) for the Swedish name, and a plain ASCII `filename` beside it for old
 * clients: å→a, ä→a, ö→o, dashes (`2023–2026`) as `-`, anything else outside the safe set dropped.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[^A-Za-z0-9 ._-]/g, "");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The report back to KF, mounted at `/api`, for any verified caller (plans are public documents; the report
 * holds nothing personal): `GET /api/reports/kf?ar=YYYY[&period=key]` as JSON for the tab, `…/kf.docx` and
 * `…/kf.xlsx` as files to download.
 */
export function reportRoutes(deps: ReportApiDeps): Router {
  const router = Router();
  router.use("/reports", verifiedCaller(deps));

  const answer = (format: "json" | ReportFormat) => async (req: Request, res: Response) => {
    const query = kfReportQuerySchema.safeParse(req.query, { error: swedishErrors });
    if (!query.success) {
      sendProblem(res, {
        ...problemBody(
          400,
          "validation",
          "Året eller perioden är fel",
          "Ange året som ?ar=ÅÅÅÅ, till exempel ?ar=2026, och eventuellt perioden som &period=delar.",
        ),
        issues: query.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
      });
      return;
    }
    try {
      const source = deps.reports();
      if (source === undefined) throw new StorageNotReadyError();
      const report = await produceKfReport(source, Number(query.data.ar), {
        municipality: deps.municipality,
        today: deps.clock.today(),
        calendar: DEFAULT_FOLLOW_UP_CALENDAR,
        ...(query.data.period === undefined ? {} : { periodKey: query.data.period }),
      });
      if (format === "json") {
        res.set("Cache-Control", "no-store").json(kfReportSchema.parse(report));
        return;
      }
      const file = await reportFile(report, format);
      res
        .status(200)
        .set({
          "Content-Type": file.contentType,
          "Content-Disposition": contentDisposition(file.fileName),
          "Cache-Control": "no-store",
        })
        .send(file.bytes);
    } catch (error: unknown) {
      if (error instanceof UnknownPeriodError) {
        sendProblem(
          res,
          problemBody(
            400,
            "validation",
            "Perioden finns inte",
            `Välj en period ur uppföljningskalendern: ${periodKeys}.`,
          ),
        );
        return;
      }
      const problem = problemOf(error);
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  };

  router.get("/reports/kf", answer("json"));
  router.get("/reports/kf.docx", answer("docx"));
  router.get("/reports/kf.xlsx", answer("xlsx"));
  return router;
}
