import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";

/** What the organisation rules need to look up. */
export interface OrgLookup {
  unit(id: string): OrgUnit | undefined;
  person(id: string): Person | undefined;
}

export const orgLookupOf = (units: readonly OrgUnit[], persons: readonly Person[]): OrgLookup => {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const personsById = new Map(persons.map((p) => [p.id, p]));
  return { unit: (id) => unitsById.get(id), person: (id) => personsById.get(id) };
};

/** The unit and every unit above it, nearest first; stops at a missing parent or a cycle. */
export const unitAndAncestors = (unitId: string, org: Pick<OrgLookup, "unit">): OrgUnit[] => {
  const chain: OrgUnit[] = [];
  const seen = new Set<string>();
  let current = org.unit(unitId);
  while (current !== undefined && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : org.unit(current.parentId);
  }
  return chain;
};

/**
 * The chef of a person in a unit: the unit's chef, or — when the person leads the unit themselves — the
 * nearest chef above. Undefined while the post is vacant.
 */
export const chefOf = (
  personId: string,
  unitId: string,
  org: Pick<OrgLookup, "unit">,
): string | undefined => {
  for (const unit of unitAndAncestors(unitId, org)) {
    if (unit.chefId === undefined) return undefined;
    if (unit.chefId !== personId) return unit.chefId;
  }
  return undefined;
};

/** A person's current chef, from the unit they belong to now (not from an old goal). */
export const currentChefOf = (personId: string, org: OrgLookup): string | undefined => {
  const person = org.person(personId);
  return person === undefined ? undefined : chefOf(personId, person.unitId, org);
};

/** Planner for the unit or for a unit above it. */
export const isPlannerFor = (person: Person, unitId: string, org: Pick<OrgLookup, "unit">): boolean => {
  const covered = new Set(unitAndAncestors(unitId, org).map((u) => u.id));
  return person.roles.some((r) => r.kind === "planner" && covered.has(r.unitId));
};

export const isMunicipalPlanner = (person: Person): boolean =>
  person.roles.some((r) => r.kind === "municipal-planner");
