import { z } from "zod";
import { entityIdSchema, isoDateSchema, nonEmptyTextSchema } from "./primitives";
import { copiedFromField } from "./planLifecycle";
import { constructorFor } from "./validate";

/** Uppdrag from a nämnd to a förvaltning under it, given in a verksamhetsplan. */
export const assignmentSchema = z.strictObject({
  id: entityIdSchema,
  boardPlanId: entityIdSchema,
  fromBoardUnitId: entityIdSchema,
  toAdministrationUnitId: entityIdSchema,
  title: nonEmptyTextSchema,
  description: z.string().optional(),
  /** The målområde the uppdrag serves, when the nämnd names one; the chain reports its absence. */
  focusAreaId: entityIdSchema.optional(),
  dueDate: isoDateSchema,
  /** The decision it came from, e.g. `GSN 2026/123 § 45`. */
  decisionReference: z.string().trim().min(1).optional(),
  ...copiedFromField,
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const parseAssignment = constructorFor("assignment", assignmentSchema);
