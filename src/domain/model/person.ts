import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema, personIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/** Extra rights a person holds for a unit (and the units under it). */
export const personRoleSchema = z.strictObject({
  kind: z.enum(["planner"]),
  unitId: entityIdSchema,
});
export type PersonRole = z.infer<typeof personRoleSchema>;

/** A member of staff; `id` is their UPN. A chef is a person who is `chefId` of a unit. */
export const personSchema = z.strictObject({
  id: personIdSchema,
  name: nonEmptyTextSchema,
  unitId: entityIdSchema,
  roles: z.array(personRoleSchema),
});
export type Person = z.infer<typeof personSchema>;
export const parsePerson = constructorFor("person", personSchema);
