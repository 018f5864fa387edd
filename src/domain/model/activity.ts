import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema } from "./primitives";
import { copiedFromField } from "./planLifecycle";
import { constructorFor } from "./validate";

/**
 * What an activity serves — exactly one of: an etappmål or an uppdrag (förvaltning activities), an
 * activity of the parent plan (activities further down), or the unit's basuppdrag (core remit).
 */
export const servedItemSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("milestone"), id: entityIdSchema }),
  z.strictObject({ kind: z.literal("assignment"), id: entityIdSchema }),
  z.strictObject({ kind: z.literal("activity"), id: entityIdSchema }),
  z.strictObject({ kind: z.literal("core-mission") }),
]);
export type ServedItem = z.infer<typeof servedItemSchema>;

/** A prioritised activity in one arbetsplan. */
export const activitySchema = z.strictObject({
  id: entityIdSchema,
  workPlanId: entityIdSchema,
  title: nonEmptyTextSchema,
  description: z.string().optional(),
  serves: servedItemSchema,
  ...copiedFromField,
});
export type Activity = z.infer<typeof activitySchema>;
export const parseActivity = constructorFor("activity", activitySchema);
