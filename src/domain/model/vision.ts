import { z } from "zod";
import { decisionReferenceSchema } from "./planLifecycle";
import { entityIdSchema, isoDateTimeSchema, nonEmptyTextSchema, personIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/** An earlier wording of the vision and when it stopped being the vision. */
export const visionWordingSchema = z.strictObject({
  text: nonEmptyTextSchema,
  changedBy: personIdSchema.optional(),
  changedAt: isoDateTimeSchema.optional(),
  decisionReference: decisionReferenceSchema.optional(),
  replacedAt: isoDateTimeSchema,
});
export type VisionWording = z.infer<typeof visionWordingSchema>;

/**
 * The municipality's vision, adopted by KF; untimed, spans mandate periods. Versioned by the date of each
 * change: who and when (stamped by the server), the decision, and every earlier wording in `earlier`.
 */
export const visionSchema = z.strictObject({
  id: entityIdSchema,
  text: nonEmptyTextSchema,
  changedBy: personIdSchema.optional(),
  changedAt: isoDateTimeSchema.optional(),
  decisionReference: decisionReferenceSchema.optional(),
  /** Earlier wordings, oldest first. */
  earlier: z.array(visionWordingSchema).optional(),
});
export type Vision = z.infer<typeof visionSchema>;
export const parseVision = constructorFor("vision", visionSchema);
