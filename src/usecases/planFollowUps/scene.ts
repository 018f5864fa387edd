import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  ForbiddenError,
  PeriodStateError,
  ValidationError,
  calendarPeriodOf,
  orgLookupOf,
  type DatedPeriod,
  type ItemRef,
  type OrgLookup,
  type PeriodCompletion,
  type Person,
  type PlanFollowUpScene,
  type Versioned,
} from "../../domain";
import type { PlanFollowUpDeps } from "./deps";

/** The calendar period asked for, or a refusal naming the field: only the calendar's periods are followed up. */
export function calendarPeriod(deps: PlanFollowUpDeps, period: string): DatedPeriod {
  const found = calendarPeriodOf(deps.calendar ?? DEFAULT_FOLLOW_UP_CALENDAR, period);
  if (found === undefined) {
    throw new ValidationError("follow-up", undefined, [
      {
        path: "period",
        code: "not-a-period",
        message: "perioden finns inte i uppföljningskalendern (t.ex. 2026-tertial1, 2026-delar, 2026-helar)",
      },
    ]);
  }
  return found;
}

/** The caller as the organisation knows them, with the org look-up the policy reads. */
export function actorOf(
  scene: PlanFollowUpScene,
  callerId: string,
  item: ItemRef,
): { readonly actor: Person; readonly org: OrgLookup } {
  const actor = scene.caller;
  if (actor === undefined) {
    throw new ForbiddenError(callerId, "edit", item, "du finns inte med i Målkedjans organisation");
  }
  return { actor, org: orgLookupOf(scene.units, [actor]) };
}

/** The unit's klarmarkering of the scene's period, if any (complete or reopened). */
export const completionOf = (
  scene: PlanFollowUpScene,
  unitId: string,
): Versioned<PeriodCompletion> | undefined => scene.completions.find((c) => c.value.unitId === unitId);

/** Refuses a change once the unit has klarmarkerat the period. */
export function mustBeOpen(scene: PlanFollowUpScene, unitId: string, period: DatedPeriod): void {
  if (completionOf(scene, unitId)?.value.state !== "complete") return;
  const unit = scene.units.find((u) => u.id === unitId)?.name ?? "Enheten";
  throw new PeriodStateError(
    unitId,
    period.id,
    "completed",
    `${unit} har klarmarkerat uppföljningen för ${period.label} ${period.year}. En chef eller planerare på nivån över kan öppna den igen.`,
  );
}
