import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { IndicatorOutcome } from "../model/indicatorOutcome";
import type { KfIndicator } from "../model/kfIndicator";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { IndicatorRef } from "../rules/outcomes";
import type { Versioned } from "./versioned";

/** What to read before a person's write to one outcome. */
export interface OutcomeSceneRequest {
  readonly callerId: string;
  readonly indicator: IndicatorRef;
  readonly outcomeId: string;
}

/** Everything the rules need to decide one outcome write; absent items are `undefined`. */
export interface OutcomeScene {
  readonly caller: Person | undefined;
  readonly units: readonly OrgUnit[];
  readonly kfIndicator: KfIndicator | undefined;
  readonly boardIndicator: BoardIndicator | undefined;
  /** The verksamhetsplan of `boardIndicator` (whose nämnd owns it). */
  readonly boardPlan: BoardPlan | undefined;
  readonly outcome: Versioned<IndicatorOutcome> | undefined;
}

/** One write of a batch: a new outcome, or a change to a stored one at the version it was read. */
export type OutcomeWrite =
  | { readonly kind: "create"; readonly outcome: IndicatorOutcome }
  | { readonly kind: "update"; readonly outcome: IndicatorOutcome; readonly expectedVersion: string };

/** Each write's own answer: stored, or why not (a stale version, a taken key, storage refusing it). */
export type OutcomeWriteResult =
  | { readonly ok: true; readonly saved: Versioned<IndicatorOutcome> }
  | { readonly ok: false; readonly id: string; readonly reason: string };

/**
 * Storage of indicator outcomes, written with the app's own identity. Single writes reject with the domain's
 * errors (`ConflictError` for a stale version or a taken key, `NotFoundError`); `writeMany` answers each
 * write on its own, so one refused row does not stop an import.
 */
export interface OutcomeStore {
  scene(request: OutcomeSceneRequest): Promise<OutcomeScene>;
  create(outcome: IndicatorOutcome): Promise<Versioned<IndicatorOutcome>>;
  replace(outcome: IndicatorOutcome, expectedVersion: string): Promise<Versioned<IndicatorOutcome>>;
  delete(id: string, expectedVersion: string): Promise<void>;
  /** Every KF and nämnd indicator that carries a Kolada KPI id. */
  koladaIndicators(): Promise<{ kf: KfIndicator[]; board: BoardIndicator[] }>;
  /** Every stored outcome of these indicators, in few round trips. */
  outcomesOf(indicators: readonly IndicatorRef[]): Promise<Versioned<IndicatorOutcome>[]>;
  writeMany(writes: readonly OutcomeWrite[]): Promise<OutcomeWriteResult[]>;
}
