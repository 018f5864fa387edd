import {
  ForbiddenError,
  NotFoundError,
  authorize,
  chefOf,
  orgLookupOf,
  refOf,
  type AccessAction,
  type GoalScene,
  type IndividualGoal,
  type ItemRef,
  type OrgLookup,
  type Person,
  type Versioned,
} from "../../domain";

/** The scene of a write to an existing goal, with the people in it resolved. */
export interface GoalParties {
  readonly actor: Person;
  readonly employee: Person;
  readonly org: OrgLookup;
  /** The medarbetare's chef now (from their current unit); undefined while the post is vacant. */
  readonly chefId: string | undefined;
}

/** Someone the organisation does not know may do nothing, whatever their token says. */
export function partiesOf(
  scene: GoalScene,
  callerId: string,
  action: AccessAction,
  item: ItemRef,
): GoalParties {
  const actor = scene.caller;
  if (actor === undefined) {
    throw new ForbiddenError(callerId, action, item, "du finns inte i organisationen i Målkedjan");
  }
  const employee = scene.employee;
  if (employee === undefined) throw new NotFoundError(item.kind, item.id);
  const org = orgLookupOf(scene.units, [actor, employee]);
  return { actor, employee, org, chefId: chefOf(employee.id, employee.unitId, org) };
}

/**
 * The stored goal, for a caller who may read it. A goal the caller may not read answers exactly as a goal
 * that does not exist: its existence is personal data too.
 */
export function readableGoal(
  scene: GoalScene,
  parties: GoalParties,
  goalId: string,
): Versioned<IndividualGoal> {
  const stored = scene.goal;
  if (stored === undefined || stored.value.employeeId !== parties.employee.id) {
    throw new NotFoundError("individual-goal", goalId);
  }
  const subject = { scope: "personal", item: refOf("individual-goal", goalId), goal: stored.value } as const;
  if (!authorize(parties.actor, "read", subject, parties.org).ok) {
    throw new NotFoundError("individual-goal", goalId);
  }
  return stored;
}

/** Throws the policy's refusal when the actor may not do `action` to `item` (the goal or one of its follow-ups). */
export function mustBeAllowed(
  parties: GoalParties,
  action: AccessAction,
  goal: IndividualGoal,
  item: ItemRef = refOf("individual-goal", goal.id),
): void {
  const decision = authorize(parties.actor, action, { scope: "personal", item, goal }, parties.org);
  if (!decision.ok) throw decision.error;
}
