import { z } from "zod";
import { FOLLOWABLE_KINDS } from "./kinds";
import {
  entityIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodIdSchema,
  personIdSchema,
  type PeriodId,
} from "./primitives";
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
 * activities, indicators, etappmål and uppdrag. An individual goal is followed up on a day: `period` is the
 * day it was recorded (`2026-11-27`, the server's), and `answers` the agreed follow-up date it answers
 * (`2026-12-14`), absent for a follow-up between agreed dates. Older goal follow-ups have no `answers`: their
 * `period` is the agreed date they answered (see `answeredPeriod`).
 */
export const followUpSchema = z.strictObject({
  id: entityIdSchema,
  target: followableRefSchema,
  period: periodIdSchema,
  answers: isoDateSchema.optional(),
  status: z.enum(FOLLOW_UP_STATUSES),
  value: z.number().finite().optional(),
  comment: z.string().optional(),
  authorId: personIdSchema,
  recordedAt: isoDateTimeSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;
export const parseFollowUp = constructorFor("follow-up", followUpSchema);

/**
 * The period a follow-up answers: for an individual goal the agreed date it names (or, for one recorded
 * before follow-ups named it, its period, which was that date); for everything else its period.
 */
export const answeredPeriod = (followUp: Pick<FollowUp, "period" | "answers">): PeriodId =>
  followUp.answers ?? followUp.period;
