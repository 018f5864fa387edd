/**
 * Reach worked out directly from the raw rows, written apart from the domain's rule (rules/reach.ts) so the
 * two can check each other: for one group (a unit and everything below it, or the whole municipality),
 * staff, agreed goals, follow-ups due and on time, and the people and goals reaching each chain item.
 */
import type { SteeringData } from "../../../../src/demo";

export interface HandFigures {
  staff: number;
  staffWithAgreedGoals: number;
  agreedGoals: number;
  followUpsDue: number;
  followUpsOnTime: number;
  /** `kind:id` → [people, goals], only items reached. */
  items: Record<string, [number, number]>;
}

const swedishDay = (instant: string): string =>
  new Date(instant).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

export function reachByHand(
  data: Pick<
    SteeringData,
    | "org-unit"
    | "person"
    | "individual-goal"
    | "follow-up"
    | "activity"
    | "milestone"
    | "board-indicator"
    | "assignment"
    | "kf-indicator"
  >,
  year: number,
  today: string,
  unitId: string | undefined,
): HandFigures {
  const inGroup = (id: string): boolean => {
    if (unitId === undefined) return data["org-unit"].some((u) => u.id === id);
    let here = data["org-unit"].find((u) => u.id === id);
    for (let steps = 0; here !== undefined && steps < 50; steps += 1) {
      if (here.id === unitId) return true;
      const parentId = here.parentId;
      here = data["org-unit"].find((u) => u.id === parentId);
    }
    return false;
  };
  const staff = data.person.filter((p) => inGroup(p.unitId) && (p.leftAt === undefined || p.leftAt > today));
  const staffIds = new Set(staff.map((p) => p.id));
  const goals = data["individual-goal"].filter(
    (g) =>
      g.year === year &&
      g.agreedByEmployeeAt !== undefined &&
      g.agreedByManagerAt !== undefined &&
      g.withdrawnAt === undefined &&
      staffIds.has(g.employeeId),
  );
  let due = 0;
  let onTime = 0;
  for (const g of goals) {
    for (const date of new Set(g.followUpDates)) {
      if (date > today) continue;
      due += 1;
      const answered = data["follow-up"].some(
        (f) =>
          f.target.kind === "individual-goal" &&
          f.target.id === g.id &&
          (f.answers ?? f.period) === date &&
          swedishDay(f.recordedAt) <= date,
      );
      if (answered) onTime += 1;
    }
  }
  const reachedFrom = (activityId: string, seen: string[]): string[] => {
    const activity = data.activity.find((a) => a.id === activityId);
    if (activity === undefined || seen.includes(activityId)) return [];
    const serves = activity.serves;
    if (serves.kind === "activity") return reachedFrom(serves.id, [...seen, activityId]);
    if (serves.kind === "assignment") {
      const area = data.assignment.find((a) => a.id === serves.id)?.focusAreaId;
      return area === undefined ? [] : [`focus:${area}`];
    }
    if (serves.kind === "milestone") {
      const indicator = data["board-indicator"].find(
        (b) => b.id === data.milestone.find((m) => m.id === serves.id)?.boardIndicatorId,
      );
      const kf = data["kf-indicator"].find((k) => k.id === indicator?.kfIndicatorId);
      return [
        `milestone:${serves.id}`,
        ...(kf === undefined ? [] : [`kf:${kf.id}`, `focus:${kf.focusAreaId}`]),
      ];
    }
    return [];
  };
  const items: Record<string, [number, number]> = {};
  const people: Record<string, Set<string>> = {};
  for (const g of goals) {
    for (const item of new Set(g.activityIds.flatMap((a) => reachedFrom(a, [])))) {
      const [p, n] = items[item] ?? [0, 0];
      items[item] = [p, n + 1];
      (people[item] ??= new Set()).add(g.employeeId);
    }
  }
  for (const item of Object.keys(items)) items[item] = [people[item]?.size ?? 0, items[item]?.[1] ?? 0];
  return {
    staff: staff.length,
    staffWithAgreedGoals: new Set(goals.map((g) => g.employeeId)).size,
    agreedGoals: goals.length,
    followUpsDue: due,
    followUpsOnTime: onTime,
    items,
  };
}

/** The API's figures in the same shape (items with nobody reaching them left out). */
export function figuresAsHand(figures: {
  staff: number;
  staffWithAgreedGoals: number;
  agreedGoals: number;
  followUpsDue: number;
  followUpsOnTime: number;
  focusAreas: readonly { id: string; staff: number; goals: number }[];
  kfIndicators: readonly { id: string; staff: number; goals: number }[];
  milestones: readonly { id: string; staff: number; goals: number }[];
}): HandFigures {
  const items: Record<string, [number, number]> = {};
  const add = (kind: string, counts: readonly { id: string; staff: number; goals: number }[]) => {
    for (const c of counts) if (c.goals > 0 || c.staff > 0) items[`${kind}:${c.id}`] = [c.staff, c.goals];
  };
  add("focus", figures.focusAreas);
  add("kf", figures.kfIndicators);
  add("milestone", figures.milestones);
  return {
    staff: figures.staff,
    staffWithAgreedGoals: figures.staffWithAgreedGoals,
    agreedGoals: figures.agreedGoals,
    followUpsDue: figures.followUpsDue,
    followUpsOnTime: figures.followUpsOnTime,
    items,
  };
}
