import type { OrgDirectory } from "../../../domain";
import type { CurrentPerson } from "./currentPerson";

/**
 * The signed-in person as the shell shows them, read with their own token from the organisation's lists
 * (their person row, their unit, the units they lead): the same grouping the local picker uses — chef if they
 * lead a unit, planner if they plan, else medarbetare. Rejects with `NotFoundError` for someone who is not in
 * the organisation (yet).
 */
export async function signedInPerson(directory: OrgDirectory, upn: string): Promise<CurrentPerson> {
  const [person, led] = await Promise.all([directory.person(upn), directory.unitsLedBy(upn)]);
  const unit = await directory.unit(person.unitId).catch(() => undefined);
  const chefOf = led.map((u) => u.id);
  const plannerFor = person.roles.flatMap((role) => (role.kind === "planner" ? [role.unitId] : []));
  return {
    id: person.id,
    name: person.name,
    unitId: person.unitId,
    unitName: unit?.name ?? person.unitId,
    role: chefOf.length > 0 ? "chef" : person.roles.length > 0 ? "planner" : "medarbetare",
    chefOf,
    plannerFor,
  };
}
