import {
  ConflictError,
  PlanStateError,
  checkActivity,
  carryPlanIntoMandate,
  checkWorkPlan,
  coversYear,
  indexModel,
  nextYearOf,
  refOf,
  type Activity,
  type BoardPlan,
  type EntityByKind,
  type LostLink,
  type ParentItems,
  type PlanEntity,
  type PlanKind,
  type PlanScene,
  type WorkPlan,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanUseCaseDeps } from "./deps";
import { itemRowsOf } from "./planLife";
import { plansExist } from "./planRefusals";
import {
  actorOf,
  currentPlanOf,
  modelOf,
  mustOwn,
  ownerOf,
  planIn,
  stampOf,
  type StoredPlan,
} from "./planScene";

export interface NextYearPlan {
  readonly kind: PlanKind;
  /** The plan to start from (any status: last year's plan is usually fastställd). */
  readonly planId: string;
  /** Next year's plan's id, chosen by the client so a retry finds its first attempt. */
  readonly newPlanId: string;
}

export interface StartedPlan {
  readonly plan: StoredPlan;
  /** Activities whose link could not follow to next year's parent plan: they serve the basuppdrag until relinked. */
  readonly lostLinks: readonly LostLink[];
}

/** The parent plan next year's arbetsplan hangs on, and the items its activities are re-pointed to. */
function nextParentOf(
  scene: PlanScene,
  source: WorkPlan,
): { readonly parentPlanId: string; readonly items: ParentItems | undefined } {
  const owner = scene.units.find((u) => u.id === source.ownerUnitId);
  const parentUnitId = owner?.parentId ?? "";
  const year = source.year + 1;
  const values = <T>(xs: readonly { value: T }[]): T[] => xs.map((x) => x.value);
  if (source.level === "administration") {
    const board = currentPlanOf(scene.boardPlans, parentUnitId, year);
    if (board === undefined) return { parentPlanId: source.parentPlanId, items: undefined };
    const id = board.value.id;
    return {
      parentPlanId: id,
      items: {
        milestones: values(scene.milestones).filter((m) => m.boardPlanId === id),
        assignments: values(scene.assignments).filter((a) => a.boardPlanId === id),
        activities: [],
      },
    };
  }
  const parent = currentPlanOf(scene.workPlans, parentUnitId, year);
  if (parent === undefined) return { parentPlanId: source.parentPlanId, items: undefined };
  const id = parent.value.id;
  return {
    parentPlanId: id,
    items: {
      milestones: [],
      assignments: [],
      activities: values(scene.activities).filter((a) => a.workPlanId === id),
    },
  };
}

/**
 * "Starta nästa års plan": the owner copies a plan's structure into an utkast for the year after —
 * tolkningar, indicators, etappmål and uppdrag of a verksamhetsplan; the activities of an arbetsplan, each
 * re-pointed to its copy in next year's parent plan where one exists (else it keeps following this year's
 * parent plan until that exists). Outcomes and follow-ups stay with the year they were recorded in.
 */
export async function startNextYearPlan(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: NextYearPlan,
): Promise<StartedPlan> {
  const self = refOf(input.kind, input.newPlanId);
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: input.kind, id: input.planId },
    nextYear: true,
  });
  const actor = actorOf(scene, caller, "create", self);
  const source = planIn(scene, input.kind, input.planId).value;
  mustOwn(actor, "create", self, ownerOf(source), scene);
  const year = source.year + 1;
  const plans: readonly StoredPlan[] = input.kind === "board-plan" ? scene.boardPlans : scene.workPlans;
  const existing = currentPlanOf<BoardPlan | WorkPlan>(plans, ownerOf(source), year);
  const retried =
    existing !== undefined &&
    existing.value.id === input.newPlanId &&
    existing.value.copiedFromPlanId === source.id;
  if (existing !== undefined && !retried) {
    if (existing.value.id === input.newPlanId) {
      throw new ConflictError<unknown>(input.kind, input.newPlanId, existing);
    }
    throw plansExist(existing.value);
  }
  const stamp = stampOf(deps, caller);
  let head: PlanEntity;
  let rows: PlanEntity[];
  let lostLinks: LostLink[] = [];
  if (input.kind === "board-plan") {
    const board = source as BoardPlan;
    const copy = boardPlanCopyOf(scene, board, nextYearOf(board, input.newPlanId, stamp, {}));
    head = { kind: "board-plan", value: copy.plan };
    rows = copy.rows;
  } else {
    const work = source as WorkPlan;
    const parent = nextParentOf(scene, work);
    const plan = nextYearOf(work, input.newPlanId, stamp, { parentPlanId: parent.parentPlanId });
    const [refusal] = checkWorkPlan(plan, indexModel(modelSnapshot(scene), { "work-plan": [plan] }));
    if (refusal !== undefined) throw refusal;
    head = { kind: "work-plan", value: plan };
    const copy = itemRowsOf(scene, work, input.newPlanId, {
      shiftYear: true,
      ...(parent.items === undefined ? {} : { parentItems: parent.items }),
    });
    // Whatever the link rules still refuse under the new parent serves the basuppdrag, and is reported.
    const model = indexModel(modelSnapshot(scene), { "work-plan": [plan] });
    lostLinks = [...copy.lost];
    rows = copy.rows.map((row) => {
      const activity = row.value as Activity;
      if (checkActivity(activity, model).length === 0) return row;
      lostLinks.push({ activityId: activity.id, title: activity.title, previously: activity.serves });
      return { kind: "activity", value: { ...activity, serves: { kind: "core-mission" } } };
    });
  }
  // A retry writes what the first attempt did not get to (its plan is there; items may be missing).
  const stored = new Set(
    [...scene.boardIndicators, ...scene.milestones, ...scene.assignments, ...scene.activities].map(
      (x) => x.value.id,
    ),
  );
  const missing = retried ? rows.filter((row) => !stored.has(row.value.id)) : [head, ...rows];
  if (missing.length > 0) await deps.plans.createAll(missing, scene);
  const written = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: input.kind, id: input.newPlanId },
  });
  return { plan: planIn(written, input.kind, input.newPlanId), lostLinks };
}

/**
 * Next year's verksamhetsplan and its items. Across a mandate boundary they follow the new mandate's KF
 * level (tolkningar and translated KF indicators re-pointed through `copiedFromId`); without a
 * programförklaring for the new year the plan is written from the start under it once it exists.
 */
function boardPlanCopyOf(
  scene: PlanScene,
  source: BoardPlan,
  plan: BoardPlan,
): { readonly plan: BoardPlan; readonly rows: PlanEntity[] } {
  const rows = itemRowsOf(scene, source, plan.id, { shiftYear: true }).rows;
  const declaration = scene.programDeclarations.find((d) => d.id === source.programDeclarationId);
  if (declaration !== undefined && coversYear(declaration.mandate, plan.year)) return { plan, rows };
  const next = scene.programDeclarations.find((d) => coversYear(d.mandate, plan.year));
  if (next === undefined) {
    throw new PlanStateError(
      source.id,
      "new-mandate",
      `${plan.year} ligger i en ny mandatperiod. Verksamhetsplanen för ${plan.year} skrivs från början under den nya programförklaringen.`,
    );
  }
  const of = <K extends PlanEntity["kind"]>(kind: K) =>
    rows.flatMap((r) => (r.kind === kind ? [r.value as EntityByKind[K]] : []));
  const carried = carryPlanIntoMandate(
    plan,
    { indicators: of("board-indicator"), milestones: of("milestone"), assignments: of("assignment") },
    { declaration: next, focusAreas: scene.focusAreas, kfIndicators: scene.kfIndicators },
  );
  return {
    plan: carried.plan,
    rows: [
      ...carried.items.indicators.map((value): PlanEntity => ({ kind: "board-indicator", value })),
      ...carried.items.milestones.map((value): PlanEntity => ({ kind: "milestone", value })),
      ...carried.items.assignments.map((value): PlanEntity => ({ kind: "assignment", value })),
    ],
  };
}

/** The scene as a snapshot (for indexing beside rows not written yet). */
const modelSnapshot = (scene: PlanScene) => {
  const model = modelOf(scene);
  return {
    "org-unit": model.all("org-unit"),
    "board-plan": model.all("board-plan"),
    milestone: model.all("milestone"),
    assignment: model.all("assignment"),
    "work-plan": model.all("work-plan"),
    activity: model.all("activity"),
  };
};
