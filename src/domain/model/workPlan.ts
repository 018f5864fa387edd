import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema, yearSchema } from "./primitives";
import { planLifecycleFields } from "./planLifecycle";
import { constructorFor } from "./validate";

/** Arbetsplan levels: every organisational level below the nämnd. */
export const WORK_PLAN_LEVELS = ["administration", "department", "section", "unit"] as const;
export type WorkPlanLevel = (typeof WORK_PLAN_LEVELS)[number];

/**
 * Arbetsplan of one förvaltning, avdelning, sektion or enhet for one year. `parentPlanId` is the plan of
 * the owner unit's parent unit for the same year: for a förvaltning that is the nämnd's verksamhetsplan
 * (a BoardPlan id), below it a WorkPlan id.
 */
export const workPlanSchema = z.strictObject({
  id: entityIdSchema,
  level: z.enum(WORK_PLAN_LEVELS),
  year: yearSchema,
  ownerUnitId: entityIdSchema,
  parentPlanId: entityIdSchema,
  title: nonEmptyTextSchema,
  summary: z.string().optional(),
  ...planLifecycleFields,
});
export type WorkPlan = z.infer<typeof workPlanSchema>;
export const parseWorkPlan = constructorFor("work-plan", workPlanSchema);
