import type { InvalidLinkError } from "../../errors";
import type { IndividualGoal } from "../../model/individualGoal";
import { chefOf } from "../org";
import { refOf, type ModelIndex } from "../snapshot";
import { missing, refuse, unitLabel } from "./refusal";

/**
 * An individual goal links only activities of the medarbetare's own unit's arbetsplan for the goal's year,
 * the goal's unit is the medarbetare's unit, and its chef is that unit's chef.
 */
export const checkIndividualGoal = (goal: IndividualGoal, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("individual-goal", goal.id);
  const employee = model.get("person", goal.employeeId);
  if (employee === undefined) return [missing(self, "person", goal.employeeId)];
  const ownUnit = model.get("org-unit", employee.unitId);
  const refusals: InvalidLinkError[] = [];
  if (goal.unitId !== employee.unitId) {
    refusals.push(
      refuse(
        "other-unit",
        self,
        refOf("org-unit", goal.unitId),
        `medarbetaren tillhör ${unitLabel(ownUnit, employee.unitId)}`,
      ),
    );
  }
  const chef = chefOf(employee.id, employee.unitId, { unit: (id) => model.get("org-unit", id) });
  if (chef !== goal.managerId) {
    refusals.push(
      refuse(
        "not-the-chef",
        self,
        refOf("person", goal.managerId),
        chef === undefined
          ? `${unitLabel(ownUnit, employee.unitId)} har ingen chef`
          : `chef för ${unitLabel(ownUnit, employee.unitId)} är ${chef}`,
      ),
    );
  }
  for (const activityId of goal.activityIds) {
    const to = refOf("activity", activityId);
    const activity = model.get("activity", activityId);
    if (activity === undefined) {
      refusals.push(missing(self, "activity", activityId));
      continue;
    }
    const plan = model.get("work-plan", activity.workPlanId);
    if (plan === undefined) {
      refusals.push(missing(to, "work-plan", activity.workPlanId));
      continue;
    }
    if (plan.ownerUnitId !== employee.unitId) {
      const planUnit = model.get("org-unit", plan.ownerUnitId);
      refusals.push(
        refuse(
          "other-unit",
          self,
          to,
          `aktiviteten hör till ${unitLabel(planUnit, plan.ownerUnitId)}, medarbetaren tillhör ${ownUnit?.name === undefined ? `"${employee.unitId}"` : `"${ownUnit.name}"`}`,
        ),
      );
    } else if (plan.year !== goal.year) {
      refusals.push(
        refuse(
          "different-year",
          self,
          to,
          `aktiviteten hör till arbetsplanen för ${plan.year}, målet gäller ${goal.year}`,
        ),
      );
    }
  }
  return refusals;
};
