import {
  linkTargetsOf,
  refOf,
  untranslatedKfIndicators,
  type BoardPlan,
  type KfIndicator,
  type LinkTarget,
  type WorkPlan,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanUseCaseDeps } from "./deps";
import { actorOf, modelOf, planIn } from "./planScene";

/**
 * What an activity of the arbetsplan may serve, worked out by the same rules that check a write: the form
 * offers these and nothing else. Plans are public documents: anyone the organisation knows may ask.
 */
export async function activityLinkTargets(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  planId: string,
): Promise<readonly LinkTarget[]> {
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: "work-plan", id: planId },
  });
  actorOf(scene, caller, "read", refOf("work-plan", planId));
  const plan = planIn(scene, "work-plan", planId).value as WorkPlan;
  return linkTargetsOf(plan, modelOf(scene));
}

/** The KF indicators of the plan's mandate that the verksamhetsplan has not translated yet. */
export async function kfIndicatorsToTranslate(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  planId: string,
): Promise<readonly KfIndicator[]> {
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: "board-plan", id: planId },
  });
  actorOf(scene, caller, "read", refOf("board-plan", planId));
  const plan = planIn(scene, "board-plan", planId).value as BoardPlan;
  return untranslatedKfIndicators(plan, modelOf(scene));
}
