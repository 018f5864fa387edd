import {
  InvalidLinkError,
  changesAgreedContent,
  checkIndividualGoal,
  isAgreed,
  linkAttentionOf,
  refOf,
  indexModel,
  parseIndividualGoal,
  type CoreValue,
  type GoalScene,
  type IndividualGoal,
  type LinkAttention,
  type Person,
  type Versioned,
} from "../../domain";

/** What the two parties write into a goal. Who, whose chef, which unit and when are never taken from here. */
export interface GoalContent {
  readonly title: string;
  readonly description?: string;
  readonly activityIds: readonly string[];
  readonly followUpDates: readonly string[];
  readonly coreValues?: readonly CoreValue[];
}

/** Trims text, drops an empty description, sorts the dates: the same goal however it was typed. */
function normalized(
  content: GoalContent,
): Omit<IndividualGoal, "id" | "employeeId" | "managerId" | "unitId" | "year"> {
  const description = content.description?.trim() ?? "";
  return {
    title: content.title.trim(),
    ...(description === "" ? {} : { description }),
    activityIds: [...content.activityIds],
    followUpDates: [...content.followUpDates].sort(),
    ...(content.coreValues === undefined || content.coreValues.length === 0
      ? {}
      : { coreValues: [...content.coreValues] }),
  };
}

/**
 * The goal as the domain accepts it: the content, owned by the medarbetare in their current unit, with their
 * current chef as the other party. Throws the schema's ValidationError.
 */
export function goalOf(
  identity: { readonly id: string; readonly year: number },
  content: GoalContent,
  employee: Person,
  chefId: string | undefined,
  units: GoalScene["units"],
): IndividualGoal {
  if (chefId === undefined) {
    const unit = units.find((u) => u.id === employee.unitId);
    throw new InvalidLinkError(
      "not-the-chef",
      refOf("individual-goal", identity.id),
      refOf("org-unit", employee.unitId),
      `${unit?.name ?? "Enheten"} har ingen chef just nu, och ett mål kommer chef och medarbetare överens om.`,
    );
  }
  const parsed = parseIndividualGoal({
    id: identity.id,
    employeeId: employee.id,
    managerId: chefId,
    unitId: employee.unitId,
    year: identity.year,
    ...normalized(content),
  });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/**
 * The link rule on what was read: activities of the medarbetare's own unit's arbetsplan for the goal's year,
 * and a newly linked activity belongs to a plan in force (not one a newer version has replaced). A goal
 * agreed by both whose agreed content stays the same keeps its links as of the agreement: a plan or an
 * organisation changed since does not make it invalid (the views say the link needs attention instead).
 */
export function mustLinkRightly(
  goal: IndividualGoal,
  scene: GoalScene,
  employee: Person,
  before?: IndividualGoal,
): void {
  if (before !== undefined && isAgreed(before) && !changesAgreedContent(before, goal)) return;
  const model = indexModel({
    person: [employee],
    "org-unit": scene.units,
    "work-plan": scene.workPlans,
    activity: scene.activities,
  });
  const [refusal] = checkIndividualGoal(goal, model);
  if (refusal !== undefined) throw refusal;
  const kept = new Set(before?.activityIds ?? []);
  for (const activityId of goal.activityIds) {
    if (kept.has(activityId)) continue;
    const activity = model.get("activity", activityId);
    const plan = activity === undefined ? undefined : model.get("work-plan", activity.workPlanId);
    if (plan?.supersededByPlanId !== undefined) {
      throw new InvalidLinkError(
        "superseded-plan",
        refOf("individual-goal", goal.id),
        refOf("activity", activityId),
        "Aktiviteten hör till en arbetsplan som har ersatts av en nyare version. Välj aktiviteten i den gällande arbetsplanen.",
      );
    }
  }
}

/** The goal's links that need attention, from what the scene read (its links and their newer copies). */
export function linkAttentionIn(goal: IndividualGoal, scene: GoalScene): LinkAttention[] {
  return linkAttentionOf(goal, indexModel({ "work-plan": scene.workPlans, activity: scene.activities }));
}

/** A saved goal, with its links that need attention (empty when all are in force). */
export interface SavedGoalWithLinks extends Versioned<IndividualGoal> {
  readonly linkAttention: readonly LinkAttention[];
}
