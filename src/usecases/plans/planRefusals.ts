import {
  InvalidLinkError,
  PlanStateError,
  refOf,
  type BoardPlan,
  type PlanScene,
  type WorkPlan,
} from "../../domain";

const unitName = (scene: PlanScene, unitId: string): string =>
  scene.units.find((u) => u.id === unitId)?.name ?? "den överordnade enheten";

/** The parent unit has no plan for the year yet: a plan below hangs on one. */
export const parentMissing = (
  planId: string,
  scene: PlanScene,
  parentUnitId: string,
  year: number,
): InvalidLinkError =>
  new InvalidLinkError(
    "wrong-parent-plan",
    refOf("work-plan", planId),
    refOf("org-unit", parentUnitId),
    `${unitName(scene, parentUnitId)} har ingen plan för ${year} ännu. Arbetsplanen skrivs under den; starta den från förra årets plan om du vill börja nu.`,
  );

/** The unit already has a plan in force for the year: change it, or make a new version of it. */
export const plansExist = (plan: BoardPlan | WorkPlan): PlanStateError =>
  new PlanStateError(
    plan.id,
    "plan-exists",
    `Det finns redan en plan för ${plan.year} ("${plan.title}"). Ändra den, eller skapa en ny version av den om den är fastställd.`,
  );
