import { z } from "zod";
import {
  entityIdSchema,
  isoDateTimeSchema,
  nonEmptyTextSchema,
  personIdSchema,
  yearSchema,
} from "./primitives";
import { PLAN_STATUSES, decisionReferenceSchema } from "./planLifecycle";
import { constructorFor } from "./validate";

/** A mandate period: four calendar years, first to last inclusive. */
export const mandatePeriodSchema = z
  .strictObject({ firstYear: yearSchema, lastYear: yearSchema })
  .refine((m) => m.lastYear === m.firstYear + 3, {
    message: "en mandatperiod är fyra år",
    path: ["lastYear"],
  });
export type MandatePeriod = z.infer<typeof mandatePeriodSchema>;

/** An earlier fastställande of a mandate's KF level, kept when it is opened for a new version. */
export const kfAdoptionSchema = z.strictObject({
  versionNumber: z.number().int().positive(),
  adoptedBy: personIdSchema.optional(),
  adoptedAt: isoDateTimeSchema.optional(),
  decisionReference: decisionReferenceSchema.optional(),
});
export type KfAdoption = z.infer<typeof kfAdoptionSchema>;

/**
 * Politisk programförklaring: the majority's intent for one mandate period, under the vision. It heads the
 * mandate's KF level (its three målområden and the KF indicators) and carries that level's life: utkast →
 * fastställd by KF (with the decision). Unlike a nämnd's plan, a new version of the KF level keeps its ids
 * (every verksamhetsplan, outcome and goal below points at them): the fastställd level is reopened as an
 * utkast with version number + 1, the earlier fastställande kept in `adoptions`. No status: fastställd.
 */
export const programDeclarationSchema = z.strictObject({
  id: entityIdSchema,
  visionId: entityIdSchema,
  title: nonEmptyTextSchema,
  text: nonEmptyTextSchema,
  mandate: mandatePeriodSchema,
  status: z.enum(PLAN_STATUSES).optional(),
  versionNumber: z.number().int().positive().optional(),
  /** The previous mandate's programförklaring this one was started from. */
  copiedFromPlanId: entityIdSchema.optional(),
  createdBy: personIdSchema.optional(),
  createdAt: isoDateTimeSchema.optional(),
  adoptedBy: personIdSchema.optional(),
  adoptedAt: isoDateTimeSchema.optional(),
  decisionReference: decisionReferenceSchema.optional(),
  /** Earlier versions' fastställanden, oldest first. */
  adoptions: z.array(kfAdoptionSchema).optional(),
});
export type ProgramDeclaration = z.infer<typeof programDeclarationSchema>;
export const parseProgramDeclaration = constructorFor("program-declaration", programDeclarationSchema);

export const coversYear = (mandate: MandatePeriod, year: number): boolean =>
  year >= mandate.firstYear && year <= mandate.lastYear;
