/**
 * Does a nämnd indicator say the same as its etappmål? The indicator's target (value, year) is what the
 * plan promises; an etappmål for that year must promise the same value, and each etappmål's title must
 * state its own figure (people read the title, the chart reads the number).
 */
import type { BoardIndicator } from "../model/boardIndicator";
import type { Milestone } from "../model/milestone";

export interface TargetMismatch {
  readonly indicatorId: string;
  readonly milestoneId?: string;
  /** Swedish, for the planner who fixes it. */
  readonly message: string;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** The figures written in a title: "116 500", "86,5" and "86.5" alike (a space may group thousands). */
export function figuresIn(text: string): number[] {
  const matches = text.match(/\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/[ \u00a0\u202f]/g, "").replace(",", ".")));
}

/** The etappmål that states the indicator's target: one whose date falls in the target's year. */
export function milestoneForTarget(
  indicator: BoardIndicator,
  milestones: readonly Milestone[],
): Milestone | undefined {
  const target = indicator.target;
  if (target === undefined) return undefined;
  return milestones.find((m) => m.boardIndicatorId === indicator.id && yearOf(m.targetDate) === target.year);
}

export function indicatorTargetMismatches(
  indicators: readonly BoardIndicator[],
  milestones: readonly Milestone[],
): TargetMismatch[] {
  const out: TargetMismatch[] = [];
  for (const indicator of indicators) {
    const own = milestones.filter((m) => m.boardIndicatorId === indicator.id);
    const name = `Nämndindikator ${indicator.number}`;
    for (const m of own) {
      if (!figuresIn(m.title).includes(m.targetValue))
        out.push({
          indicatorId: indicator.id,
          milestoneId: m.id,
          message: `Etappmålet ”${m.title}” nämner inte sitt målvärde ${m.targetValue}.`,
        });
    }
    const target = indicator.target;
    if (target === undefined) continue;
    const stating = milestoneForTarget(indicator, milestones);
    if (stating === undefined) {
      out.push({
        indicatorId: indicator.id,
        message: `${name} har målvärdet ${target.value} (${target.year}) men inget etappmål för ${target.year}.`,
      });
    } else if (stating.targetValue !== target.value) {
      out.push({
        indicatorId: indicator.id,
        milestoneId: stating.id,
        message: `${name} säger mål ${target.value} (${target.year}) men etappmålet säger ${stating.targetValue}.`,
      });
    }
  }
  return out;
}
