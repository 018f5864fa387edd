import { Router } from "express";
import {
  OUTCOME_ATTRIBUTION,
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
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { bodyOf, expectedVersionOf, route, verifiedCaller } from "./routeKit";
import { StorageNotReadyError } from "./problemOf";

export interface OutcomeApiDeps {
  /** The outcome store, written with the app's own identity; undefined while the server cannot write (503). */
  readonly outcomes: () => OutcomeStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const saved = (stored: Versioned<IndicatorOutcome>): SavedOutcome => {
  const attribution = OUTCOME_ATTRIBUTION[stored.value.source];
  return {
    outcome: stored.value,
    version: stored.version,
    ...(attribution === undefined ? {} : { attribution }),
  };
};

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
      body: saved(
        await recordIndicatorOutcome(run, caller, bodyOf(outcomeRequestSchema, req, "indicator-outcome")),
      ),
    })),
  );

  router.put(
    "/indicator-outcomes/:outcomeId",
    route(
      async (req, caller) => {
        const outcomeId = String(req.params["outcomeId"]);
        const expectedVersion = expectedVersionOf(req, "indicator-outcome", outcomeId);
        const request = bodyOf(outcomeCorrectionRequestSchema, req, "indicator-outcome");
        return {
          status: 200,
          body: saved(await correctIndicatorOutcome(run, caller, { ...request, outcomeId, expectedVersion })),
        };
      },
      { conditional: true },
    ),
  );

  router.delete(
    "/indicator-outcomes/:outcomeId",
    route(
      async (req, caller) => {
        const outcomeId = String(req.params["outcomeId"]);
        await removeIndicatorOutcome(run, caller, {
          outcomeId,
          expectedVersion: expectedVersionOf(req, "indicator-outcome", outcomeId),
        });
        return { status: 204 };
      },
      { conditional: true },
    ),
  );

  return router;
}
