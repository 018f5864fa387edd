import type { FollowableRef, FollowUp } from "../model/followUp";
import type { OrgUnit } from "../model/orgUnit";
import type { PeriodCompletion } from "../model/periodCompletion";
import type { Person } from "../model/person";
import type { PeriodId } from "../model/primitives";
import type { PlanYear } from "../rules/planFollowUp";
import type { Versioned } from "./versioned";

/** What to read for a plan follow-up: the nämnd of a unit, or of a plan item, for the period's year. */
export interface PlanFollowUpSceneRequest {
  /** The verified caller. */
  readonly callerId: string;
  /** A calendar period (`2026-tertial1`); its year is the plans' year. */
  readonly period: PeriodId;
  readonly anchor: { readonly unitId: string } | { readonly target: FollowableRef };
}

/**
 * One nämnd's plans for a year, with every follow-up of them for one period and every klarmarkering of
 * that period: everything the plan follow-up rules need for a read, a write or a klarmarkering, read in a
 * bounded number of round trips however many units and items the nämnd has.
 */
export interface PlanFollowUpScene {
  readonly caller: Person | undefined;
  /** The whole unit tree. */
  readonly units: readonly OrgUnit[];
  /** The nämnd the anchor belongs to; undefined when the anchor (unit or item) is not found. */
  readonly board: OrgUnit | undefined;
  readonly plans: PlanYear;
  /** Follow-ups of the nämnd's plan items for the period. */
  readonly followUps: readonly Versioned<FollowUp>[];
  /** Klarmarkeringar of the period by the nämnd and every unit under it. */
  readonly completions: readonly Versioned<PeriodCompletion>[];
  /** Stored rows left out because they cannot be shown (invalid); absent means 0. */
  readonly skippedRows?: number;
}

/**
 * Storage for plan follow-ups and klarmarkeringar, written with the app's own identity after the use case
 * has decided. Rejects with the domain's errors: `ConflictError` (carrying what is stored now) for a taken
 * key or a stale version.
 */
export interface PlanFollowUpStore {
  scene(request: PlanFollowUpSceneRequest): Promise<PlanFollowUpScene>;
  createFollowUp(followUp: FollowUp, scene: PlanFollowUpScene): Promise<Versioned<FollowUp>>;
  updateFollowUp(
    followUp: FollowUp,
    expectedVersion: string,
    scene: PlanFollowUpScene,
  ): Promise<Versioned<FollowUp>>;
  /** Creates (no version) or overwrites (with the version read) the unit's klarmarkering of the period. */
  saveCompletion(
    completion: PeriodCompletion,
    expectedVersion: string | undefined,
    scene: PlanFollowUpScene,
  ): Promise<Versioned<PeriodCompletion>>;
}
