import { Router } from "express";
import { z } from "zod";
import type { Clock, TeamLineSource } from "../../domain";
import { teamOverviewAnswerOf, teamOverviewQuerySchema } from "../../contracts/teamApi";
import { teamOverview, type VerifiedCaller } from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { problemBody } from "../http/problem";
import { sendProblem, verifiedCaller } from "./routeKit";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface TeamApiDeps {
  /** The units below, read with the app's own identity; undefined while the site is not ready (503). */
  readonly line: () => TeamLineSource | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;

/** The team overview, mounted at `/api`: `GET /api/teams/{unitId}/overview?ar=YYYY`, the unit's chef only. */
export function teamRoutes(deps: TeamApiDeps): Router {
  const router = Router();
  router.use("/teams", verifiedCaller(deps));
  router.get("/teams/:unitId/overview", async (req, res) => {
    const { caller } = res.locals as { caller: VerifiedCaller };
    const query = teamOverviewQuerySchema.safeParse(req.query, { error: swedishErrors });
    if (!query.success) {
      sendProblem(res, {
        ...problemBody(
          400,
          "validation",
          "Året saknas eller är fel",
          "Ange året som ?ar=ÅÅÅÅ, till exempel ?ar=2026.",
        ),
        issues: query.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
      });
      return;
    }
    try {
      const line = deps.line();
      if (line === undefined) throw new StorageNotReadyError();
      const overview = await teamOverview({ line, clock: deps.clock }, caller, {
        unitId: String(req.params["unitId"]),
        year: Number(query.data.ar),
      });
      // Checked against the strict contract before it leaves: no field that could carry a name.
      res.set("Cache-Control", "no-store").json(teamOverviewAnswerOf(overview));
    } catch (error: unknown) {
      const problem = problemOf(error);
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  });
  return router;
}
