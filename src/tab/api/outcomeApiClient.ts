import {
  outcomeApiPaths,
  savedOutcomeSchema,
  type OutcomeCorrectionRequest,
  type OutcomeRequest,
} from "../../contracts/outcomeApi";
import type { IndicatorOutcome, Versioned } from "../../domain";
import { sendJson, type ApiConnection } from "./sendJson";

/**
 * Indicator outcomes recorded by hand, through the server's outcome API with the person's token: the server
 * decides who may (the indicator's owners) and stamps who and when. Rejects with the domain's errors rebuilt
 * from the problem details — a ConflictError carrying what is stored now when the period already has an
 * outcome (409) or someone corrected it first (412).
 */
export interface OutcomeClient {
  record(request: OutcomeRequest): Promise<Versioned<IndicatorOutcome>>;
  correct(
    outcomeId: string,
    request: OutcomeCorrectionRequest,
    expectedVersion: string,
  ): Promise<Versioned<IndicatorOutcome>>;
}

const stored = (json: unknown): Versioned<IndicatorOutcome> => {
  const saved = savedOutcomeSchema.parse(json);
  return { value: saved.outcome, version: saved.version };
};

export function createOutcomeApiClient(connection: ApiConnection): OutcomeClient {
  return {
    record: async (request) =>
      stored(
        await sendJson(connection, {
          method: "POST",
          path: outcomeApiPaths.outcomes,
          // The id is the server's key of indicator and period; the indicator names the refusal well enough.
          subject: { kind: "indicator-outcome", id: request.indicator.id },
          body: request,
        }),
      ),
    correct: async (outcomeId, request, expectedVersion) =>
      stored(
        await sendJson(connection, {
          method: "PUT",
          path: outcomeApiPaths.outcome(outcomeId),
          subject: { kind: "indicator-outcome", id: outcomeId },
          body: request,
          headers: { "If-Match": expectedVersion },
        }),
      ),
  };
}
