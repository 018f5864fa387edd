import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  parseIndicatorOutcome,
  parseOutcomeKey,
  refOf,
  splitRefusal,
  type AccessAction,
  type IndicatorOutcome,
  type IndicatorRef,
  type Measurement,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { OutcomeUseCaseDeps } from "./deps";
import { mayChangeOutcome } from "./outcomeScene";
import { manualOutcome } from "./recordIndicatorOutcome";

export interface OutcomeCorrection {
  readonly outcomeId: string;
  readonly measurement: Measurement;
  readonly comment?: string;
  /** The version the planner started from; a changed outcome is a conflict they see. */
  readonly expectedVersion: string;
}

export interface OutcomeRemoval {
  readonly outcomeId: string;
  readonly expectedVersion: string;
}

/** The stored manual outcome the caller may `action`, read with what the policy needs. */
async function storedManualOutcome(
  { outcomes }: OutcomeUseCaseDeps,
  caller: VerifiedCaller,
  outcomeId: string,
  action: AccessAction,
  expectedVersion: string,
) {
  const key = parseOutcomeKey(outcomeId);
  if (key === undefined) throw new NotFoundError("indicator-outcome", outcomeId);
  const indicator: IndicatorRef = key.indicator;
  const scene = await outcomes.scene({ callerId: caller.personId, indicator, outcomeId });
  const allowed = mayChangeOutcome(scene, caller.personId, action, indicator, outcomeId);
  const stored = scene.outcome;
  if (stored === undefined) throw new NotFoundError("indicator-outcome", outcomeId);
  if (key.source !== "manual") {
    throw new ForbiddenError(
      caller.personId,
      action,
      refOf("indicator-outcome", outcomeId),
      "utfall som hämtats från Kolada ändras bara av Kolada-importen",
    );
  }
  if (stored.version !== expectedVersion) throw new ConflictError("indicator-outcome", outcomeId, stored);
  return { ...allowed, stored, period: key.period, indicatorRef: indicator };
}

/** A planner corrects a manual outcome: the new value, stamped with the caller and the server's time. */
export async function correctIndicatorOutcome(
  deps: OutcomeUseCaseDeps,
  caller: VerifiedCaller,
  input: OutcomeCorrection,
): Promise<Versioned<IndicatorOutcome>> {
  const { actor, indicator, period, indicatorRef } = await storedManualOutcome(
    deps,
    caller,
    input.outcomeId,
    "edit",
    input.expectedVersion,
  );
  const content = manualOutcome(
    {
      indicator: indicatorRef,
      period,
      measurement: input.measurement,
      ...(input.comment === undefined ? {} : { comment: input.comment }),
    },
    input.outcomeId,
    actor.id,
  );
  const parsed = parseIndicatorOutcome({ ...content, recordedAt: deps.clock.now().toISOString() });
  if (!parsed.ok) throw parsed.error;
  const refusal = splitRefusal(parsed.value, indicator);
  if (refusal !== undefined) throw refusal;
  return deps.outcomes.replace(parsed.value, input.expectedVersion);
}

/** A planner removes a manual outcome recorded by mistake (at the version they saw). */
export async function removeIndicatorOutcome(
  deps: OutcomeUseCaseDeps,
  caller: VerifiedCaller,
  input: OutcomeRemoval,
): Promise<void> {
  await storedManualOutcome(deps, caller, input.outcomeId, "delete", input.expectedVersion);
  await deps.outcomes.delete(input.outcomeId, input.expectedVersion);
}
