/**
 * A goal's links after its plan changed. A goal agreed against an activity stays valid as of its agreement:
 * the link is never silently dropped or re-pointed. When a newer version of the arbetsplan drops or changes
 * the activity (or an utkast loses it), the goal says so — "kopplingen behöver ses över" — until the
 * medarbetare and chef relink it through a revision (which asks both to agree again).
 */
import type { Activity } from "../model/activity";
import { isWithdrawn, type IndividualGoal } from "../model/individualGoal";
import type { ModelIndex } from "./snapshot";

export type LinkAttentionReason = "activity-removed" | "activity-changed";

export interface LinkAttention {
  readonly activityId: string;
  readonly reason: LinkAttentionReason;
  /** The activity's counterpart in the plan in force, when it has one (changed, not removed). */
  readonly successorId?: string;
  /** Plain Swedish, for the medarbetare and the chef. */
  readonly message: string;
}

const sameMeaning = (a: Activity, b: Activity): boolean =>
  a.title === b.title &&
  a.serves.kind === b.serves.kind &&
  ("id" in a.serves ? a.serves.id : "") === ("id" in b.serves ? b.serves.id : "");

/**
 * The links of `goal` that need attention, given the plans loaded in `model` (every version of the unit's
 * arbetsplan for the goal's year, with their activities). A withdrawn goal needs none.
 */
export const linkAttentionOf = (goal: IndividualGoal, model: ModelIndex): LinkAttention[] => {
  if (isWithdrawn(goal)) return [];
  return goal.activityIds.flatMap((activityId): LinkAttention[] => {
    const activity = model.get("activity", activityId);
    if (activity === undefined) {
      return [
        {
          activityId,
          reason: "activity-removed",
          message:
            "Aktiviteten målet är kopplat till finns inte längre i arbetsplanen. Koppla målet till en annan aktivitet.",
        },
      ];
    }
    const plan = model.get("work-plan", activity.workPlanId);
    const newerId = plan?.supersededByPlanId;
    if (newerId === undefined) return [];
    const successor = model
      .all("activity")
      .find((a) => a.workPlanId === newerId && a.copiedFromId === activityId);
    if (successor === undefined) {
      return [
        {
          activityId,
          reason: "activity-removed",
          message: `Den nya versionen av arbetsplanen har inte längre aktiviteten "${activity.title}". Koppla målet till en aktivitet i den gällande planen.`,
        },
      ];
    }
    if (sameMeaning(activity, successor)) return [];
    return [
      {
        activityId,
        reason: "activity-changed",
        successorId: successor.id,
        message: `Aktiviteten "${activity.title}" har ändrats i den nya versionen av arbetsplanen. Se över kopplingen.`,
      },
    ];
  });
};

/** The attention of every goal that needs some, by goal id (for a view's read model). */
export const goalLinkAttention = (
  goals: readonly IndividualGoal[],
  model: ModelIndex,
): Record<string, LinkAttention[]> =>
  Object.fromEntries(
    goals.map((g) => [g.id, linkAttentionOf(g, model)] as const).filter(([, xs]) => xs.length > 0),
  );
