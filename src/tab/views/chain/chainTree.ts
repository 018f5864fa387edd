import {
  FOLLOWABLE_KINDS,
  latestFollowUp,
  rollUp,
  type Activity,
  type ChainView,
  type FollowableKind,
  type FollowUp,
  type FollowUpStatus,
  type IndividualGoal,
  type Milestone,
  type OrgUnit,
} from "../../../domain";
import type { LabelledKind } from "../../components/strings";

/** Groups that are not items themselves: uppdrag without a målområde, work under the basuppdrag. */
export type GroupKind = "group-assignments" | "group-core-mission";

export type NodeKind = LabelledKind | GroupKind;

export interface ChainNode {
  /** `<kind>:<id>` — the same form as the route's `item=` parameter. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly id: string;
  readonly label: string;
  /** Extra context shown beside the label, e.g. which unit's arbetsplan an activity belongs to. */
  readonly context?: string;
  /** Own latest follow-up, else rolled up from the children (domain rule); undefined when nothing to say. */
  readonly status: FollowUpStatus | undefined;
  readonly children: readonly ChainNode[];
}

export interface ChainTreeInput {
  readonly view: ChainView;
  /** The reader's own goals, shown under the activities they link to. */
  readonly ownGoals: readonly IndividualGoal[];
  readonly ownFollowUps: readonly FollowUp[];
  /** Only show arbetsplaner of this unit and the units above it (undefined: every unit). */
  readonly unitId?: string;
  /** How an etappmål's horizon reads in the reader's language ("kort sikt"); shown beside it with the date. */
  readonly horizonLabel?: (horizon: Milestone["horizon"]) => string;
}

const keyOf = (kind: NodeKind, id: string) => `${kind}:${id}`;
export const isFollowable = (kind: NodeKind): kind is FollowableKind =>
  (FOLLOWABLE_KINDS as readonly string[]).includes(kind);

/** Unit ids on the way from a unit up to the top, the unit itself included. */
function withAncestors(unitId: string, units: readonly OrgUnit[]): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return seen;
}

/**
 * The chain as a tree, top down: vision → målområden → KF indicators → the nämnd's indicators → etappmål →
 * activities of each arbetsplan down the units → the reader's own goals. Uppdrag hang under their målområde
 * (or a group when they name none); activities serving the basuppdrag get their own group.
 */
export function buildChainTree(input: ChainTreeInput): ChainNode {
  const { view, ownGoals, ownFollowUps } = input;
  const followUps = [...view.followUps, ...ownFollowUps];
  const units = new Map(view.units.map((u) => [u.id, u]));
  const plans = new Map(view.workPlans.map((p) => [p.id, p]));
  const shownUnits = input.unitId === undefined ? undefined : withAncestors(input.unitId, view.units);
  const visibleActivities = view.activities.filter((a) => {
    const plan = plans.get(a.workPlanId);
    return plan !== undefined && (shownUnits === undefined || shownUnits.has(plan.ownerUnitId));
  });

  const node = (
    kind: NodeKind,
    id: string,
    label: string,
    children: readonly ChainNode[],
    context?: string,
    /** Goals never count in a roll-up: what travels upward about individuals is aggregate only. */
    rollUpChildren: readonly ChainNode[] = children,
  ): ChainNode => {
    const own = isFollowable(kind) ? latestFollowUp({ kind, id }, followUps)?.status : undefined;
    const status =
      own ?? (rollUpChildren.length > 0 ? rollUp(rollUpChildren.map((c) => c.status)) : undefined);
    return { key: keyOf(kind, id), kind, id, label, status, children, ...(context ? { context } : {}) };
  };

  const goalNodes = (activity: Activity): ChainNode[] =>
    ownGoals
      .filter((g) => g.activityIds.includes(activity.id))
      .map((g) => node("individual-goal", g.id, g.title, []));

  const activityNode = (activity: Activity): ChainNode => {
    const below = visibleActivities
      .filter((a) => a.serves.kind === "activity" && a.serves.id === activity.id)
      .map(activityNode);
    const goals = goalNodes(activity);
    const plan = plans.get(activity.workPlanId);
    const unitName = plan ? (units.get(plan.ownerUnitId)?.name ?? plan.title) : undefined;
    return node("activity", activity.id, activity.title, [...below, ...goals], unitName, below);
  };

  const activitiesServing = (kind: "milestone" | "assignment", id: string) =>
    visibleActivities.filter((a) => a.serves.kind === kind && a.serves.id === id).map(activityNode);

  const assignmentNode = (assignmentId: string, title: string) =>
    node("assignment", assignmentId, title, activitiesServing("assignment", assignmentId));

  const focusAreaNodes = view.focusAreas.map((area) => {
    const indicators = view.kfIndicators
      .filter((k) => k.focusAreaId === area.id)
      .sort((a, b) => a.number - b.number)
      .map((kf) =>
        node(
          "kf-indicator",
          kf.id,
          `${kf.number}. ${kf.name}`,
          view.boardIndicators
            .filter((b) => b.kfIndicatorId === kf.id)
            .map((bi) =>
              node(
                "board-indicator",
                bi.id,
                `${bi.number}. ${bi.name}`,
                view.milestones
                  .filter((m) => m.boardIndicatorId === bi.id)
                  .map((m) =>
                    node(
                      "milestone",
                      m.id,
                      m.title,
                      activitiesServing("milestone", m.id),
                      input.horizonLabel ? `${input.horizonLabel(m.horizon)}, ${m.targetDate}` : m.targetDate,
                    ),
                  ),
              ),
            ),
        ),
      );
    const assignments = view.assignments
      .filter((a) => a.focusAreaId === area.id)
      .map((a) => assignmentNode(a.id, a.title));
    return node("focus-area", area.id, area.heading, [...indicators, ...assignments]);
  });

  const groups: ChainNode[] = [];
  const loose = view.assignments
    .filter((a) => a.focusAreaId === undefined)
    .map((a) => assignmentNode(a.id, a.title));
  if (loose.length > 0) groups.push(node("group-assignments", "utan-malomrade", "", loose));
  const core = visibleActivities.filter((a) => a.serves.kind === "core-mission").map(activityNode);
  if (core.length > 0) groups.push(node("group-core-mission", "basuppdrag", "", core));

  return node("vision", view.vision?.id ?? "vision", view.vision?.text ?? "", [...focusAreaNodes, ...groups]);
}

/** Every node, parents before children. */
export function flatten(root: ChainNode): ChainNode[] {
  return [root, ...root.children.flatMap(flatten)];
}

/** The nodes from the root down to the one with `key` (empty when it is not in the tree). */
export function pathTo(root: ChainNode, key: string): ChainNode[] {
  if (root.key === key) return [root];
  for (const child of root.children) {
    const below = pathTo(child, key);
    if (below.length > 0) return [root, ...below];
  }
  return [];
}

const fold = (text: string) =>
  text
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** A node matches when its label or context holds every word typed (case and accents ignored). */
function matcher(query: string): ((n: ChainNode) => boolean) | undefined {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return (n) => {
    const text = fold(`${n.label} ${n.context ?? ""}`);
    return words.every((w) => text.includes(w));
  };
}

/**
 * Keeps the nodes that match the query with their ancestors (so each match is seen in its place in the
 * chain) and everything below a match. Undefined when nothing matches.
 */
export function filterTree(root: ChainNode, query: string): ChainNode | undefined {
  const matches = matcher(query);
  if (matches === undefined) return root;
  const keep = (n: ChainNode): ChainNode | undefined => {
    if (matches(n)) return n;
    const children = n.children.flatMap((c) => keep(c) ?? []);
    return children.length > 0 ? { ...n, children } : undefined;
  };
  return keep(root);
}

/** Keys of the branches to open so every match is visible: the ancestors of each match. */
export function branchesToMatches(root: ChainNode, query: string): string[] {
  const matches = matcher(query);
  if (matches === undefined) return [];
  const open: string[] = [];
  const visit = (n: ChainNode): boolean => {
    const below = n.children.map(visit).some(Boolean);
    if (below) open.push(n.key);
    return below || matches(n);
  };
  visit(root);
  return open;
}
