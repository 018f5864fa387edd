import type { ChainView } from "../../../domain";
import type { ChainNode } from "./chainTree";

/** The global goals each item that can carry them carries, by node key (`focus-area:<id>` …). */
function goalsByKey(view: ChainView): Map<string, readonly number[]> {
  const goals = new Map<string, readonly number[]>();
  for (const a of view.focusAreas) goals.set(`focus-area:${a.id}`, a.agenda2030Goals);
  for (const k of view.kfIndicators)
    if (k.agenda2030Goals) goals.set(`kf-indicator:${k.id}`, k.agenda2030Goals);
  for (const b of view.boardIndicators)
    if (b.agenda2030Goals) goals.set(`board-indicator:${b.id}`, b.agenda2030Goals);
  return goals;
}

/** Every global goal something in the chain carries, ascending: what the filter offers. */
export function agenda2030GoalsIn(view: ChainView): number[] {
  return [...new Set([...goalsByKey(view).values()].flat())].sort((a, b) => a - b);
}

/**
 * The chain narrowed to one global goal: an indicator (KF or nämnd) carrying it stays with everything below
 * it (its nämnd indicators, etappmål, activities, goals); the items above it stay for context. A målområde
 * carrying it stays even when none of its indicators does, without its children, since the goal is in its
 * remit. Uppdrag and basuppdrag carry no goals and drop out. Undefined when nothing carries the goal.
 */
export function filterByAgenda2030Goal(
  root: ChainNode,
  view: ChainView,
  goal: number,
): ChainNode | undefined {
  const goals = goalsByKey(view);
  const carries = (n: ChainNode) => goals.get(n.key)?.includes(goal) === true;
  const keep = (n: ChainNode): ChainNode | undefined => {
    if ((n.kind === "kf-indicator" || n.kind === "board-indicator") && carries(n)) return n;
    const children = n.children.flatMap((c) => keep(c) ?? []);
    if (children.length > 0) return { ...n, children };
    if (n.kind === "focus-area" && carries(n)) return { ...n, children: [] };
    return undefined;
  };
  return keep(root);
}

/** Branches to open so every indicator carrying the goal shows: each one above such an indicator. */
export function branchesToGoal(narrowed: ChainNode, view: ChainView, goal: number): string[] {
  const goals = goalsByKey(view);
  const open: string[] = [];
  const visit = (n: ChainNode): boolean => {
    const below = n.children.map(visit).some(Boolean);
    if (below) open.push(n.key);
    const isIndicator = n.kind === "kf-indicator" || n.kind === "board-indicator";
    return below || (isIndicator && goals.get(n.key)?.includes(goal) === true);
  };
  visit(narrowed);
  return open;
}
