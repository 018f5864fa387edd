import {
  ForbiddenError,
  NotFoundError,
  authorize,
  indexModel,
  isCurrentPlan,
  orgLookupOf,
  planEditRefusal,
  refOf,
  type AccessAction,
  type BoardPlan,
  type ItemRef,
  type ModelIndex,
  type Person,
  type PlanKind,
  type PlanScene,
  type Stamp,
  type Versioned,
  type WorkPlan,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanUseCaseDeps } from "./deps";

/** Someone the organisation does not know may do nothing, whatever their token says. */
export function actorOf(
  scene: PlanScene,
  caller: VerifiedCaller,
  action: AccessAction,
  item: ItemRef,
): Person {
  if (scene.caller === undefined) {
    throw new ForbiddenError(caller.personId, action, item, "du finns inte i organisationen i Målkedjan");
  }
  return scene.caller;
}

/** Throws the access policy's refusal unless the actor may change what `ownerUnitId` owns. */
export function mustOwn(
  actor: Person,
  action: AccessAction,
  item: ItemRef,
  ownerUnitId: string,
  scene: PlanScene,
): void {
  const decision = authorize(
    actor,
    action,
    { scope: "unit", item, ownerUnitIds: [ownerUnitId] },
    orgLookupOf(scene.units, [actor]),
  );
  if (!decision.ok) throw decision.error;
}

/** Everything the scene read, for the link rules. */
export const modelOf = (scene: PlanScene): ModelIndex =>
  indexModel({
    "org-unit": scene.units,
    "program-declaration": scene.programDeclarations,
    "focus-area": scene.focusAreas,
    "kf-indicator": scene.kfIndicators,
    "board-plan": scene.boardPlans.map((x) => x.value),
    "board-indicator": scene.boardIndicators.map((x) => x.value),
    milestone: scene.milestones.map((x) => x.value),
    assignment: scene.assignments.map((x) => x.value),
    "work-plan": scene.workPlans.map((x) => x.value),
    activity: scene.activities.map((x) => x.value),
  });

export type StoredPlan = Versioned<BoardPlan | WorkPlan>;

/** The plan of the given kind and id, as read. */
export function planIn(scene: PlanScene, kind: PlanKind, id: string): StoredPlan {
  const plans: readonly StoredPlan[] = kind === "board-plan" ? scene.boardPlans : scene.workPlans;
  const found = plans.find((p) => p.value.id === id);
  if (found === undefined) throw new NotFoundError(kind, id);
  return found;
}

export const ownerOf = (plan: BoardPlan | WorkPlan): string =>
  "boardUnitId" in plan ? plan.boardUnitId : plan.ownerUnitId;

/** Throws when the plan may not be written now: fastställd, anmäld or replaced by a newer version. */
export function mustBeDraft(plan: BoardPlan | WorkPlan): void {
  const refusal = planEditRefusal(plan);
  if (refusal !== undefined) throw refusal;
}

/** The plan in force for a unit and year among those read: the current one, fastställd before an utkast. */
export function currentPlanOf<P extends BoardPlan | WorkPlan>(
  plans: readonly Versioned<P>[],
  unitId: string,
  year: number,
): Versioned<P> | undefined {
  const candidates = plans.filter(
    (p) => ownerOf(p.value) === unitId && p.value.year === year && isCurrentPlan(p.value),
  );
  return candidates.find((p) => p.value.supersedesPlanId === undefined) ?? candidates[0];
}

/** Who and when, from the verified caller and the server's clock. */
export const stampOf = (deps: PlanUseCaseDeps, caller: VerifiedCaller): Stamp => ({
  by: caller.personId,
  at: deps.clock.now().toISOString(),
});

export const planRef = (kind: PlanKind, id: string): ItemRef => refOf(kind, id);
