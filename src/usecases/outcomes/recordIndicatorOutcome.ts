import {
  ConflictError,
  outcomeKeyOf,
  parseIndicatorOutcome,
  splitRefusal,
  type IndicatorOutcome,
  type IndicatorRef,
  type Measurement,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import { sameValue } from "../shared/sameValue";
import type { OutcomeUseCaseDeps } from "./deps";
import { mayChangeOutcome } from "./outcomeScene";

export interface OutcomeEntry {
  readonly indicator: IndicatorRef;
  /** `2025`, or a calendar period `2026-delar`. */
  readonly period: string;
  /** A value (total, kvinnor/män where the indicator has the split) or why there is none: never a false zero. */
  readonly measurement: Measurement;
  readonly comment?: string;
}

/** What a person records: source `manual`, author and time the server's. */
export function manualOutcome(
  input: OutcomeEntry,
  id: string,
  actorId: string,
): Omit<IndicatorOutcome, "recordedAt"> {
  const comment = input.comment?.trim() ?? "";
  return {
    id,
    indicator: { kind: input.indicator.kind, id: input.indicator.id },
    period: input.period,
    measurement: input.measurement,
    source: "manual",
    recordedBy: actorId,
    ...(comment === "" ? {} : { comment }),
  };
}

/**
 * A planner records an indicator's outcome for a period. One manual outcome per indicator and period (its
 * key says so): sending the same again answers the stored one, a different one is a conflict (correct it
 * instead). Outcomes of other sources (Kolada) for the period stay as they are.
 */
export async function recordIndicatorOutcome(
  { outcomes, clock }: OutcomeUseCaseDeps,
  caller: VerifiedCaller,
  input: OutcomeEntry,
): Promise<Versioned<IndicatorOutcome>> {
  const id = outcomeKeyOf(input.indicator, input.period, "manual");
  const scene = await outcomes.scene({
    callerId: caller.personId,
    indicator: input.indicator,
    outcomeId: id,
  });
  const { actor, indicator } = mayChangeOutcome(scene, caller.personId, "create", input.indicator, id);
  const content = manualOutcome(input, id, actor.id);
  const stored = scene.outcome;
  if (stored !== undefined) {
    const { recordedAt: _at, ...storedContent } = stored.value;
    if (sameValue(storedContent, content)) return stored;
    throw new ConflictError("indicator-outcome", id, stored);
  }
  const parsed = parseIndicatorOutcome({ ...content, recordedAt: clock.now().toISOString() });
  if (!parsed.ok) throw parsed.error;
  const refusal = splitRefusal(parsed.value, indicator);
  if (refusal !== undefined) throw refusal;
  return outcomes.create(parsed.value);
}
