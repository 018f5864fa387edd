import { z } from "zod";
import { entityIdSchema, isoDateSchema, nonEmptyTextSchema, personIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/**
 * Extra rights: a planner for a unit (and the units under it) edits that unit's plans; a municipal planner
 * edits the KF level (vision, programförklaring, målområden, KF indicators) and the organisation.
 */
export const personRoleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("planner"), unitId: entityIdSchema }),
  z.strictObject({ kind: z.literal("municipal-planner") }),
]);
export type PersonRole = z.infer<typeof personRoleSchema>;

/**
 * A member of staff; `id` is their UPN. A chef is a person who is `chefId` of a unit.
 * `entraObjectId` is how a signed-in caller is found (a UPN can change, the object id does not); the
 * organisation import fills it. `leftAt` marks someone who has left: their goals are kept, archived.
 */
export const personSchema = z.strictObject({
  id: personIdSchema,
  name: nonEmptyTextSchema,
  unitId: entityIdSchema,
  roles: z.array(personRoleSchema),
  entraObjectId: z.uuid().optional(),
  leftAt: isoDateSchema.optional(),
});
export type Person = z.infer<typeof personSchema>;
export const parsePerson = constructorFor("person", personSchema);
