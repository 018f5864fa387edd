import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema, yearSchema } from "./primitives";
import { planLifecycleFields } from "./planLifecycle";
import { constructorFor } from "./validate";

/** The nämnd's tolkning (interpretation) of one målområde. */
export const interpretationSchema = z.strictObject({
  focusAreaId: entityIdSchema,
  text: nonEmptyTextSchema,
});
export type Interpretation = z.infer<typeof interpretationSchema>;

/** Nämndens verksamhetsplan for one year, under one programförklaring. */
export const boardPlanSchema = z.strictObject({
  id: entityIdSchema,
  boardUnitId: entityIdSchema,
  programDeclarationId: entityIdSchema,
  year: yearSchema,
  title: nonEmptyTextSchema,
  interpretations: z
    .array(interpretationSchema)
    .refine((xs) => new Set(xs.map((x) => x.focusAreaId)).size === xs.length, "ett målområde tolkas en gång"),
  ...planLifecycleFields,
});
export type BoardPlan = z.infer<typeof boardPlanSchema>;
export const parseBoardPlan = constructorFor("board-plan", boardPlanSchema);
