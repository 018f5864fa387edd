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

/**
 * Individuellt mål agreed between medarbetare and chef (typically in the medarbetarsamtal). Links to one
 * or more activities of the medarbetare's own unit's arbetsplan for the same year. Personal data.
 * Agreed once both `agreedBy…At` are set; `followUpDates` are the agreed follow-up days.
 */
export const individualGoalSchema = z.strictObject({
  id: entityIdSchema,
  employeeId: personIdSchema,
  managerId: personIdSchema,
  unitId: entityIdSchema,
  year: yearSchema,
  title: nonEmptyTextSchema,
  description: z.string().optional(),
  activityIds: z.array(entityIdSchema).min(1, "minst en aktivitet").refine(unique, "dubbletter"),
  coreValues: z.array(z.enum(CORE_VALUES)).refine(unique, "dubbletter").optional(),
  agreedByEmployeeAt: isoDateTimeSchema.optional(),
  agreedByManagerAt: isoDateTimeSchema.optional(),
  followUpDates: z.array(isoDateSchema).refine(unique, "dubbletter"),
});
export type IndividualGoal = z.infer<typeof individualGoalSchema>;
export const parseIndividualGoal = constructorFor("individual-goal", individualGoalSchema);

export const isAgreed = (goal: IndividualGoal): boolean =>
  goal.agreedByEmployeeAt !== undefined && goal.agreedByManagerAt !== undefined;
