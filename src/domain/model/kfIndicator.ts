import { z } from "zod";
import { indicatorFields } from "./indicatorCommon";
import { entityIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/** Kommunövergripande indikator (smart mål) set by KF under one målområde; KF wants these reported back. */
export const kfIndicatorSchema = z.strictObject({
  id: entityIdSchema,
  focusAreaId: entityIdSchema,
  /** KF's numbering (1–8 in the seed); nämnd indicators reuse it. */
  number: z.number().int().positive(),
  ...indicatorFields,
  /** The previous mandate's item this one was started from. */
  copiedFromId: entityIdSchema.optional(),
});
export type KfIndicator = z.infer<typeof kfIndicatorSchema>;
export const parseKfIndicator = constructorFor("kf-indicator", kfIndicatorSchema);
