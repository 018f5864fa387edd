import {
  ForbiddenError,
  NotFoundError,
  authorize,
  indexModel,
  orgLookupOf,
  refOf,
  subjectOfOutcome,
  type AccessAction,
  type BoardIndicator,
  type IndicatorRef,
  type KfIndicator,
  type OutcomeScene,
  type Person,
} from "../../domain";

/** The indicator of the scene; an indicator that does not exist is answered 404. */
export function indicatorOf(scene: OutcomeScene, ref: IndicatorRef): KfIndicator | BoardIndicator {
  const indicator = ref.kind === "kf-indicator" ? scene.kfIndicator : scene.boardIndicator;
  if (indicator === undefined || indicator.id !== ref.id) throw new NotFoundError(ref.kind, ref.id);
  return indicator;
}

/**
 * The caller, once the policy lets them `action` an outcome of the indicator: KF indicators' outcomes are the
 * municipal planners', a nämnd indicator's its nämnd's (a planner for the nämnd or a unit above it).
 * Someone the organisation does not know may do nothing, whatever their token says.
 */
export function mayChangeOutcome(
  scene: OutcomeScene,
  callerId: string,
  action: AccessAction,
  indicator: IndicatorRef,
  outcomeId: string,
): { actor: Person; indicator: KfIndicator | BoardIndicator } {
  const item = refOf("indicator-outcome", outcomeId);
  const actor = scene.caller;
  if (actor === undefined) {
    throw new ForbiddenError(callerId, action, item, "du finns inte i organisationen i Målkedjan");
  }
  const found = indicatorOf(scene, indicator);
  const model = indexModel({
    "kf-indicator": scene.kfIndicator === undefined ? [] : [scene.kfIndicator],
    "board-indicator": scene.boardIndicator === undefined ? [] : [scene.boardIndicator],
    "board-plan": scene.boardPlan === undefined ? [] : [scene.boardPlan],
    "org-unit": scene.units,
  });
  const subject = subjectOfOutcome(indicator, item, model);
  if (subject === undefined) throw new NotFoundError(indicator.kind, indicator.id);
  const decision = authorize(actor, action, subject, orgLookupOf(scene.units, [actor]));
  if (!decision.ok) throw decision.error;
  return { actor, indicator: found };
}
