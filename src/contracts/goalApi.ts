/**
 * The write API for the medarbetarsamtal, as the tab and the server both read it: paths, request bodies and
 * answers. Bodies are strict (an unknown field such as `agreedByManagerAt` or `authorId` is refused, never
 * ignored): who and when are the server's to stamp. The domain's rules check the content itself.
 */
import { z } from "zod";
import { CORE_VALUES, FOLLOW_UP_STATUSES, followUpSchema, individualGoalSchema } from "../domain";

/** Text fields are bounded here so a body cannot carry megabytes of title; the domain says the rest. */
const text = (max: number) => z.string().max(max);
const id = text(100);

export const goalContentSchema = z.strictObject({
  title: text(1000),
  description: text(10_000).optional(),
  activityIds: z.array(id).max(50),
  followUpDates: z.array(text(10)).max(50),
  coreValues: z.array(z.enum(CORE_VALUES)).max(CORE_VALUES.length).optional(),
});

/** `POST /api/goals` */
export const newGoalRequestSchema = goalContentSchema.extend({
  /** Chosen by the client, so a retry finds its first attempt. */
  id,
  employeeId: text(320),
  year: z.number().int(),
});
export type NewGoalRequest = z.infer<typeof newGoalRequestSchema>;

/** `PUT /api/goals/{goalId}` with `If-Match: <version>` */
export const goalRevisionRequestSchema = goalContentSchema.extend({
  employeeId: text(320),
  year: z.number().int(),
});
export type GoalRevisionRequest = z.infer<typeof goalRevisionRequestSchema>;

/** `POST /api/goals/{goalId}/agreement`: the caller marks their own agreement. */
export const agreementRequestSchema = z.strictObject({ employeeId: text(320) });
export type AgreementRequest = z.infer<typeof agreementRequestSchema>;

/**
 * `POST /api/goals/{goalId}/withdrawal` with `If-Match: <version>`: the caller withdraws (avslutar) an agreed
 * goal. Who and when (`withdrawnBy`, `withdrawnAt`) are the server's: sending them is refused.
 */
export const withdrawalRequestSchema = z.strictObject({ employeeId: text(320) });
export type WithdrawalRequest = z.infer<typeof withdrawalRequestSchema>;

/**
 * `DELETE /api/goals/{goalId}?employeeId=<upn>` with `If-Match: <version>`: deletes a goal the two have not
 * both agreed to and that has no follow-ups. Answers 204.
 */
export const goalDeletionQuerySchema = z.strictObject({ employeeId: text(320) });
export type GoalDeletionQuery = z.infer<typeof goalDeletionQuerySchema>;

/**
 * `POST /api/goals/{goalId}/follow-ups`: the follow-up's day is the server's today; `answers` names the
 * agreed follow-up date it answers, if any.
 */
export const goalFollowUpRequestSchema = z.strictObject({
  id,
  employeeId: text(320),
  answers: text(10).optional(),
  status: z.enum(FOLLOW_UP_STATUSES),
  comment: text(10_000).optional(),
  value: z.number().finite().optional(),
});
export type GoalFollowUpRequest = z.infer<typeof goalFollowUpRequestSchema>;

/**
 * A link of the goal that needs attention: a newer version of the arbetsplan dropped the activity
 * (`activity-removed`) or changed it (`activity-changed`, `successorId` names its counterpart in force).
 * The goal stays as agreed; relink it with a revision. `message` is plain Swedish for people.
 */
export const linkAttentionSchema = z.strictObject({
  activityId: z.string(),
  reason: z.enum(["activity-removed", "activity-changed"]),
  successorId: z.string().optional(),
  message: z.string(),
});
export type LinkAttentionWire = z.infer<typeof linkAttentionSchema>;

/** A saved goal; creating and revising also say which of its links need attention (empty: none). */
export const savedGoalSchema = z.strictObject({
  goal: individualGoalSchema,
  version: z.string(),
  linkAttention: z.array(linkAttentionSchema).optional(),
});
export type SavedGoal = z.infer<typeof savedGoalSchema>;

export const savedFollowUpSchema = z.strictObject({ followUp: followUpSchema, version: z.string() });
export type SavedFollowUp = z.infer<typeof savedFollowUpSchema>;

/**
 * Every refusal, as RFC 9457 problem details (`application/problem+json`): `title` and `detail` in plain
 * Swedish for people, `code` (and `reason`, `action`, `issues` with each field's path) for programs. A
 * conflict carries what is stored now.
 */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  reason: z.string().optional(),
  /** For `goal-state`: what was asked of the goal (`delete`, `withdraw`, `edit`, `agree`, `follow-up`). */
  action: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  current: z.object({ value: z.unknown(), version: z.string() }).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const goalApiPaths = {
  goals: "/api/goals",
  goal: (goalId: string): string => `/api/goals/${encodeURIComponent(goalId)}`,
  agreement: (goalId: string): string => `/api/goals/${encodeURIComponent(goalId)}/agreement`,
  withdrawal: (goalId: string): string => `/api/goals/${encodeURIComponent(goalId)}/withdrawal`,
  deletion: (goalId: string, employeeId: string): string =>
    `/api/goals/${encodeURIComponent(goalId)}?employeeId=${encodeURIComponent(employeeId)}`,
  followUps: (goalId: string): string => `/api/goals/${encodeURIComponent(goalId)}/follow-ups`,
} as const;
