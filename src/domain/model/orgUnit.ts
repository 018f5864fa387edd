import { z } from "zod";
import { entityIdSchema, nonEmptyTextSchema, personIdSchema } from "./primitives";
import { constructorFor } from "./validate";

/**
 * Organisational levels, top down: nämnd, förvaltning, avdelning, sektion, enhet. A unit's parent is of a
 * higher level; levels may be skipped (a school enhet directly under its förvaltning).
 */
export const ORG_UNIT_KINDS = ["board", "administration", "department", "section", "unit"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** 0 for nämnd … 4 for enhet. */
export const orgLevelRank = (kind: OrgUnitKind): number => ORG_UNIT_KINDS.indexOf(kind);

export const orgUnitSchema = z
  .strictObject({
    id: entityIdSchema,
    kind: z.enum(ORG_UNIT_KINDS),
    name: nonEmptyTextSchema,
    /** Absent only for a nämnd. */
    parentId: entityIdSchema.optional(),
    /** The unit's chef; absent while the post is vacant. */
    chefId: personIdSchema.optional(),
  })
  .refine((u) => (u.kind === "board") === (u.parentId === undefined), {
    message: "en nämnd har ingen överordnad enhet, alla andra har en",
    path: ["parentId"],
  });
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export const parseOrgUnit = constructorFor("org-unit", orgUnitSchema);
