/**
 * The life of a plan (verksamhetsplan or arbetsplan): utkast → fastställd → anmäld. Only an utkast is
 * written to; a fastställd plan is changed by a new version, an utkast copy that replaces it once it is
 * fastställd in turn. Rows from before plans were edited here have no status: they are fastställda
 * (they were adopted outside Målkedjan) and version 1.
 */
import { PlanStateError } from "../errors";
import type { BoardPlan } from "../model/boardPlan";
import type { PlanStatus } from "../model/planLifecycle";
import type { WorkPlan } from "../model/workPlan";
import { err, ok, type Result } from "../result";

export type Plan = BoardPlan | WorkPlan;

/** An old row without a status was adopted before Målkedjan kept plans: fastställd. */
export const planStatusOf = (plan: Pick<Plan, "status">): PlanStatus => plan.status ?? "adopted";

export const versionNumberOf = (plan: Pick<Plan, "versionNumber">): number => plan.versionNumber ?? 1;

/** The plan in force (or being written) for its unit and year: not replaced by a newer fastställd version. */
export const isCurrentPlan = (plan: Pick<Plan, "supersededByPlanId">): boolean =>
  plan.supersededByPlanId === undefined;

const readOnly = (plan: Plan): PlanStateError | undefined => {
  if (!isCurrentPlan(plan)) {
    return new PlanStateError(
      plan.id,
      "superseded",
      "Planen har ersatts av en nyare version och kan inte ändras. Ändra den gällande versionen.",
    );
  }
  switch (planStatusOf(plan)) {
    case "draft":
      return undefined;
    case "adopted":
      return new PlanStateError(
        plan.id,
        "adopted",
        "Planen är fastställd och kan inte ändras. Skapa en ny version av planen för att ändra den.",
      );
    case "reported":
      return new PlanStateError(
        plan.id,
        "reported",
        "Planen är fastställd och anmäld till kommunstyrelsen och kan inte ändras. Skapa en ny version av planen för att ändra den.",
      );
  }
};

/** Why the plan, or any item in it, may not be written now; undefined for an utkast in force. */
export const planEditRefusal = (plan: Plan): PlanStateError | undefined => readOnly(plan);

/** Who and when, as the server established them. */
export interface Stamp {
  readonly by: string;
  readonly at: string;
}

/**
 * Fastställ an utkast: status, who, when, and the decision it was taken in (optional). A draft that follows
 * the previous year's parent plan (started before the parent's plan for the year existed) is not adopted
 * until it follows a parent plan of its own year: `parentYear` is that parent plan's year.
 */
export const adoptPlan = <P extends Plan>(
  plan: P,
  stamp: Stamp,
  decisionReference: string | undefined,
  parentYear?: number,
): Result<P, PlanStateError> => {
  if (planStatusOf(plan) !== "draft" || !isCurrentPlan(plan)) {
    return err(readOnly(plan) ?? new PlanStateError(plan.id, "adopted", "Planen är redan fastställd."));
  }
  if (parentYear !== undefined && parentYear !== plan.year) {
    return err(
      new PlanStateError(
        plan.id,
        "parent-of-other-year",
        `Planen följer fortfarande den överordnade planen för ${parentYear}. Den kan fastställas när den följer den överordnade planen för ${plan.year}.`,
      ),
    );
  }
  const { decisionReference: _old, ...rest } = plan;
  return ok({
    ...rest,
    status: "adopted",
    adoptedBy: stamp.by,
    adoptedAt: stamp.at,
    ...(decisionReference === undefined ? {} : { decisionReference }),
  } as P);
};

/** Anmäl a fastställd plan to kommunstyrelsen. */
export const reportPlan = <P extends Plan>(plan: P, stamp: Stamp): Result<P, PlanStateError> => {
  const status = planStatusOf(plan);
  if (status === "draft") {
    return err(new PlanStateError(plan.id, "draft", "Planen är ett utkast. Fastställ den innan den anmäls."));
  }
  if (status === "reported") {
    return err(new PlanStateError(plan.id, "reported", "Planen är redan anmäld till kommunstyrelsen."));
  }
  return ok({ ...plan, status: "reported", reportedBy: stamp.by, reportedAt: stamp.at });
};

/** The life fields a copy does not inherit: it starts over as an utkast. */
const withoutLife = <P extends Plan>(plan: P): P => {
  const {
    status: _s,
    versionNumber: _v,
    supersedesPlanId: _sp,
    supersededByPlanId: _sb,
    copiedFromPlanId: _c,
    createdBy: _cb,
    createdAt: _ca,
    adoptedBy: _ab,
    adoptedAt: _aa,
    decisionReference: _d,
    reportedBy: _rb,
    reportedAt: _ra,
    ...content
  } = plan;
  return content as P;
};

/**
 * A new version of a fastställd plan: an utkast copy with the next version number that supersedes the plan
 * once it is fastställd. `others` are the unit's other plans for the year: only one utkast at a time.
 */
export const newVersionOf = <P extends Plan>(
  plan: P,
  newId: string,
  stamp: Stamp,
  others: readonly Plan[],
): Result<P, PlanStateError> => {
  if (!isCurrentPlan(plan)) return err(readOnly(plan) as PlanStateError);
  if (planStatusOf(plan) === "draft") {
    return err(
      new PlanStateError(plan.id, "draft", "Planen är ett utkast: ändra den direkt, utan en ny version."),
    );
  }
  const draft = others.find((p) => p.id !== plan.id && p.supersedesPlanId === plan.id);
  if (draft !== undefined) {
    return err(
      new PlanStateError(
        plan.id,
        "draft-exists",
        `Det finns redan ett utkast till en ny version (version ${versionNumberOf(draft)}). Fortsätt i det.`,
      ),
    );
  }
  return ok({
    ...withoutLife(plan),
    id: newId,
    status: "draft",
    versionNumber: versionNumberOf(plan) + 1,
    supersedesPlanId: plan.id,
    createdBy: stamp.by,
    createdAt: stamp.at,
  } as P);
};

/** The plan a new version replaces, once that version is fastställd. */
export const supersededBy = <P extends Plan>(plan: P, newerId: string): P => ({
  ...plan,
  supersededByPlanId: newerId,
});

/** Next year's plan started from this one: an utkast, version 1, remembering where it came from. */
export const nextYearOf = <P extends Plan>(plan: P, newId: string, stamp: Stamp, changes: Partial<P>): P =>
  ({
    ...withoutLife(plan),
    ...changes,
    id: newId,
    year: plan.year + 1,
    status: "draft",
    versionNumber: 1,
    copiedFromPlanId: plan.id,
    createdBy: stamp.by,
    createdAt: stamp.at,
  }) as P;

/** A fresh plan written in Målkedjan: an utkast, version 1. */
export const newPlanLife = (
  stamp: Stamp,
): Pick<Plan, "status" | "versionNumber" | "createdBy" | "createdAt"> => ({
  status: "draft",
  versionNumber: 1,
  createdBy: stamp.by,
  createdAt: stamp.at,
});

/**
 * The plan in force for a unit and year among loaded plans (every version): not replaced by a newer one, and
 * of two current ones (a fastställd plan and the utkast of its next version) the fastställd one. An utkast
 * on its own (next year's plan being prepared) is the plan in force for its year.
 */
export const planInForce = <P extends Plan>(
  plans: readonly P[],
  unitId: string,
  year: number,
): P | undefined => {
  const current = plans.filter(
    (p) =>
      ("boardUnitId" in p ? p.boardUnitId : p.ownerUnitId) === unitId && p.year === year && isCurrentPlan(p),
  );
  return current.find((p) => p.supersedesPlanId === undefined || planStatusOf(p) !== "draft") ?? current[0];
};

/** Of loaded plans (every version, any units), only each unit's plan in force for its year. */
export const plansInForce = <P extends Plan>(plans: readonly P[]): P[] =>
  plans.filter(
    (p) => planInForce(plans, "boardUnitId" in p ? p.boardUnitId : p.ownerUnitId, p.year)?.id === p.id,
  );
