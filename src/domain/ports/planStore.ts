import type { Activity } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { EntityByKind } from "../model/entities";
import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { ProgramDeclaration } from "../model/programDeclaration";
import type { WorkPlan } from "../model/workPlan";
import type { Versioned } from "./versioned";

/** The two kinds of plan: the nämnd's verksamhetsplan and an arbetsplan below it. */
export type PlanKind = "board-plan" | "work-plan";

/** Everything a plan holds and the planning use cases write. */
export type PlanEntityKind = PlanKind | "board-indicator" | "milestone" | "assignment" | "activity";

/** What to read before a write to a plan (or a read of what its form may offer). */
export interface PlanSceneRequest {
  /** The verified caller. */
  readonly callerId: string;
  /** The plan it is about: its unit and year are found from it. */
  readonly plan?: { readonly kind: PlanKind; readonly id: string };
  /** Or the unit and year of a plan about to be created. */
  readonly slot?: { readonly unitId: string; readonly year: number };
  /** Also read next year's plans of the unit and of its parent unit ("starta nästa års plan"). */
  readonly nextYear?: boolean;
  /** Also read these items by id (an activity's link target in another plan, to name it in a refusal). */
  readonly items?: readonly { readonly kind: PlanEntityKind; readonly id: string }[];
  /** Read the activities that serve this item (an etappmål, uppdrag or activity about to be removed). */
  readonly servedBy?: string;
}

/**
 * What the planning rules need to decide one write, read together (threshold-safe: every plan read is one
 * indexed equality on a unit and year). The plans and items are those of the plan's unit and of its parent
 * unit, for the plan's year (and the next when asked), every version; the KF level and the unit tree whole.
 */
export interface PlanScene {
  readonly caller: Person | undefined;
  readonly units: readonly OrgUnit[];
  readonly programDeclarations: readonly ProgramDeclaration[];
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly Versioned<BoardPlan>[];
  readonly boardIndicators: readonly Versioned<BoardIndicator>[];
  readonly milestones: readonly Versioned<Milestone>[];
  readonly assignments: readonly Versioned<Assignment>[];
  readonly workPlans: readonly Versioned<WorkPlan>[];
  readonly activities: readonly Versioned<Activity>[];
  /** Activities anywhere that serve `servedBy`, when asked; else empty. */
  readonly servedBy: readonly Activity[];
}

/** One new row of a copy (a plan's items written together). */
export type PlanEntity = {
  [K in PlanEntityKind]: { readonly kind: K; readonly value: EntityByKind[K] };
}[PlanEntityKind];

/**
 * Storage of plans, as the planning use cases write them with the app's own identity (ETags kept). Writes
 * take the scene they were decided on, so storage places the row without reading again. They reject with
 * the domain's errors: `ConflictError` when a version is stale or an id is taken.
 */
export interface PlanStore {
  scene(request: PlanSceneRequest): Promise<PlanScene>;
  create<K extends PlanEntityKind>(
    kind: K,
    value: EntityByKind[K],
    scene: PlanScene,
  ): Promise<Versioned<EntityByKind[K]>>;
  /** Writes the rows together (one batch per 100); `plans` named in them must be in the scene or in `rows`. */
  createAll(rows: readonly PlanEntity[], scene: PlanScene): Promise<void>;
  update<K extends PlanEntityKind>(
    kind: K,
    value: EntityByKind[K],
    expectedVersion: string,
    scene: PlanScene,
  ): Promise<Versioned<EntityByKind[K]>>;
  remove(kind: PlanEntityKind, id: string, expectedVersion: string): Promise<void>;
}
