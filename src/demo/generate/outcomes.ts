import type { BoardIndicator } from "../../domain/model/boardIndicator";
import type { IndicatorOutcome } from "../../domain/model/indicatorOutcome";
import { outcomeKeyOf } from "../../domain/rules/outcomes";
import type { Prng } from "../prng";

/** Outcomes for the two years before the plan year, drifting from the baseline towards the target. */
export const generateOutcomes = (
  prng: Prng,
  year: number,
  indicators: readonly BoardIndicator[],
): IndicatorOutcome[] =>
  indicators.flatMap((indicator) => {
    const baseline = indicator.baseline?.value ?? 0;
    const target = indicator.target?.value ?? baseline;
    return [year - 2, year - 1].map((y, i): IndicatorOutcome => {
      const drift = (target - baseline) * (i * 0.4 + prng.next() * 0.2);
      const total = Math.round((baseline + drift) * 10) / 10;
      const missing = i === 1 && prng.chance(0.08);
      const ref = { kind: "board-indicator", id: indicator.id } as const;
      return {
        id: outcomeKeyOf(ref, String(y), "manual"),
        indicator: ref,
        period: String(y),
        measurement: missing ? { kind: "missing", reason: "not-yet-published" } : { kind: "value", total },
        source: "manual",
        recordedAt: `${y + 1}-02-${String(prng.int(10, 28))}T10:00:00Z`,
      };
    });
  });
