import { z } from "zod";
import { FOLLOWABLE_KINDS } from "./kinds";
import { entityIdSchema, isoDateTimeSchema, periodIdSchema, personIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/** Ordered from worst to best only for reading; roll-up order lives in rules/rollup.ts. */
export const FOLLOW_UP_STATUSES = ["not-started", "on-track", "at-risk", "off-track", "done"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const followableRefSchema = z.strictObject({
  kind: z.enum(FOLLOWABLE_KINDS),
  id: entityIdSchema,
});
export type FollowableRef = z.infer<typeof followableRefSchema>;

/**
 * Uppföljning of one followable item for one period: calendar periods (`2026-tertial1`) for plans,
 * activities, indicators, etappmål and uppdrag; the agreed follow-up date (`2026-05-15`) for individual goals.
 */
export const followUpSchema = z.strictObject({
  id: entityIdSchema,
  target: followableRefSchema,
  period: periodIdSchema,
  status: z.enum(FOLLOW_UP_STATUSES),
  value: z.number().finite().optional(),
  comment: z.string().optional(),
  authorId: personIdSchema,
  recordedAt: isoDateTimeSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;
export const parseFollowUp = constructorFor("follow-up", followUpSchema);
