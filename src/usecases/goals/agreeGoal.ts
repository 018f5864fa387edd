import {
  ConflictError,
  ForbiddenError,
  closedGoalRefusal,
  refOf,
  withAgreement,
  type GoalParty,
  type IndividualGoal,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { GoalUseCaseDeps } from "./deps";
import { mustBeAllowed, partiesOf, readableGoal } from "./goalScene";

export interface Agreement {
  readonly goalId: string;
  readonly employeeId: string;
}

/**
 * The caller marks their own agreement: the medarbetare theirs, the current chef the chef's; nobody marks
 * for the other. The time is the server's. A mark is additive, so when someone saved in between it is put on
 * the newer version once more instead of asking people to choose. Marking twice keeps the first mark. A
 * withdrawn goal takes no mark.
 */
export async function agreeGoal(
  deps: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: Agreement,
): Promise<Versioned<IndividualGoal>> {
  try {
    return await markOnce(deps, caller, input);
  } catch (error: unknown) {
    if (!(error instanceof ConflictError)) throw error;
    return markOnce(deps, caller, input);
  }
}

async function markOnce(
  { goals, clock }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: Agreement,
): Promise<Versioned<IndividualGoal>> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
  });
  const item = refOf("individual-goal", input.goalId);
  const parties = partiesOf(scene, caller.personId, "agree-as-employee", item);
  const stored = readableGoal(scene, parties, input.goalId);
  const party: GoalParty | undefined =
    parties.actor.id === parties.employee.id
      ? "employee"
      : parties.actor.id === parties.chefId
        ? "manager"
        : undefined;
  if (party === undefined) {
    throw new ForbiddenError(
      parties.actor.id,
      "agree-as-manager",
      item,
      "bara medarbetaren och medarbetarens nuvarande chef kommer överens om ett mål",
    );
  }
  mustBeAllowed(parties, party === "employee" ? "agree-as-employee" : "agree-as-manager", stored.value);
  const closed = closedGoalRefusal(stored.value, "agree");
  if (closed !== undefined) throw closed;
  const already = party === "employee" ? stored.value.agreedByEmployeeAt : stored.value.agreedByManagerAt;
  if (already !== undefined && (party === "employee" || stored.value.managerId === parties.actor.id)) {
    return stored;
  }
  // The chef who agrees is the chef now: the goal names them from here on.
  const goal = withAgreement(
    party === "manager" ? { ...stored.value, managerId: parties.actor.id } : stored.value,
    party,
    clock.now().toISOString(),
  );
  return goals.updateGoal(goal, stored.version, scene);
}
