/**
 * Reach (räckvidd): how far the steering chain reaches the staff, counted per group — the whole
 * municipality and every org unit with everything below it — from every individual goal of a year. Only
 * counts leave this module: no name, no goal, no id of a person or a goal. A group smaller than
 * SMALLEST_GROUP_SHOWN gets no figures, and neither does a group whose figures would let a hidden group's
 * be worked out from its parent's (complementary suppression, see `suppressionOf`).
 */
import type { Activity } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import { answeredPeriod, type FollowUp } from "../model/followUp";
import type { IndividualGoal } from "../model/individualGoal";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { IsoDate } from "../model/primitives";
import { municipalDate } from "./calendar";
import { SMALLEST_GROUP_SHOWN } from "./coverage";

/** Where a person is placed: all reach needs of them (never their name). */
export interface ReachPlacement {
  readonly id: string;
  readonly unitId: string;
}

/** What reach reads of a goal: no title, no description. */
export type ReachGoal = Pick<
  IndividualGoal,
  | "id"
  | "employeeId"
  | "year"
  | "activityIds"
  | "agreedByEmployeeAt"
  | "agreedByManagerAt"
  | "followUpDates"
  | "withdrawnAt"
>;

/** What reach reads of a goal's follow-up: which goal, which date it answers, when it was recorded. */
export type ReachFollowUp = Pick<FollowUp, "target" | "period" | "answers" | "recordedAt">;

/** The chain above the goals: every item's link upward, nothing else. */
export interface ReachChain {
  readonly activities: readonly Pick<Activity, "id" | "serves">[];
  readonly milestones: readonly Pick<Milestone, "id" | "boardIndicatorId">[];
  readonly boardIndicators: readonly Pick<BoardIndicator, "id" | "kfIndicatorId">[];
  readonly assignments: readonly Pick<Assignment, "id" | "focusAreaId">[];
  readonly kfIndicators: readonly Pick<KfIndicator, "id" | "focusAreaId">[];
}

export interface ReachInput {
  readonly year: number;
  readonly today: IsoDate;
  readonly units: readonly OrgUnit[];
  readonly people: readonly ReachPlacement[];
  readonly goals: readonly ReachGoal[];
  readonly followUps: readonly ReachFollowUp[];
  readonly chain: ReachChain;
  /** The items to count for, in the order shown (items reached but not listed are added after them). */
  readonly listed: {
    readonly focusAreaIds: readonly string[];
    readonly kfIndicatorIds: readonly string[];
    readonly milestoneIds: readonly string[];
  };
}

/** How many people and agreed goals reach one item of the chain. */
export interface ReachItemCount {
  readonly id: string;
  readonly staff: number;
  readonly goals: number;
}

export interface ReachGroupFigures {
  readonly staff: number;
  readonly staffWithAgreedGoals: number;
  readonly agreedGoals: number;
  readonly followUpsDue: number;
  readonly followUpsOnTime: number;
  readonly focusAreas: readonly ReachItemCount[];
  readonly kfIndicators: readonly ReachItemCount[];
  readonly milestones: readonly ReachItemCount[];
}

export type ReachSuppression = "small-group" | "complementary";

export interface ReachGroupRow {
  /** Absent for the whole municipality. */
  readonly unit?: OrgUnit;
  readonly depth: number;
  readonly result:
    | { readonly shown: true; readonly figures: ReachGroupFigures }
    | { readonly shown: false; readonly reason: ReachSuppression };
}

export interface ReachTable {
  /** The items counted for, in order: the listed ones, then any other reached. */
  readonly focusAreaIds: readonly string[];
  readonly kfIndicatorIds: readonly string[];
  readonly milestoneIds: readonly string[];
  /** Top down: the municipality first, each group followed by the groups below it (siblings by name). */
  readonly groups: readonly ReachGroupRow[];
}

/** The items an activity reaches up the chain, walked once per activity. */
interface Reached {
  readonly focusAreas: ReadonlySet<string>;
  readonly kfIndicators: ReadonlySet<string>;
  readonly milestones: ReadonlySet<string>;
}

const none: Reached = { focusAreas: new Set(), kfIndicators: new Set(), milestones: new Set() };

function chainWalker(chain: ReachChain): (activityId: string) => Reached {
  const activities = new Map(chain.activities.map((a) => [a.id, a]));
  const milestones = new Map(chain.milestones.map((m) => [m.id, m]));
  const boardIndicators = new Map(chain.boardIndicators.map((b) => [b.id, b]));
  const assignments = new Map(chain.assignments.map((a) => [a.id, a]));
  const kfIndicators = new Map(chain.kfIndicators.map((k) => [k.id, k]));
  const memo = new Map<string, Reached>();
  const walk = (activityId: string, onRoute: ReadonlySet<string>): Reached => {
    const known = memo.get(activityId);
    if (known !== undefined) return known;
    const activity = activities.get(activityId);
    // An activity not loaded, or a cycle in bad data, reaches nothing further.
    if (activity === undefined || onRoute.has(activityId)) return none;
    const serves = activity.serves;
    let reached: Reached = none;
    if (serves.kind === "activity") {
      reached = walk(serves.id, new Set([...onRoute, activityId]));
    } else if (serves.kind === "milestone") {
      const kfId = boardIndicators.get(milestones.get(serves.id)?.boardIndicatorId ?? "")?.kfIndicatorId;
      const focusAreaId = kfId === undefined ? undefined : kfIndicators.get(kfId)?.focusAreaId;
      reached = {
        milestones: new Set([serves.id]),
        kfIndicators: new Set(kfId === undefined ? [] : [kfId]),
        focusAreas: new Set(focusAreaId === undefined ? [] : [focusAreaId]),
      };
    } else if (serves.kind === "assignment") {
      const focusAreaId = assignments.get(serves.id)?.focusAreaId;
      reached = { ...none, focusAreas: new Set(focusAreaId === undefined ? [] : [focusAreaId]) };
    }
    memo.set(activityId, reached);
    return reached;
  };
  return (activityId) => walk(activityId, new Set());
}

/** One unit's own people (or a group's, summed): every count is additive, as each person is in one unit. */
interface Tally {
  staff: number;
  staffWithAgreedGoals: number;
  agreedGoals: number;
  followUpsDue: number;
  followUpsOnTime: number;
  /** Per item id: [people, goals]. */
  readonly focusAreas: Map<string, [number, number]>;
  readonly kfIndicators: Map<string, [number, number]>;
  readonly milestones: Map<string, [number, number]>;
}

const emptyTally = (): Tally => ({
  staff: 0,
  staffWithAgreedGoals: 0,
  agreedGoals: 0,
  followUpsDue: 0,
  followUpsOnTime: 0,
  focusAreas: new Map(),
  kfIndicators: new Map(),
  milestones: new Map(),
});

const addCounts = (into: Map<string, [number, number]>, from: ReadonlyMap<string, [number, number]>) => {
  for (const [id, [people, goals]] of from) {
    const had = into.get(id) ?? [0, 0];
    into.set(id, [had[0] + people, had[1] + goals]);
  }
};

const addTally = (into: Tally, from: Tally): void => {
  into.staff += from.staff;
  into.staffWithAgreedGoals += from.staffWithAgreedGoals;
  into.agreedGoals += from.agreedGoals;
  into.followUpsDue += from.followUpsDue;
  into.followUpsOnTime += from.followUpsOnTime;
  addCounts(into.focusAreas, from.focusAreas);
  addCounts(into.kfIndicators, from.kfIndicators);
  addCounts(into.milestones, from.milestones);
};

/** Agreed by both and not withdrawn: the goals reach counts. */
const countsAsAgreed = (goal: ReachGoal): boolean =>
  goal.agreedByEmployeeAt !== undefined &&
  goal.agreedByManagerAt !== undefined &&
  goal.withdrawnAt === undefined;

/** One person's tally: their agreed goals of the year, what they reach, their follow-ups due and on time. */
function personTally(
  goals: readonly ReachGoal[],
  recordedOn: ReadonlyMap<string, ReadonlyMap<string, IsoDate>>,
  reach: (activityId: string) => Reached,
  today: IsoDate,
): Tally {
  const tally = emptyTally();
  tally.staff = 1;
  const reachedBy = {
    focusAreas: new Map<string, number>(),
    kfIndicators: new Map<string, number>(),
    milestones: new Map<string, number>(),
  };
  for (const goal of goals) {
    tally.agreedGoals += 1;
    const dates = recordedOn.get(goal.id);
    for (const date of new Set(goal.followUpDates)) {
      if (date > today) continue;
      tally.followUpsDue += 1;
      const recorded = dates?.get(date);
      if (recorded !== undefined && recorded <= date) tally.followUpsOnTime += 1;
    }
    const items = goal.activityIds.map(reach);
    for (const key of ["focusAreas", "kfIndicators", "milestones"] as const) {
      for (const id of new Set(items.flatMap((r) => [...r[key]])))
        reachedBy[key].set(id, (reachedBy[key].get(id) ?? 0) + 1);
    }
  }
  if (goals.length > 0) tally.staffWithAgreedGoals = 1;
  for (const key of ["focusAreas", "kfIndicators", "milestones"] as const)
    for (const [id, count] of reachedBy[key]) tally[key].set(id, [1, count]);
  return tally;
}

/**
 * The municipal date of an instant, remembered per UTC hour: the municipality's offset is whole hours, so
 * every instant of one UTC hour falls on the same Swedish day (150,000 follow-ups, a few thousand hours).
 */
function municipalDates(): (instant: string) => IsoDate {
  const byHour = new Map<string, IsoDate>();
  return (instant) => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(instant))
      return municipalDate(new Date(instant));
    const hour = instant.slice(0, 13);
    let date = byHour.get(hour);
    if (date === undefined) {
      date = municipalDate(new Date(`${hour}:00:00Z`));
      byHour.set(hour, date);
    }
    return date;
  };
}

/** The earliest recording (municipal date) of each agreed date answered, per goal. */
function followUpRecords(followUps: readonly ReachFollowUp[]): Map<string, Map<string, IsoDate>> {
  const byGoal = new Map<string, Map<string, IsoDate>>();
  const dayOf = municipalDates();
  for (const f of followUps) {
    if (f.target.kind !== "individual-goal") continue;
    const date = answeredPeriod(f);
    const recorded = dayOf(f.recordedAt);
    const dates = byGoal.get(f.target.id) ?? new Map<string, IsoDate>();
    const earlier = dates.get(date);
    if (earlier === undefined || recorded < earlier) dates.set(date, recorded);
    byGoal.set(f.target.id, dates);
  }
  return byGoal;
}

/** A group in the tree: the municipality (no unit) or a unit, with the groups directly below it. */
interface Node {
  readonly unit?: OrgUnit;
  readonly depth: number;
  readonly children: Node[];
  /** Its own people plus everyone below. */
  readonly tally: Tally;
  /** People placed in this unit itself (for the municipality: none). */
  readonly own: number;
}

function buildTree(units: readonly OrgUnit[], ownTally: (unitId: string) => Tally): Node {
  const byId = new Map(units.map((u) => [u.id, u]));
  const childrenOf = new Map<string | undefined, OrgUnit[]>();
  for (const unit of units) {
    // A unit whose parent is not known hangs directly under the municipality, like a nämnd.
    const parent = unit.parentId !== undefined && byId.has(unit.parentId) ? unit.parentId : undefined;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const seen = new Set<string>();
  const node = (unit: OrgUnit | undefined, depth: number): Node => {
    const own = unit === undefined ? emptyTally() : ownTally(unit.id);
    const tally = emptyTally();
    addTally(tally, own);
    const children: Node[] = [];
    const below = [...(childrenOf.get(unit?.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "sv"));
    for (const child of below) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      const c = node(child, depth + 1);
      children.push(c);
      addTally(tally, c.tally);
    }
    return { ...(unit === undefined ? {} : { unit }), depth, children, tally, own: own.staff };
  };
  return node(undefined, 0);
}

/**
 * Which groups are hidden and why. First every group of fewer than SMALLEST_GROUP_SHOWN people
 * (`small-group`). Then, complementary, the standard residual rule of tabular statistics: for every shown
 * group, what its figures leave once the figures of the groups below it that can be known are taken away
 * (its own placed people plus every hidden group below) must be nobody or at least SMALLEST_GROUP_SHOWN
 * people; while it is 1–4, the smallest shown group below is hidden too. This covers the case (a
 * parent with exactly one hidden child) and the ones that rule misses: a chef placed alone in the parent
 * unit, two hidden children of 1 and 2 people. A hidden group still counts as known when all of it can be
 * added up from groups shown below it; hiding such a group hides the smallest shown group inside it too.
 */
function suppressionOf(root: Node): Map<Node, ReachSuppression> {
  const hidden = new Map<Node, ReachSuppression>();
  const visit = (n: Node): void => {
    if (n.tally.staff < SMALLEST_GROUP_SHOWN) hidden.set(n, "small-group");
    n.children.forEach(visit);
  };
  visit(root);
  const known = (n: Node): boolean =>
    !hidden.has(n) ||
    n.tally.staff === 0 ||
    (n.own === 0 && n.children.length > 0 && n.children.every(known));
  const residue = (n: Node): number =>
    n.tally.staff - n.children.filter(known).reduce((sum, c) => sum + c.tally.staff, 0);
  const smallestShown = (n: Node): Node | undefined =>
    n.children
      .filter((c) => !hidden.has(c))
      .sort(
        (a, b) =>
          a.tally.staff - b.tally.staff || (a.unit?.name ?? "").localeCompare(b.unit?.name ?? "", "sv"),
      )[0];
  // Hides a group; while it can still be added up from below, hides the smallest shown group inside it.
  const hide = (n: Node): void => {
    hidden.set(n, "complementary");
    let inside: Node | undefined = n;
    while (inside !== undefined && known(n)) {
      const next = smallestShown(inside);
      if (next === undefined) break;
      hidden.set(next, "complementary");
      inside = known(next) ? next : undefined;
    }
  };
  for (let changed = true; changed;) {
    changed = false;
    const check = (n: Node): void => {
      if (!hidden.has(n)) {
        for (let r = residue(n); r > 0 && r < SMALLEST_GROUP_SHOWN; r = residue(n)) {
          const next = smallestShown(n);
          if (next === undefined) break;
          hide(next);
          changed = true;
        }
      }
      n.children.forEach(check);
    };
    check(root);
  }
  return hidden;
}

const countsOf = (ids: readonly string[], counts: ReadonlyMap<string, [number, number]>): ReachItemCount[] =>
  ids.map((id) => {
    const [staff, goals] = counts.get(id) ?? [0, 0];
    return { id, staff, goals };
  });

const withReached = (listed: readonly string[], reached: Iterable<string>): string[] => [
  ...new Set([...listed, ...reached]),
];

/**
 * The reach of one year for the whole municipality and every unit, suppression applied over the whole tree
 * (so every reader's part of it hides the same groups, and two parts read together tell no more).
 */
export function reachTable(input: ReachInput): ReachTable {
  const reach = chainWalker(input.chain);
  const recordedOn = followUpRecords(input.followUps);
  const unitIds = new Set(input.units.map((u) => u.id));
  const staff = new Map(input.people.filter((p) => unitIds.has(p.unitId)).map((p) => [p.id, p]));
  const goalsOf = new Map<string, ReachGoal[]>();
  for (const goal of input.goals) {
    if (goal.year !== input.year || !countsAsAgreed(goal) || !staff.has(goal.employeeId)) continue;
    const theirs = goalsOf.get(goal.employeeId);
    if (theirs === undefined) goalsOf.set(goal.employeeId, [goal]);
    else theirs.push(goal);
  }
  const own = new Map<string, Tally>();
  for (const person of staff.values()) {
    const tally = own.get(person.unitId) ?? emptyTally();
    addTally(tally, personTally(goalsOf.get(person.id) ?? [], recordedOn, reach, input.today));
    own.set(person.unitId, tally);
  }
  const root = buildTree(input.units, (unitId) => own.get(unitId) ?? emptyTally());
  const hidden = suppressionOf(root);
  const focusAreaIds = withReached(input.listed.focusAreaIds, root.tally.focusAreas.keys());
  const kfIndicatorIds = withReached(input.listed.kfIndicatorIds, root.tally.kfIndicators.keys());
  const milestoneIds = withReached(input.listed.milestoneIds, root.tally.milestones.keys());
  const groups: ReachGroupRow[] = [];
  const emit = (n: Node): void => {
    const reason = hidden.get(n);
    const t = n.tally;
    groups.push({
      ...(n.unit === undefined ? {} : { unit: n.unit }),
      depth: n.depth,
      result:
        reason !== undefined
          ? { shown: false, reason }
          : {
              shown: true,
              figures: {
                staff: t.staff,
                staffWithAgreedGoals: t.staffWithAgreedGoals,
                agreedGoals: t.agreedGoals,
                followUpsDue: t.followUpsDue,
                followUpsOnTime: t.followUpsOnTime,
                focusAreas: countsOf(focusAreaIds, t.focusAreas),
                kfIndicators: countsOf(kfIndicatorIds, t.kfIndicators),
                milestones: countsOf(milestoneIds, t.milestones),
              },
            },
    });
    n.children.forEach(emit);
  };
  emit(root);
  return { focusAreaIds, kfIndicatorIds, milestoneIds, groups };
}

/** Who may see which groups of the reach table. */
export type ReachScope =
  | { readonly kind: "everything" }
  | { readonly kind: "units"; readonly unitIds: readonly string[] }
  | { readonly kind: "refused" };

/**
 * The kommun's planners see every group; a planner of a unit that unit's groups and below; a chef the units
 * they lead and below (both together when someone is both); anyone else nothing.
 */
export function reachScopeOf(person: Pick<Person, "id" | "roles">, units: readonly OrgUnit[]): ReachScope {
  if (person.roles.some((r) => r.kind === "municipal-planner")) return { kind: "everything" };
  const known = new Set(units.map((u) => u.id));
  const unitIds = [
    ...new Set([
      ...person.roles.flatMap((r) => (r.kind === "planner" && known.has(r.unitId) ? [r.unitId] : [])),
      ...units.filter((u) => u.chefId === person.id).map((u) => u.id),
    ]),
  ];
  return unitIds.length === 0 ? { kind: "refused" } : { kind: "units", unitIds };
}

/** The rows of the table a scope sees, in the table's order (a unit's row and every row below it). */
export function rowsInScope(table: ReachTable, scope: ReachScope): ReachGroupRow[] {
  if (scope.kind === "everything") return [...table.groups];
  if (scope.kind === "refused") return [];
  const roots = new Set(scope.unitIds);
  const rows: ReachGroupRow[] = [];
  let insideDepth: number | undefined;
  for (const row of table.groups) {
    if (insideDepth !== undefined && row.depth <= insideDepth) insideDepth = undefined;
    if (insideDepth === undefined && row.unit !== undefined && roots.has(row.unit.id))
      insideDepth = row.depth;
    if (insideDepth !== undefined) rows.push(row);
  }
  return rows;
}
