import {
  parseIndividualGoal,
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

const sameSet = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** True when what was agreed changes (title, description, links, värdegrund); new dates alone do not. */
export function changesAgreedContent(before: IndividualGoal, draft: GoalDraft): boolean {
  return (
    before.title !== draft.title.trim() ||
    (before.description ?? "") !== draft.description.trim() ||
    !sameSet(before.activityIds, draft.activityIds) ||
    !sameSet(before.coreValues ?? [], draft.coreValues)
  );
}

/**
 * The goal the draft describes, validated by the domain. Editing what was agreed clears both agreement
 * marks: a changed goal is not the goal the two agreed on, so both mark it again.
 */
export function goalFromDraft(
  draft: GoalDraft,
  owner: GoalOwner,
  before?: IndividualGoal,
): Result<IndividualGoal, ValidationError> {
  const keepAgreement = before !== undefined && !changesAgreedContent(before, draft);
  const description = draft.description.trim();
  return parseIndividualGoal({
    ...(draft.coreValues.length > 0 ? { coreValues: [...new Set(draft.coreValues)] } : {}),
    id: owner.id,
    employeeId: owner.employeeId,
    managerId: owner.managerId,
    unitId: owner.unitId,
    year: owner.year,
    title: draft.title.trim(),
    ...(description === "" ? {} : { description }),
    activityIds: [...draft.activityIds],
    followUpDates: [...new Set(draft.followUpDates.filter((d) => d !== ""))].sort(),
    ...(keepAgreement && before.agreedByEmployeeAt ? { agreedByEmployeeAt: before.agreedByEmployeeAt } : {}),
    ...(keepAgreement && before.agreedByManagerAt ? { agreedByManagerAt: before.agreedByManagerAt } : {}),
  });
}
