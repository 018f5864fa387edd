import {
  ConflictError,
  InvalidLinkError,
  NotFoundError,
  checkActivity,
  checkAssignment,
  checkBoardIndicator,
  checkMilestone,
  parseEntity,
  refOf,
  type Activity,
  type Assignment,
  type BoardIndicator,
  type EntityByKind,
  type InvalidLinkError as LinkRefusal,
  type Milestone,
  type ModelIndex,
  type PlanKind,
  type PlanScene,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import { sameValue } from "../shared/sameValue";
import type { PlanUseCaseDeps } from "./deps";
import { actorOf, modelOf, mustBeDraft, mustOwn, ownerOf, planIn, type StoredPlan } from "./planScene";

/** The items of a plan the planning API writes one by one. */
export type PlanItemKind = "board-indicator" | "milestone" | "assignment" | "activity";

type Derived = "id" | "copiedFromId";

/** What a planner writes into each kind of item. The plan, the nämnd and the KF number are the server's. */
export interface PlanItemContent {
  "board-indicator": Omit<BoardIndicator, Derived | "boardPlanId" | "number">;
  milestone: Omit<Milestone, Derived | "boardPlanId">;
  assignment: Omit<Assignment, Derived | "boardPlanId" | "fromBoardUnitId">;
  activity: Omit<Activity, Derived | "workPlanId">;
}

export interface PlanItemWrite<K extends PlanItemKind> {
  readonly kind: K;
  readonly planId: string;
  readonly itemId: string;
  readonly content: PlanItemContent[K];
  /** Absent: create (a retry with the same content answers the stored item). Present: update from that version. */
  readonly expectedVersion?: string;
}

const planKindOf = (kind: PlanItemKind): PlanKind => (kind === "activity" ? "work-plan" : "board-plan");

const planIdOf = (item: EntityByKind[PlanItemKind]): string =>
  "workPlanId" in item ? item.workPlanId : item.boardPlanId;

const storedOf = <K extends PlanItemKind>(
  scene: PlanScene,
  kind: K,
  id: string,
): Versioned<EntityByKind[K]> | undefined => {
  const table = {
    "board-indicator": scene.boardIndicators,
    milestone: scene.milestones,
    assignment: scene.assignments,
    activity: scene.activities,
  }[kind] as readonly Versioned<EntityByKind[K]>[];
  return table.find((x) => x.value.id === id);
};

/** The item as the domain accepts it: the content in its plan, with what the server derives. */
function itemOf<K extends PlanItemKind>(
  write: PlanItemWrite<K>,
  plan: StoredPlan,
  scene: PlanScene,
  stored: EntityByKind[K] | undefined,
): EntityByKind[K] {
  const copiedFromId = stored?.copiedFromId;
  const base = {
    ...keptOnChange(stored),
    ...write.content,
    id: write.itemId,
    ...(copiedFromId === undefined ? {} : { copiedFromId }),
  };
  const content = base as Record<string, unknown>;
  let entity: Record<string, unknown>;
  switch (write.kind) {
    case "board-indicator": {
      const kf = scene.kfIndicators.find((x) => x.id === content["kfIndicatorId"]);
      // An unknown KF indicator is named by the link rule; its number is then only a placeholder.
      entity = { ...content, boardPlanId: plan.value.id, number: kf?.number ?? 1 };
      break;
    }
    case "milestone":
      entity = { ...content, boardPlanId: plan.value.id };
      break;
    case "assignment":
      entity = { ...content, boardPlanId: plan.value.id, fromBoardUnitId: ownerOf(plan.value) };
      break;
    default:
      entity = { ...content, workPlanId: plan.value.id };
  }
  const parsed = parseEntity(write.kind, entity);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/**
 * What a change keeps of a stored nämnd indicator that the planning API's body does not carry (whether
 * outcomes are split kvinnor/män, its Agenda 2030 goals): a change of its name or target never drops them.
 */
function keptOnChange(stored: EntityByKind[PlanItemKind] | undefined): Record<string, unknown> {
  if (stored === undefined || !("kfIndicatorId" in stored)) return {};
  return {
    ...(stored.genderSplit === undefined ? {} : { genderSplit: stored.genderSplit }),
    ...(stored.agenda2030Goals === undefined ? {} : { agenda2030Goals: stored.agenda2030Goals }),
  };
}

const linkCheckOf = (
  kind: PlanItemKind,
  item: EntityByKind[PlanItemKind],
  model: ModelIndex,
): LinkRefusal[] => {
  switch (kind) {
    case "board-indicator":
      return checkBoardIndicator(item as BoardIndicator, model);
    case "milestone":
      return checkMilestone(item as Milestone, model);
    case "assignment":
      return checkAssignment(item as Assignment, model);
    case "activity":
      return checkActivity(item as Activity, model);
  }
};

/**
 * A plan's owner (the nämnd's planners for a verksamhetsplan; a unit's chef or a planner for it or above for
 * an arbetsplan) writes one item of an utkast: a nämndindikator, an etappmål, an uppdrag or an activity.
 * The link rules decide what it may point at; a fastställd plan refuses every write.
 */
export async function savePlanItem<K extends PlanItemKind>(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  write: PlanItemWrite<K>,
): Promise<Versioned<EntityByKind[K]>> {
  const self = refOf(write.kind, write.itemId);
  const action = write.expectedVersion === undefined ? "create" : "edit";
  const planKind = planKindOf(write.kind);
  const served = (write.content as { serves?: { kind: string; id?: string } }).serves;
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: planKind, id: write.planId },
    // What an activity serves may sit in another plan: read it, so a refusal names it rightly.
    ...(served?.id === undefined || served.kind === "core-mission"
      ? {}
      : { items: [{ kind: served.kind as PlanItemKind, id: served.id }] }),
  });
  const actor = actorOf(scene, caller, action, self);
  const plan = planIn(scene, planKind, write.planId);
  mustOwn(actor, action, self, ownerOf(plan.value), scene);
  mustBeDraft(plan.value);
  const stored = storedOf(scene, write.kind, write.itemId);
  if (stored !== undefined && planIdOf(stored.value) !== plan.value.id) {
    throw new ConflictError(write.kind, write.itemId, stored);
  }
  const item = itemOf(write, plan, scene, stored?.value);
  if (write.expectedVersion === undefined) {
    if (stored !== undefined) {
      if (sameValue(stored.value, item)) return stored;
      throw new ConflictError(write.kind, write.itemId, stored);
    }
  } else {
    if (stored === undefined) throw new NotFoundError(write.kind, write.itemId);
    if (stored.version !== write.expectedVersion) throw new ConflictError(write.kind, write.itemId, stored);
  }
  const [refusal] = linkCheckOf(write.kind, item, modelOf(scene));
  if (refusal !== undefined) throw refusal;
  return write.expectedVersion === undefined
    ? deps.plans.create(write.kind, item, scene)
    : deps.plans.update(write.kind, item, write.expectedVersion, scene);
}

export interface PlanItemRemoval {
  readonly kind: PlanItemKind;
  readonly planId: string;
  readonly itemId: string;
  readonly expectedVersion: string;
}

/** What still points at an item about to go: activities serving it, etappmål of an indicator. */
function dependants(removal: PlanItemRemoval, scene: PlanScene): number {
  if (removal.kind === "board-indicator") {
    return scene.milestones.filter((m) => m.value.boardIndicatorId === removal.itemId).length;
  }
  return scene.servedBy.length;
}

/** Why an item with dependants stays, in the plan's words: "Etappmålet har 1 aktivitet som tjänar det. …" */
function dependantsRefusal(kind: PlanItemKind, count: number): string {
  if (kind === "board-indicator") {
    return `Indikatorn har ${count} etappmål. Ta bort ${count === 1 ? "det" : "dem"} först.`;
  }
  const item = { milestone: "Etappmålet", assignment: "Uppdraget", activity: "Aktiviteten" }[kind];
  const it = kind === "activity" ? "den" : "det";
  const activities = count === 1 ? "1 aktivitet" : `${count} aktiviteter`;
  return `${item} har ${activities} som tjänar ${it}. Koppla om eller ta bort ${count === 1 ? "den" : "dem"} först.`;
}

/**
 * The owner removes an item from an utkast, if it is still the version they saw and nothing below depends
 * on it (an activity serving it, an etappmål of an indicator): those are relinked first, never left dangling.
 */
export async function removePlanItem(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  removal: PlanItemRemoval,
): Promise<void> {
  const self = refOf(removal.kind, removal.itemId);
  const planKind = planKindOf(removal.kind);
  const scene = await deps.plans.scene({
    callerId: caller.personId,
    plan: { kind: planKind, id: removal.planId },
    ...(removal.kind === "board-indicator" ? {} : { servedBy: removal.itemId }),
  });
  const actor = actorOf(scene, caller, "delete", self);
  const plan = planIn(scene, planKind, removal.planId);
  mustOwn(actor, "delete", self, ownerOf(plan.value), scene);
  mustBeDraft(plan.value);
  const stored = storedOf(scene, removal.kind, removal.itemId);
  if (stored === undefined || planIdOf(stored.value) !== plan.value.id) {
    throw new NotFoundError(removal.kind, removal.itemId);
  }
  if (stored.version !== removal.expectedVersion) {
    throw new ConflictError(removal.kind, removal.itemId, stored);
  }
  const count = dependants(removal, scene);
  if (count > 0) {
    throw new InvalidLinkError("has-dependants", self, undefined, dependantsRefusal(removal.kind, count));
  }
  await deps.plans.remove(removal.kind, removal.itemId, removal.expectedVersion);
}
