import {
  NotFoundError,
  PeriodStateError,
  authorize,
  missingFollowUps,
  refOf,
  reopenRefusal,
  ForbiddenError,
  unitFollowUpItems,
  type PeriodCompletion,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanFollowUpDeps } from "./deps";
import { actorOf, calendarPeriod, completionOf } from "./scene";

export interface PeriodCompletionRequest {
  readonly unitId: string;
  /** A calendar period, `2026-tertial1`. */
  readonly period: string;
}

/** The unit's period as both actions need it: the calendar period, the scene, the caller and the unit. */
async function unitPeriodOf(deps: PlanFollowUpDeps, caller: VerifiedCaller, input: PeriodCompletionRequest) {
  const period = calendarPeriod(deps, input.period);
  const scene = await deps.planFollowUps.scene({
    callerId: caller.personId,
    period: period.id,
    anchor: { unitId: input.unitId },
  });
  const unitRef = refOf("org-unit", input.unitId);
  const { actor, org } = actorOf(scene, caller.personId, unitRef);
  const unit = org.unit(input.unitId);
  if (unit === undefined || scene.board === undefined) throw new NotFoundError("org-unit", input.unitId);
  return { period, scene, unitRef, actor, org, unit };
}

/**
 * Klarmarkera: the unit's chef or a planner for it (or a unit above) marks the unit's follow-up of a period
 * finished, once every item it follows up (unitFollowUpItems) has a follow-up for the period; otherwise the
 * refusal says how many are missing. Who and when are the server's. Marking a marked period again answers
 * the stored mark.
 */
export async function completePeriod(
  deps: PlanFollowUpDeps,
  caller: VerifiedCaller,
  input: PeriodCompletionRequest,
): Promise<Versioned<PeriodCompletion>> {
  const { period, scene, unitRef, actor, org, unit } = await unitPeriodOf(deps, caller, input);
  const allowed = authorize(actor, "edit", { scope: "unit", item: unitRef, ownerUnitIds: [unit.id] }, org);
  if (!allowed.ok) throw allowed.error;
  const stored = completionOf(scene, unit.id);
  if (stored?.value.state === "complete") return stored;

  const items = unitFollowUpItems(unit, scene.plans);
  if (items.length === 0) {
    throw new PeriodStateError(
      unit.id,
      period.id,
      "incomplete",
      `${unit.name} har ingen plan för ${period.year} att följa upp.`,
      0,
    );
  }
  const missing = missingFollowUps(
    unit,
    scene.plans,
    scene.followUps.map((f) => f.value),
    period.id,
  ).length;
  if (missing > 0) {
    const what = missing === 1 ? "1 punkt" : `${missing} punkter`;
    throw new PeriodStateError(
      unit.id,
      period.id,
      "incomplete",
      `Det går inte att klarmarkera ännu: ${what} av ${items.length} saknar uppföljning för ${period.label} ${period.year}.`,
      missing,
    );
  }
  const completion: PeriodCompletion = {
    unitId: unit.id,
    period: period.id,
    state: "complete",
    completedBy: actor.id,
    completedByName: actor.name,
    completedAt: deps.clock.now().toISOString(),
  };
  return deps.planFollowUps.saveCompletion(completion, stored?.version, scene);
}

/**
 * Opens a klarmarkerad period again so the unit can change its follow-up: only the level above may
 * (rules/planFollowUp.ts `reopenRefusal`). Who and when are kept beside the original mark.
 */
export async function reopenPeriod(
  deps: PlanFollowUpDeps,
  caller: VerifiedCaller,
  input: PeriodCompletionRequest,
): Promise<Versioned<PeriodCompletion>> {
  const { period, scene, unitRef, actor, org, unit } = await unitPeriodOf(deps, caller, input);
  const refusal = reopenRefusal(actor, unit.id, org);
  if (refusal !== undefined) throw new ForbiddenError(actor.id, "edit", unitRef, refusal);
  const stored = completionOf(scene, unit.id);
  if (stored?.value.state !== "complete") {
    throw new PeriodStateError(
      unit.id,
      period.id,
      "not-completed",
      `${unit.name} har inte klarmarkerat ${period.label} ${period.year}.`,
    );
  }
  const reopened: PeriodCompletion = {
    ...stored.value,
    state: "reopened",
    reopenedBy: actor.id,
    reopenedByName: actor.name,
    reopenedAt: deps.clock.now().toISOString(),
  };
  return deps.planFollowUps.saveCompletion(reopened, stored.version, scene);
}
