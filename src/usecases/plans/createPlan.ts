import {
  ConflictError,
  ValidationError,
  checkBoardPlan,
  checkWorkPlan,
  coversYear,
  newPlanLife,
  parseBoardPlan,
  parseWorkPlan,
  refOf,
  type BoardPlan,
  type Versioned,
  type WorkPlan,
  type WorkPlanLevel,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import { sameValue } from "../shared/sameValue";
import type { PlanUseCaseDeps } from "./deps";
import { actorOf, currentPlanOf, modelOf, mustOwn, stampOf } from "./planScene";
import { parentMissing, plansExist } from "./planRefusals";

export interface NewBoardPlan {
  /** Chosen by the client, so a retried request finds its first attempt. */
  readonly id: string;
  readonly boardUnitId: string;
  readonly year: number;
  readonly title: string;
}

/** Stored plan content without the server's stamps, to tell a retry from a different plan with the same id. */
const withoutStamps = <P extends BoardPlan | WorkPlan>(plan: P): Partial<P> => {
  const { createdAt: _a, createdBy: _b, ...rest } = plan;
  return rest as Partial<P>;
};

/**
 * A nämnd's planner starts the verksamhetsplan for a year: an utkast, version 1, under the programförklaring
 * whose mandate covers the year. One plan in force per nämnd and year (a changed one is a new version).
 */
export async function createBoardPlan(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: NewBoardPlan,
): Promise<Versioned<BoardPlan>> {
  const self = refOf("board-plan", input.id);
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    slot: { unitId: input.boardUnitId, year: input.year },
  });
  const actor = actorOf(scene, caller, "create", self);
  mustOwn(actor, "create", self, input.boardUnitId, scene);
  const declaration = scene.programDeclarations.find((d) => coversYear(d.mandate, input.year));
  if (declaration === undefined) {
    throw new ValidationError("board-plan", input.id, [
      { path: "year", code: "no-mandate", message: `ingen programförklaring gäller år ${input.year}` },
    ]);
  }
  const parsed = parseBoardPlan({
    id: input.id,
    boardUnitId: input.boardUnitId,
    programDeclarationId: declaration.id,
    year: input.year,
    title: input.title.trim(),
    interpretations: [],
    ...newPlanLife(stampOf(deps, caller)),
  });
  if (!parsed.ok) throw parsed.error;
  const plan = parsed.value;
  const stored = scene.boardPlans.find((p) => p.value.id === plan.id);
  if (stored !== undefined) {
    if (sameValue(withoutStamps(stored.value), withoutStamps(plan))) return stored;
    throw new ConflictError("board-plan", plan.id, stored);
  }
  const [refusal] = checkBoardPlan(plan, modelOf(scene));
  if (refusal !== undefined) throw refusal;
  const existing = currentPlanOf(scene.boardPlans, plan.boardUnitId, plan.year);
  if (existing !== undefined) throw plansExist(existing.value);
  return deps.plans.create("board-plan", plan, scene);
}

export interface NewWorkPlan {
  readonly id: string;
  readonly ownerUnitId: string;
  readonly year: number;
  readonly title: string;
  readonly summary?: string;
}

/**
 * A unit's chef or planner starts its arbetsplan for a year: an utkast under the plan in force of the parent
 * unit for the same year (the nämnd's verksamhetsplan for a förvaltning), which must exist.
 */
export async function createWorkPlan(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: NewWorkPlan,
): Promise<Versioned<WorkPlan>> {
  const self = refOf("work-plan", input.id);
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    slot: { unitId: input.ownerUnitId, year: input.year },
  });
  const actor = actorOf(scene, caller, "create", self);
  mustOwn(actor, "create", self, input.ownerUnitId, scene);
  const owner = scene.units.find((u) => u.id === input.ownerUnitId);
  if (owner === undefined || owner.kind === "board" || owner.parentId === undefined) {
    throw new ValidationError("work-plan", input.id, [
      {
        path: "ownerUnitId",
        code: "wrong-unit-kind",
        message: "en arbetsplan hör till en förvaltning, avdelning, sektion eller enhet",
      },
    ]);
  }
  const parentUnitId = owner.parentId;
  const parent =
    owner.kind === "administration"
      ? currentPlanOf(scene.boardPlans, parentUnitId, input.year)
      : currentPlanOf(scene.workPlans, parentUnitId, input.year);
  if (parent === undefined) throw parentMissing(input.id, scene, parentUnitId, input.year);
  const summary = input.summary?.trim() ?? "";
  const parsed = parseWorkPlan({
    id: input.id,
    level: owner.kind as WorkPlanLevel,
    year: input.year,
    ownerUnitId: owner.id,
    parentPlanId: parent.value.id,
    title: input.title.trim(),
    ...(summary === "" ? {} : { summary }),
    ...newPlanLife(stampOf(deps, caller)),
  });
  if (!parsed.ok) throw parsed.error;
  const plan = parsed.value;
  const stored = scene.workPlans.find((p) => p.value.id === plan.id);
  if (stored !== undefined) {
    if (sameValue(withoutStamps(stored.value), withoutStamps(plan))) return stored;
    throw new ConflictError("work-plan", plan.id, stored);
  }
  const [refusal] = checkWorkPlan(plan, modelOf(scene));
  if (refusal !== undefined) throw refusal;
  const existing = currentPlanOf(scene.workPlans, plan.ownerUnitId, plan.year);
  if (existing !== undefined) throw plansExist(existing.value);
  return deps.plans.create("work-plan", plan, scene);
}
