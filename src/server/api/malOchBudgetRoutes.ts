import { Router } from "express";
import { z } from "zod";
import type { Clock, MalOchBudgetSource } from "../../domain";
import { malOchBudgetQuerySchema } from "../../contracts/malOchBudget";
import { malOchBudgetFile, produceMalOchBudget } from "../../report";
import type { CallerVerifier } from "../auth/callerVerifier";
import { problemBody } from "../http/problem";
import { contentDisposition } from "./reportRoutes";
import { sendProblem, verifiedCaller } from "./routeKit";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface MalOchBudgetApiDeps {
  /** The KF level, read with the app's own identity; undefined while the site is not ready (503). */
  readonly malOchBudget: () => MalOchBudgetSource | undefined;
  /** The municipality's name for the title page. */
  readonly municipality: string;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;
const path = "/reports/mal-och-budget.docx";

/**
 * Mål och budget as a Word file, mounted at `/api`: `GET /api/reports/mal-och-budget.docx?mandat=<id>` (the
 * mandate covering today's year without it) for any verified caller — the KF level is a public document and
 * holds nothing personal.
 */
export function malOchBudgetRoutes(deps: MalOchBudgetApiDeps): Router {
  const router = Router();
  router.get(path, verifiedCaller(deps), async (req, res) => {
    const query = malOchBudgetQuerySchema.safeParse(req.query, { error: swedishErrors });
    if (!query.success) {
      sendProblem(res, {
        ...problemBody(
          400,
          "validation",
          "Mandatperioden är fel angiven",
          "Ange programförklaringen som ?mandat=<id>, eller ingenting för mandatperioden som pågår.",
        ),
        issues: query.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
      });
      return;
    }
    try {
      const source = deps.malOchBudget();
      if (source === undefined) throw new StorageNotReadyError();
      const today = deps.clock.today();
      const year = Number(today.slice(0, 4));
      const declarationId = query.data.mandat;
      const doc = await produceMalOchBudget(
        source,
        declarationId === undefined ? { year } : { declarationId },
        { municipality: deps.municipality, today },
      );
      if (doc === null) {
        sendProblem(
          res,
          declarationId === undefined
            ? problemBody(
                404,
                "not-found",
                "Ingen mandatperiod pågår",
                `Ingen politisk programförklaring omfattar ${year}. Välj en mandatperiod.`,
              )
            : problemBody(
                404,
                "not-found",
                "Mandatperioden finns inte",
                "Det finns ingen politisk programförklaring med den angivna mandatperioden.",
              ),
        );
        return;
      }
      const file = await malOchBudgetFile(doc);
      res
        .status(200)
        .set({
          "Content-Type": file.contentType,
          "Content-Disposition": contentDisposition(file.fileName),
          "Cache-Control": "no-store",
        })
        .send(file.bytes);
    } catch (error: unknown) {
      const problem = problemOf(error);
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  });
  return router;
}
