import {
  ConflictError,
  adoptPlan,
  copyActivities,
  copyBoardPlanItems,
  newVersionOf,
  refOf,
  reportPlan,
  supersededBy,
  type BoardPlan,
  type PlanEntity,
  type PlanKind,
  type PlanScene,
  type Versioned,
  type WorkPlan,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanUseCaseDeps } from "./deps";
import { actorOf, mustOwn, ownerOf, planIn, stampOf, type StoredPlan } from "./planScene";

export interface PlanTransition {
  readonly kind: PlanKind;
  readonly planId: string;
  readonly expectedVersion: string;
}

async function ownedPlan(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  kind: PlanKind,
  planId: string,
): Promise<{ scene: PlanScene; plan: StoredPlan }> {
  const self = refOf(kind, planId);
  const scene = await deps.plans.scene({ callerId: caller.personId, plan: { kind, id: planId } });
  const actor = actorOf(scene, caller, "edit", self);
  const plan = planIn(scene, kind, planId);
  mustOwn(actor, "edit", self, ownerOf(plan.value), scene);
  return { scene, plan };
}

const save = (
  deps: PlanUseCaseDeps,
  kind: PlanKind,
  plan: BoardPlan | WorkPlan,
  version: string,
  scene: PlanScene,
): Promise<StoredPlan> =>
  kind === "board-plan"
    ? deps.plans.update("board-plan", plan as BoardPlan, version, scene)
    : deps.plans.update("work-plan", plan as WorkPlan, version, scene);

/**
 * The owner fastställer an utkast (optionally naming the decision, e.g. `§ 45`): from then on it is read-only.
 * A new version fastställd replaces the version it was made from, which is kept, marked as replaced. An
 * arbetsplan that still follows last year's parent plan is not fastställd until it follows this year's.
 */
export async function adoptPlanVersion(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: PlanTransition & { readonly decisionReference?: string },
): Promise<StoredPlan> {
  const { scene, plan } = await ownedPlan(deps, caller, input.kind, input.planId);
  if (plan.version !== input.expectedVersion)
    throw new ConflictError<unknown>(input.kind, input.planId, plan);
  let parentYear: number | undefined;
  if (input.kind === "work-plan") {
    const work = plan.value as WorkPlan;
    const parents: readonly StoredPlan[] =
      work.level === "administration" ? scene.boardPlans : scene.workPlans;
    parentYear = parents.find((p) => p.value.id === work.parentPlanId)?.value.year ?? work.year - 1;
  }
  const decision = input.decisionReference?.trim();
  const adopted = adoptPlan(
    plan.value,
    stampOf(deps, caller),
    decision === "" ? undefined : decision,
    parentYear,
  );
  if (!adopted.ok) throw adopted.error;
  const saved = await save(deps, input.kind, adopted.value, input.expectedVersion, scene);
  const replaced = plan.value.supersedesPlanId;
  const older = replaced === undefined ? undefined : planIn(scene, input.kind, replaced);
  if (older !== undefined && older.value.supersededByPlanId === undefined) {
    await save(deps, input.kind, supersededBy(older.value, plan.value.id), older.version, scene);
  }
  return saved;
}

/** The owner anmäler a fastställd plan to kommunstyrelsen: who and when are stamped. */
export async function reportPlanVersion(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: PlanTransition,
): Promise<StoredPlan> {
  const { scene, plan } = await ownedPlan(deps, caller, input.kind, input.planId);
  if (plan.version !== input.expectedVersion)
    throw new ConflictError<unknown>(input.kind, input.planId, plan);
  const reported = reportPlan(plan.value, stampOf(deps, caller));
  if (!reported.ok) throw reported.error;
  return save(deps, input.kind, reported.value, input.expectedVersion, scene);
}

/** A plan's items as rows to write under a copy of it. */
export function itemRowsOf(
  scene: PlanScene,
  source: BoardPlan | WorkPlan,
  copyId: string,
  options: { readonly shiftYear: boolean; readonly parentItems?: Parameters<typeof copyActivities>[2] },
): { rows: PlanEntity[]; lost: ReturnType<typeof copyActivities>["lost"] } {
  if ("boardUnitId" in source) {
    const of = <T extends { boardPlanId: string }>(xs: readonly Versioned<T>[]): T[] =>
      xs.map((x) => x.value).filter((x) => x.boardPlanId === source.id);
    const copy = copyBoardPlanItems(
      {
        indicators: of(scene.boardIndicators),
        milestones: of(scene.milestones),
        assignments: of(scene.assignments),
      },
      copyId,
      options.shiftYear,
    );
    return {
      rows: [
        ...copy.indicators.map((value): PlanEntity => ({ kind: "board-indicator", value })),
        ...copy.milestones.map((value): PlanEntity => ({ kind: "milestone", value })),
        ...copy.assignments.map((value): PlanEntity => ({ kind: "assignment", value })),
      ],
      lost: [],
    };
  }
  const activities = scene.activities.map((x) => x.value).filter((x) => x.workPlanId === source.id);
  const copy = copyActivities(activities, copyId, options.parentItems);
  return {
    rows: copy.activities.map((value): PlanEntity => ({ kind: "activity", value })),
    lost: copy.lost,
  };
}

export interface NewPlanVersion {
  readonly kind: PlanKind;
  readonly planId: string;
  /** The new version's id, chosen by the client so a retry finds its first attempt. */
  readonly newPlanId: string;
}

/**
 * The owner opens a fastställd plan for change: an utkast copy with every item (links kept, the parent
 * plan the same), version number + 1. It replaces the plan once it is fastställd itself.
 */
export async function newPlanVersion(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: NewPlanVersion,
): Promise<StoredPlan> {
  const { scene, plan } = await ownedPlan(deps, caller, input.kind, input.planId);
  const plans: readonly StoredPlan[] = input.kind === "board-plan" ? scene.boardPlans : scene.workPlans;
  const retried = plans.find((p) => p.value.id === input.newPlanId);
  if (retried !== undefined) {
    if (retried.value.supersedesPlanId === plan.value.id) return retried;
    throw new ConflictError<unknown>(input.kind, input.newPlanId, retried);
  }
  const others = plans.map((p) => p.value).filter((p) => ownerOf(p) === ownerOf(plan.value));
  const next = newVersionOf(plan.value, input.newPlanId, stampOf(deps, caller), others);
  if (!next.ok) throw next.error;
  const { rows } = itemRowsOf(scene, plan.value, input.newPlanId, { shiftYear: false });
  const head: PlanEntity =
    input.kind === "board-plan"
      ? { kind: "board-plan", value: next.value as BoardPlan }
      : { kind: "work-plan", value: next.value as WorkPlan };
  await deps.plans.createAll([head, ...rows], scene);
  const written = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: input.kind, id: input.newPlanId },
  });
  return planIn(written, input.kind, input.newPlanId);
}
