import { z } from "zod";
import { agenda2030GoalsSchema } from "./agenda2030";
import { entityIdSchema, nonEmptyTextSchema } from "./primitives";
import { constructorFor } from "./validate";

/** The three sustainability dimensions, innermost circle first (social base, resources, ecological frame). */
export const FOCUS_AREA_DIMENSIONS = ["social", "economic", "ecological"] as const;
export type FocusAreaDimension = (typeof FOCUS_AREA_DIMENSIONS)[number];

/** Målområde: one of exactly three per mandate period, with the Agenda 2030 goals (1–17) it captures. */
export const focusAreaSchema = z.strictObject({
  id: entityIdSchema,
  programDeclarationId: entityIdSchema,
  dimension: z.enum(FOCUS_AREA_DIMENSIONS),
  heading: nonEmptyTextSchema,
  citizenText: nonEmptyTextSchema,
  agenda2030Goals: agenda2030GoalsSchema,
  /** The previous mandate's item this one was started from. */
  copiedFromId: entityIdSchema.optional(),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;
export const parseFocusArea = constructorFor("focus-area", focusAreaSchema);
