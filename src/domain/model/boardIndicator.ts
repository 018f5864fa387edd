import { z } from "zod";
import { indicatorFields } from "./indicatorCommon";
import { entityIdSchema } from "./primitives";
import { copiedFromField } from "./planLifecycle";
import { constructorFor } from "./validate";

/** Nämndindikator: the nämnd's translation of exactly one KF indicator, in one verksamhetsplan. */
export const boardIndicatorSchema = z.strictObject({
  id: entityIdSchema,
  boardPlanId: entityIdSchema,
  kfIndicatorId: entityIdSchema,
  /** Follows the number of the KF indicator it answers (the seed skips 4). */
  number: z.number().int().positive(),
  ...indicatorFields,
  ...copiedFromField,
});
export type BoardIndicator = z.infer<typeof boardIndicatorSchema>;
export const parseBoardIndicator = constructorFor("board-indicator", boardIndicatorSchema);
