import { Router, type Request, type RequestHandler } from "express";
import { z } from "zod";
import {
  OUTCOME_ATTRIBUTION,
  ValidationError,
  toIssues,
  type Clock,
  type IndicatorOutcome,
  type OutcomeStore,
  type Versioned,
} from "../../domain";
import {
  outcomeCorrectionRequestSchema,
  outcomeRequestSchema,
  type SavedOutcome,
} from "../../contracts/outcomeApi";
import {
  correctIndicatorOutcome,
  recordIndicatorOutcome,
  removeIndicatorOutcome,
  type OutcomeUseCaseDeps,
  type VerifiedCaller,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { sendProblem, verifiedCaller } from "./goalRoutes";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface OutcomeApiDeps {
  /** The outcome store, written with the app's own identity; undefined while the server cannot write (503). */
  readonly outcomes: () => OutcomeStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;

function bodyOf<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const parsed = schema.safeParse(req.body ?? {}, { error: swedishErrors });
  if (!parsed.success) throw new ValidationError("indicator-outcome", undefined, toIssues(parsed.error));
  return parsed.data;
}

/** `If-Match` is required: a change to a stored outcome is never blind. */
function expectedVersionOf(req: Request, outcomeId: string): string {
  const given = req.get("if-match");
  if (given === undefined) {
    throw new ValidationError("indicator-outcome", outcomeId, [
      { path: "If-Match", code: "required", message: "ändringen måste ange vilken version den utgår från" },
    ]);
  }
  return given.startsWith('"') && given.endsWith('"') && given.length > 1
    ? (JSON.parse(given) as string)
    : given;
}

const saved = (stored: Versioned<IndicatorOutcome>): SavedOutcome => {
  const attribution = OUTCOME_ATTRIBUTION[stored.value.source];
  return {
    outcome: stored.value,
    version: stored.version,
    ...(attribution === undefined ? {} : { attribution }),
  };
};

type Handler = (req: Request, caller: VerifiedCaller) => Promise<{ status: number; body?: unknown }>;

/** Runs one use case; a refusal is answered as problem details (412 for a stale If-Match on `conditional`). */
function route(handler: Handler, conditional = false): RequestHandler {
  return async (req, res) => {
    const { caller } = res.locals as { caller: VerifiedCaller };
    try {
      const answer = await handler(req, caller);
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    } catch (error: unknown) {
      const problem = problemOf(error, { stale: conditional });
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  };
}

/** Indicator outcomes recorded by people, mounted at `/api` (the Kolada import is no route: see import-kolada). */
export function outcomeRoutes(deps: OutcomeApiDeps): Router {
  const router = Router();
  router.use("/indicator-outcomes", verifiedCaller(deps), jsonBody);
  const run: OutcomeUseCaseDeps = {
    get outcomes(): OutcomeStore {
      const store = deps.outcomes();
      if (store === undefined) throw new StorageNotReadyError();
      return store;
    },
    clock: deps.clock,
  };

  router.post(
    "/indicator-outcomes",
    route(async (req, caller) => ({
      status: 201,
      body: saved(await recordIndicatorOutcome(run, caller, bodyOf(outcomeRequestSchema, req))),
    })),
  );

  router.put(
    "/indicator-outcomes/:outcomeId",
    route(async (req, caller) => {
      const outcomeId = String(req.params["outcomeId"]);
      const expectedVersion = expectedVersionOf(req, outcomeId);
      const request = bodyOf(outcomeCorrectionRequestSchema, req);
      return {
        status: 200,
        body: saved(await correctIndicatorOutcome(run, caller, { ...request, outcomeId, expectedVersion })),
      };
    }, true),
  );

  router.delete(
    "/indicator-outcomes/:outcomeId",
    route(async (req, caller) => {
      const outcomeId = String(req.params["outcomeId"]);
      await removeIndicatorOutcome(run, caller, {
        outcomeId,
        expectedVersion: expectedVersionOf(req, outcomeId),
      });
      return { status: 204 };
    }, true),
  );

  return router;
}
