import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema, yearSchema } from "./primitives";
import { constructorFor } from "./validate";

/** A mandate period: four calendar years, first to last inclusive. */
export const mandatePeriodSchema = z
  .strictObject({ firstYear: yearSchema, lastYear: yearSchema })
  .refine((m) => m.lastYear === m.firstYear + 3, {
    message: "en mandatperiod är fyra år",
    path: ["lastYear"],
  });
export type MandatePeriod = z.infer<typeof mandatePeriodSchema>;

/** Politisk programförklaring: the majority's intent for one mandate period, under the vision. */
export const programDeclarationSchema = z.strictObject({
  id: entityIdSchema,
  visionId: entityIdSchema,
  title: nonEmptyTextSchema,
  text: nonEmptyTextSchema,
  mandate: mandatePeriodSchema,
});
export type ProgramDeclaration = z.infer<typeof programDeclarationSchema>;
export const parseProgramDeclaration = constructorFor("program-declaration", programDeclarationSchema);

export const coversYear = (mandate: MandatePeriod, year: number): boolean =>
  year >= mandate.firstYear && year <= mandate.lastYear;
