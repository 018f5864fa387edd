/**
 * Outcomes for 2022 and 2023, before the ones in followUps.ts, so each indicator's chart draws a trend over
 * four years. KF outcomes of 2022 are the KF indicators' baselines; the nämnd's lead into its 2024 baselines.
 */
import type { IndicatorOutcome, Measurement } from "../../domain/model/indicatorOutcome";
import { outcome, value } from "./followUps";
import { boardIndicators } from "./grundskolenamnden";
import { kfIndicators } from "./kfLevel";

/** [2022, 2023] per KF indicator, in KF order. */
const kfHistory: readonly (readonly [number, number])[] = [
  [-4.6, -5.1],
  [68.4, 69],
  [81, 81],
  [72, 72],
  [64, 64],
  [71, 71],
  [57, 58],
  [6.1, 6],
];

const kfOutcomes = kfIndicators.flatMap((kf, index) => {
  const [v2022, v2023] = kfHistory[index] ?? [];
  if (v2022 === undefined || v2023 === undefined) return [];
  const ref = { kind: "kf-indicator", id: kf.id } as const;
  const source = kf.koladaKpiId === undefined ? "manual" : "kolada";
  return [outcome(ref, "2022", value(v2022), source), outcome(ref, "2023", value(v2023), source)];
});

/** [2022, 2023] per nämnd indicator number; surveys split kvinnor/män. */
const boardHistory: Readonly<Record<number, readonly [Measurement, Measurement]>> = {
  1: [value(121_300), value(119_800)],
  2: [value(82.9, 85.6, 80.4), value(83.5, 86.1, 81)],
  3: [value(75, 77, 73), value(76, 78, 74)],
  5: [value(80, 78, 82), value(78, 75, 81)],
  6: [value(70, 66, 74), value(71, 67, 75)],
  7: [value(66), value(67)],
  8: [value(149), value(146)],
};

const boardOutcomes = boardIndicators.flatMap((bi) => {
  const history = boardHistory[bi.number];
  if (history === undefined) return [];
  const ref = { kind: "board-indicator", id: bi.id } as const;
  return [outcome(ref, "2022", history[0], "manual"), outcome(ref, "2023", history[1], "manual")];
});

export const earlierOutcomes: readonly IndicatorOutcome[] = [...kfOutcomes, ...boardOutcomes];
