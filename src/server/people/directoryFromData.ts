import type { OrgUnit, Person } from "../../domain";
import type { Directory, DirectoryPerson } from "../../contracts/directory";

/**
 * The person picker's list from the people and units the local site was seeded with:
 * a chef leads a unit, a planner holds a planner role, everyone else is a medarbetare.
 */
export function directoryFromData(data: {
  readonly person: readonly Person[];
  readonly "org-unit": readonly OrgUnit[];
}): Directory {
  const units = new Map(data["org-unit"].map((u) => [u.id, u]));
  const led = new Map<string, string[]>();
  for (const unit of data["org-unit"]) {
    if (unit.chefId !== undefined) led.set(unit.chefId, [...(led.get(unit.chefId) ?? []), unit.id]);
  }
  const people = data.person.map((person): DirectoryPerson => {
    const chefOf = led.get(person.id) ?? [];
    const plannerFor = person.roles.flatMap((role) => (role.kind === "planner" ? [role.unitId] : []));
    // A municipal planner plans the KF level, which belongs to no unit.
    const plans = person.roles.length > 0;
    return {
      id: person.id,
      name: person.name,
      unitId: person.unitId,
      unitName: units.get(person.unitId)?.name ?? person.unitId,
      role: chefOf.length > 0 ? "chef" : plans ? "planner" : "medarbetare",
      chefOf,
      plannerFor,
    };
  });
  return { people };
}
