import { z } from "zod";
import {
  entityIdSchema,
  isoDateTimeSchema,
  nonEmptyTextSchema,
  periodIdSchema,
  personIdSchema,
} from "./primitives";

/**
 * Klarmarkering: a unit has finished its follow-up of one calendar period (`2026-tertial1`). One per unit
 * and period; reopening keeps the row (who reopened, when) so the overview can say so. While `complete`, the
 * unit's items are not followed up again for that period. Names are stored beside the UPNs because the
 * overview shows who marked (plan data is public) without reading the people list again.
 */
export const periodCompletionSchema = z.strictObject({
  unitId: entityIdSchema,
  period: periodIdSchema,
  state: z.enum(["complete", "reopened"]),
  completedBy: personIdSchema,
  completedByName: nonEmptyTextSchema,
  completedAt: isoDateTimeSchema,
  reopenedBy: personIdSchema.optional(),
  reopenedByName: nonEmptyTextSchema.optional(),
  reopenedAt: isoDateTimeSchema.optional(),
});
export type PeriodCompletion = z.infer<typeof periodCompletionSchema>;

/** The stable key of a unit's klarmarkering of a period. */
export const periodCompletionKey = (unitId: string, period: string): string => `${unitId}--${period}`;
