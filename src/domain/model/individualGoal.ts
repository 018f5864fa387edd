import { z } from "zod";
import { CORE_VALUES } from "./coreValues";
import {
  entityIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nonEmptyTextSchema,
  personIdSchema,
  yearSchema,
} from "./primitives";
import { constructorFor } from "./validate";

const unique = <T>(xs: readonly T[]): boolean => new Set(xs).size === xs.length;

/** A goal's title is SharePoint's Title column: at most 255 characters, said the same by server and form. */
export const GOAL_TITLE_MAX_LENGTH = 255;

/**
 * Individuellt mål agreed between medarbetare and chef (typically in the medarbetarsamtal). Links to one
 * or more activities of the medarbetare's own unit's arbetsplan for the same year. Personal data.
 * Agreed once both `agreedBy…At` are set; `followUpDates` are the agreed follow-up days. An agreed goal that
 * no longer applies is withdrawn (avslutat): kept, with who and when (`withdrawnBy`, `withdrawnAt`, stamped by
 * the server), and left out of every count.
 */
export const individualGoalSchema = z.strictObject({
  id: entityIdSchema,
  employeeId: personIdSchema,
  managerId: personIdSchema,
  unitId: entityIdSchema,
  year: yearSchema,
  title: nonEmptyTextSchema.max(GOAL_TITLE_MAX_LENGTH, `högst ${GOAL_TITLE_MAX_LENGTH} tecken`),
  description: z.string().optional(),
  activityIds: z.array(entityIdSchema).min(1, "minst en aktivitet").refine(unique, "dubbletter"),
  coreValues: z.array(z.enum(CORE_VALUES)).refine(unique, "dubbletter").optional(),
  agreedByEmployeeAt: isoDateTimeSchema.optional(),
  agreedByManagerAt: isoDateTimeSchema.optional(),
  followUpDates: z.array(isoDateSchema).refine(unique, "dubbletter"),
  withdrawnAt: isoDateTimeSchema.optional(),
  withdrawnBy: personIdSchema.optional(),
});
export type IndividualGoal = z.infer<typeof individualGoalSchema>;
export const parseIndividualGoal = constructorFor("individual-goal", individualGoalSchema);

export const isAgreed = (goal: IndividualGoal): boolean =>
  goal.agreedByEmployeeAt !== undefined && goal.agreedByManagerAt !== undefined;

/** Withdrawn (avslutat): kept for the record, no longer counted, changed or followed up. */
export const isWithdrawn = (goal: Pick<IndividualGoal, "withdrawnAt">): boolean =>
  goal.withdrawnAt !== undefined;

/** The goals that count: every goal but the withdrawn ones. */
export const activeGoals = <G extends Pick<IndividualGoal, "withdrawnAt">>(goals: readonly G[]): G[] =>
  goals.filter((goal) => !isWithdrawn(goal));
