import type { FocusAreaDimension } from "../../../domain";
import type { ReachCount, ReachFigures, ReachGroup, ReachReport } from "../../../contracts/reachApi";

/** A part of a whole as a fraction 0–1; nothing of nothing is 0 (a group without staff reaches no one). */
export function share(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, Math.max(0, part / whole));
}

/** The value a group has in the picker and the URL: its unit, or "" for the whole municipality. */
export function groupKey(group: ReachGroup): string {
  return group.unitId ?? "";
}

/**
 * The group shown: the one the URL names when the person may see it, else the top one of the report with
 * figures (the whole municipality for the kommun's planners, the nämnd or unit for others) — a nämnd hidden
 * to protect a small group elsewhere should not leave its planner facing an empty page — else the top one.
 * Undefined for an empty report.
 */
export function selectedGroup(report: ReachReport, enhet: string | undefined): ReachGroup | undefined {
  const named = enhet === undefined ? undefined : report.groups.find((g) => groupKey(g) === enhet);
  return named ?? report.groups.find((g) => g.result.shown) ?? report.groups[0];
}

/** One ring of the three circles: the målområde, its dimension, and the share of the group's staff it reaches. */
export interface ReachRing {
  readonly dimension: FocusAreaDimension;
  readonly heading: string;
  /** People whose agreed goals reach the målområde. */
  readonly staff: number;
  readonly share: number;
}

const DIMENSION_ORDER: readonly FocusAreaDimension[] = ["social", "economic", "ecological"];

const countOf = (counts: readonly ReachCount[], id: string): ReachCount | undefined =>
  counts.find((c) => c.id === id);

/**
 * The rings, social innermost to ecological outermost. A dimension with several målområden (a mandate may
 * have more than one) counts its largest reach, so a ring never claims more people than the group has.
 */
export function reachRings(report: ReachReport, figures: ReachFigures): ReachRing[] {
  return DIMENSION_ORDER.flatMap((dimension) => {
    const areas = report.focusAreas.filter((a) => a.dimension === dimension);
    const first = areas[0];
    if (first === undefined) return [];
    const staff = Math.max(...areas.map((a) => countOf(figures.focusAreas, a.id)?.staff ?? 0));
    return [
      {
        dimension,
        heading: areas.map((a) => a.heading).join(" · "),
        staff,
        share: share(staff, figures.staff),
      },
    ];
  });
}

/** A named item of the chain with how many people and goals reach it. */
export interface ReachItemRow {
  readonly id: string;
  readonly name: string;
  readonly staff: number;
  readonly goals: number;
}

/** Every KF indicator, in its number's order, with the group's counts (0 where none of its goals reach it). */
export function kfIndicatorRows(report: ReachReport, figures: ReachFigures): ReachItemRow[] {
  return [...report.kfIndicators]
    .sort((a, b) => a.number - b.number)
    .map((kf) => {
      const count = countOf(figures.kfIndicators, kf.id);
      return {
        id: kf.id,
        name: `${kf.number}. ${kf.name}`,
        staff: count?.staff ?? 0,
        goals: count?.goals ?? 0,
      };
    });
}

/** The nämnd a group belongs to (itself when it is one); undefined for the whole municipality. */
export function boardOf(report: ReachReport, group: ReachGroup): string | undefined {
  const byUnit = new Map(
    report.groups.flatMap((g) => (g.unitId === undefined ? [] : [[g.unitId, g] as const])),
  );
  let current: ReachGroup | undefined = group;
  // Bounded by the report's size, so a malformed parent loop cannot spin.
  for (let step = 0; current !== undefined && step <= report.groups.length; step += 1) {
    if (current.kind === "board") return current.unitId;
    current = current.parentUnitId === undefined ? undefined : byUnit.get(current.parentUnitId);
  }
  return undefined;
}

/**
 * The etappmål that concern the group: its nämnd's (every nämnd's for the whole municipality), plus any other
 * its goals reach; each with the group's counts.
 */
export function milestoneRows(report: ReachReport, group: ReachGroup, figures: ReachFigures): ReachItemRow[] {
  const board = boardOf(report, group);
  return report.milestones
    .filter(
      (m) =>
        group.kind === "municipality" ||
        m.boardUnitId === board ||
        countOf(figures.milestones, m.id) !== undefined,
    )
    .map((m) => {
      const count = countOf(figures.milestones, m.id);
      return { id: m.id, name: m.title, staff: count?.staff ?? 0, goals: count?.goals ?? 0 };
    });
}
