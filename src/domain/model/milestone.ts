import { z } from "zod";
import { entityIdSchema, isoDateSchema, nonEmptyTextSchema } from "./primitives";
import { copiedFromField } from "./planLifecycle";
import { constructorFor } from "./validate";

export const MILESTONE_HORIZONS = ["short", "long"] as const;
export type MilestoneHorizon = (typeof MILESTONE_HORIZONS)[number];

/** Etappmål: a target value by a date for one nämnd indicator, short or long term. */
export const milestoneSchema = z.strictObject({
  id: entityIdSchema,
  boardPlanId: entityIdSchema,
  boardIndicatorId: entityIdSchema,
  title: nonEmptyTextSchema,
  horizon: z.enum(MILESTONE_HORIZONS),
  targetValue: z.number().finite(),
  targetDate: isoDateSchema,
  ...copiedFromField,
});
export type Milestone = z.infer<typeof milestoneSchema>;
export const parseMilestone = constructorFor("milestone", milestoneSchema);
