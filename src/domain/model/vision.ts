import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema } from "./primitives";
import { constructorFor } from "./validate";

/** The municipality's vision, adopted by KF; untimed, spans mandate periods. */
export const visionSchema = z.strictObject({
  id: entityIdSchema,
  text: nonEmptyTextSchema,
});
export type Vision = z.infer<typeof visionSchema>;
export const parseVision = constructorFor("vision", visionSchema);
