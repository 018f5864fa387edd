import {
  changesAgreedContent as changesAgreed,
  ok,
  parseIndividualGoal,
  revisedGoal,
  type CoreValue,
  type IndividualGoal,
  type Result,
  type ValidationError,
} from "../../../domain";

/** What the goal form holds while people type: plain strings and lists, nothing validated yet. */
export interface GoalDraft {
  readonly title: string;
  readonly description: string;
  readonly activityIds: readonly string[];
  readonly followUpDates: readonly string[];
  /** The parts of the värdegrund the goal lives out (optional). */
  readonly coreValues: readonly CoreValue[];
}

/** Who the goal belongs to; fixed when the goal is created. */
export interface GoalOwner {
  readonly id: string;
  readonly employeeId: string;
  readonly managerId: string;
  readonly unitId: string;
  readonly year: number;
}

export const emptyDraft: GoalDraft = {
  title: "",
  description: "",
  activityIds: [],
  followUpDates: [],
  coreValues: [],
};

export function draftOf(goal: IndividualGoal): GoalDraft {
  return {
    title: goal.title,
    description: goal.description ?? "",
    activityIds: goal.activityIds,
    followUpDates: goal.followUpDates,
    coreValues: goal.coreValues ?? [],
  };
}

/** What the two write into a goal, as the domain and the API take it: trimmed, dates sorted and unique. */
export function contentOf(draft: GoalDraft) {
  const description = draft.description.trim();
  return {
    title: draft.title.trim(),
    ...(description === "" ? {} : { description }),
    activityIds: [...draft.activityIds],
    followUpDates: [...new Set(draft.followUpDates.filter((d) => d !== ""))].sort(),
    ...(draft.coreValues.length > 0 ? { coreValues: [...new Set(draft.coreValues)] } : {}),
  };
}

/** True when what was agreed changes (title, description, links, värdegrund); new dates alone do not. */
export function changesAgreedContent(before: IndividualGoal, draft: GoalDraft): boolean {
  return changesAgreed(before, { ...before, ...contentOf(draft) });
}

/**
 * The goal the draft describes, validated by the domain. Editing what was agreed clears both agreement
 * marks (the domain's rule, which the server applies again): a changed goal is not the goal the two agreed on.
 */
export function goalFromDraft(
  draft: GoalDraft,
  owner: GoalOwner,
  before?: IndividualGoal,
): Result<IndividualGoal, ValidationError> {
  const parsed = parseIndividualGoal({
    id: owner.id,
    employeeId: owner.employeeId,
    managerId: owner.managerId,
    unitId: owner.unitId,
    year: owner.year,
    ...contentOf(draft),
  });
  return parsed.ok && before !== undefined ? ok(revisedGoal(before, parsed.value)) : parsed;
}
