import type { BoardIndicator } from "../model/boardIndicator";
import type { FocusArea } from "../model/focusArea";
import type { IndicatorOutcome } from "../model/indicatorOutcome";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";

import type { IndicatorRef } from "../rules/outcomes";

/** One indicator with what its view shows: where it sits, its etappmål and every outcome recorded. */
export type IndicatorView = {
  /** The KF indicator itself, or the one the nämnd indicator answers (absent if that is gone). */
  readonly kfIndicator?: KfIndicator;
  readonly focusArea?: FocusArea;
  /** Every outcome of this indicator, any order. */
  readonly outcomes: readonly IndicatorOutcome[];
  /** Each outcome's stored version by its id, so a correction names what it starts from (If-Match). */
  readonly outcomeVersions?: Readonly<Record<string, string>>;
  /** Stored rows left out because they cannot be shown (invalid); absent means 0. */
  readonly skippedRows?: number;
} & (
  | { readonly kind: "kf-indicator"; readonly indicator: KfIndicator }
  | {
      readonly kind: "board-indicator";
      readonly indicator: BoardIndicator;
      /** The nämnd indicator's etappmål. */
      readonly milestones: readonly Milestone[];
      /** The nämnd whose verksamhetsplan holds it: its planners record its outcomes. */
      readonly boardUnitId?: string;
    }
);

/** Reads one indicator's view in a fixed number of round trips; `NotFoundError` when it does not exist. */
export interface IndicatorQueries {
  indicator(ref: IndicatorRef): Promise<IndicatorView>;
}
