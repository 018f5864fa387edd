import { Router, type Request, type Response } from "express";
import { z } from "zod";
import type { Clock, ReachSource } from "../../domain";
import { reachApiPaths, reachQuerySchema } from "../../contracts/reachApi";
import { REPORT_CONTENT_TYPES, reachXlsx } from "../../report";
import { createReachMemo, reachReport, type VerifiedCaller } from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { problemBody } from "../http/problem";
import { reachAnswerOf } from "./reachAnswer";
import { contentDisposition } from "./reportRoutes";
import { sendProblem, verifiedCaller } from "./routeKit";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface ReachApiDeps {
  /** Every goal and follow-up of the year, read with the app's own identity; undefined while not ready (503). */
  readonly reach: () => ReachSource | undefined;
  /** The municipality's name for its own row. */
  readonly municipality: string;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;

/** How long one count of the municipality is answered to the next callers. */
const REACH_MEMO_LIFETIME_MS = 5 * 60_000;

/** The contract's paths as this router, mounted at `/api`, sees them. */
const paths = {
  report: reachApiPaths.report.replace(/^\/api/, ""),
  excel: reachApiPaths.excel.replace(/^\/api/, ""),
};

/**
 * Reach (räckvidd), mounted at `/api`: `GET /api/reach?ar=YYYY` as JSON for the tab, `GET /api/reach.xlsx?ar=YYYY`
 * as an Excel file. Counts per group only, for the kommun's and the nämnders' planners and for chefs, each
 * their own part (the use case decides, before any goal is read); anyone else 403.
 */
export function reachRoutes(deps: ReachApiDeps): Router {
  const router = Router();
  router.use([paths.report, paths.excel], verifiedCaller(deps));
  // One count of the municipality serves every caller for five minutes (reachMemo.ts says why).
  const memo = createReachMemo(REACH_MEMO_LIFETIME_MS);

  const answer = (format: "json" | "xlsx") => async (req: Request, res: Response) => {
    const { caller } = res.locals as { caller: VerifiedCaller };
    const query = reachQuerySchema.safeParse(req.query, { error: swedishErrors });
    if (!query.success) {
      sendProblem(res, {
        ...problemBody(400, "validation", "Året är fel", "Ange året som ?ar=ÅÅÅÅ, till exempel ?ar=2026."),
        issues: query.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
      });
      return;
    }
    try {
      const reach = deps.reach();
      if (reach === undefined) throw new StorageNotReadyError();
      const year =
        query.data.ar === undefined ? Number(deps.clock.today().slice(0, 4)) : Number(query.data.ar);
      const report = reachAnswerOf(
        await reachReport({ reach, clock: deps.clock, memo }, caller, { year }),
        deps.municipality,
      );
      if (format === "json") {
        res.set("Cache-Control", "no-store").json(report);
        return;
      }
      res
        .status(200)
        .set({
          "Content-Type": REPORT_CONTENT_TYPES.xlsx,
          "Content-Disposition": contentDisposition(`Räckvidd ${year}.xlsx`),
          "Cache-Control": "no-store",
        })
        .send(await reachXlsx(report));
    } catch (error: unknown) {
      const problem = problemOf(error);
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  };

  router.get(paths.report, answer("json"));
  router.get(paths.excel, answer("xlsx"));
  return router;
}
