/**
 * The agreement on an individual goal: a formal act between the medarbetare and their chef. Each marks
 * their own agreement; a change to what was agreed asks both for it again.
 */
import type { IndividualGoal } from "../model/individualGoal";

/** The two parties to a goal; each marks agreement for themselves only. */
export type GoalParty = "employee" | "manager";

export const partyOf = (
  goal: Pick<IndividualGoal, "employeeId" | "managerId">,
  personId: string,
): GoalParty | undefined => {
  if (goal.employeeId === personId) return "employee";
  if (goal.managerId === personId) return "manager";
  return undefined;
};

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/** What the two agreed on: the title, the description, the activities and the värdegrund. Dates are not. */
export const changesAgreedContent = (before: IndividualGoal, after: IndividualGoal): boolean =>
  before.title !== after.title ||
  (before.description ?? "") !== (after.description ?? "") ||
  !sameSet(before.activityIds, after.activityIds) ||
  !sameSet(before.coreValues ?? [], after.coreValues ?? []);

/**
 * The goal after a revision: the marks of `before` stay when nothing agreed changed, and are cleared when
 * something did (a changed goal is not the goal the two agreed on). Marks in `after` are never trusted.
 */
export const revisedGoal = (before: IndividualGoal, after: IndividualGoal): IndividualGoal => {
  const { agreedByEmployeeAt: _e, agreedByManagerAt: _m, ...content } = after;
  if (changesAgreedContent(before, after)) return content;
  return {
    ...content,
    ...(before.agreedByEmployeeAt === undefined ? {} : { agreedByEmployeeAt: before.agreedByEmployeeAt }),
    ...(before.agreedByManagerAt === undefined ? {} : { agreedByManagerAt: before.agreedByManagerAt }),
  };
};

/** Sets one party's mark at `at`; the other party's mark is never touched. */
export const withAgreement = (goal: IndividualGoal, party: GoalParty, at: string): IndividualGoal =>
  party === "employee" ? { ...goal, agreedByEmployeeAt: at } : { ...goal, agreedByManagerAt: at };
