import {
  planFollowUpApiPaths,
  planFollowUpBoardSchema,
  savedCompletionSchema,
  savedPlanFollowUpSchema,
  type PlanFollowUpBoardAnswer,
  type PlanFollowUpRequest,
  type PlanItemKindWire,
} from "../../contracts/planFollowUpApi";
import type { FollowUp, PeriodCompletion, Versioned } from "../../domain";
import type { ApiConnection } from "./sendJson";
import type { ApiSubject } from "./errorFromProblem";
import { sendJson } from "./sendJson";

/**
 * The plan follow-up as the server answers and records it: one unit's period (read with the app's
 * identity, the policy applied there), a status and bedömning per item, klarmarkering and reopening.
 * Rejects with the domain's errors rebuilt from the server's problem (ConflictError carrying what is
 * stored now; a period's state as an ApiRequestError with the server's Swedish words).
 */
export interface PlanFollowUpClient {
  board(unitId: string, period?: string): Promise<PlanFollowUpBoardAnswer>;
  record(
    item: { readonly kind: PlanItemKindWire; readonly id: string },
    period: string,
    request: PlanFollowUpRequest,
    expectedVersion?: string,
  ): Promise<Versioned<FollowUp>>;
  complete(unitId: string, period: string): Promise<Versioned<PeriodCompletion>>;
  reopen(unitId: string, period: string): Promise<Versioned<PeriodCompletion>>;
}

export function createPlanFollowUpClient(connection: ApiConnection): PlanFollowUpClient {
  const send = (
    method: "GET" | "PUT" | "POST",
    path: string,
    subject: ApiSubject,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<unknown> => sendJson(connection, { method, path, subject, body, headers });
  const unit = (id: string): ApiSubject => ({ kind: "org-unit", id });
  const completion = (json: unknown): Versioned<PeriodCompletion> => {
    const saved = savedCompletionSchema.parse(json);
    return { value: saved.completion, version: saved.version };
  };
  return {
    board: async (unitId, period) =>
      planFollowUpBoardSchema.parse(
        await send("GET", planFollowUpApiPaths.board(unitId, period), unit(unitId)),
      ),
    record: async (item, period, request, expectedVersion) => {
      const json = await send(
        "PUT",
        planFollowUpApiPaths.item(item.kind, item.id, period),
        { kind: "follow-up", id: item.id },
        request,
        expectedVersion === undefined ? {} : { "If-Match": expectedVersion },
      );
      const saved = savedPlanFollowUpSchema.parse(json);
      return { value: saved.followUp, version: saved.version };
    },
    complete: async (unitId, period) =>
      completion(await send("POST", planFollowUpApiPaths.completions, unit(unitId), { unitId, period })),
    reopen: async (unitId, period) =>
      completion(await send("POST", planFollowUpApiPaths.reopenings, unit(unitId), { unitId, period })),
  };
}
