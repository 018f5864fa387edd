/**
 * Copying a plan's structure: for a new version of it (same year, same parent) or for next year's plan.
 * Each copy remembers the item it was copied from (`copiedFromId`), so links from below can follow it and
 * a goal's link to a dropped activity can be told apart from one that lives on. Outcomes and follow-ups
 * are never copied: they belong to the year they were recorded in.
 */
import type { Activity, ServedItem } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { Milestone } from "../model/milestone";

/** The id of the n-th copied item of a kind in a new plan: `<plan id>-<kind>-<n>`. */
export const copiedItemId = (planId: string, kind: "ind" | "em" | "upp" | "akt", n: number): string =>
  `${planId}-${kind}-${n}`;

/** The same calendar day a year later (29 February becomes 28 February). */
export const nextYearDate = (date: string): string => {
  const year = Number(date.slice(0, 4)) + 1;
  const rest = date.slice(4) === "-02-29" ? "-02-28" : date.slice(4);
  return `${year}${rest}`;
};

export interface BoardPlanItems {
  readonly indicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
}

/**
 * The nämnd's indicators, etappmål and uppdrag copied into `planId`; etappmål point at the copied
 * indicators. For next year (`shiftYear`) target years, target dates and due dates move one year on.
 */
export const copyBoardPlanItems = (
  items: BoardPlanItems,
  planId: string,
  shiftYear: boolean,
): BoardPlanItems => {
  const shift = (date: string): string => (shiftYear ? nextYearDate(date) : date);
  const indicatorIds = new Map<string, string>();
  const indicators = items.indicators.map((x, i): BoardIndicator => {
    const id = copiedItemId(planId, "ind", i + 1);
    indicatorIds.set(x.id, id);
    return {
      ...x,
      id,
      boardPlanId: planId,
      copiedFromId: x.id,
      ...(shiftYear && x.target !== undefined ? { target: { ...x.target, year: x.target.year + 1 } } : {}),
    };
  });
  const milestones = items.milestones.flatMap((x, i): Milestone[] => {
    const indicatorId = indicatorIds.get(x.boardIndicatorId);
    if (indicatorId === undefined) return [];
    return [
      {
        ...x,
        id: copiedItemId(planId, "em", i + 1),
        boardPlanId: planId,
        boardIndicatorId: indicatorId,
        copiedFromId: x.id,
        targetDate: x.horizon === "short" ? shift(x.targetDate) : x.targetDate,
      },
    ];
  });
  const assignments = items.assignments.map((x, i): Assignment => ({
    ...x,
    id: copiedItemId(planId, "upp", i + 1),
    boardPlanId: planId,
    copiedFromId: x.id,
    dueDate: shift(x.dueDate),
  }));
  return { indicators, milestones, assignments };
};

/** The items of the parent plan a copied activity may be re-pointed to. */
export interface ParentItems {
  readonly milestones: readonly Pick<Milestone, "id" | "copiedFromId">[];
  readonly assignments: readonly Pick<Assignment, "id" | "copiedFromId">[];
  readonly activities: readonly Pick<Activity, "id" | "copiedFromId">[];
}

/**
 * What a copied activity serves under the new parent plan: the copy of what it served (or the same item,
 * when the parent plan did not change); undefined when the new parent plan has neither.
 */
export const repointServed = (
  served: ServedItem,
  parent: ParentItems | undefined,
): ServedItem | undefined => {
  if (served.kind === "core-mission" || parent === undefined) return served;
  const candidates: readonly Pick<Activity, "id" | "copiedFromId">[] =
    served.kind === "milestone"
      ? parent.milestones
      : served.kind === "assignment"
        ? parent.assignments
        : parent.activities;
  const same = candidates.find((x) => x.id === served.id);
  if (same !== undefined) return served;
  const copy = candidates.find((x) => x.copiedFromId === served.id);
  return copy === undefined ? undefined : { kind: served.kind, id: copy.id };
};

/** An activity whose link could not follow to the new parent plan: it serves the basuppdrag until relinked. */
export interface LostLink {
  readonly activityId: string;
  readonly title: string;
  readonly previously: ServedItem;
}

/**
 * A plan's activities copied into `planId`, each re-pointed to the new parent plan's items (`parent`
 * undefined: the parent plan stays the same, links are kept). Links that cannot follow are reported and the
 * activity serves the basuppdrag until someone relinks it.
 */
export const copyActivities = (
  activities: readonly Activity[],
  planId: string,
  parent: ParentItems | undefined,
): { readonly activities: Activity[]; readonly lost: LostLink[] } => {
  const lost: LostLink[] = [];
  const copies = activities.map((x, i): Activity => {
    const id = copiedItemId(planId, "akt", i + 1);
    const served = repointServed(x.serves, parent);
    if (served === undefined) lost.push({ activityId: id, title: x.title, previously: x.serves });
    return { ...x, id, workPlanId: planId, copiedFromId: x.id, serves: served ?? { kind: "core-mission" } };
  });
  return { activities: copies, lost };
};
