import type { DirectoryPerson, ShellRole } from "../../../contracts/directory";

export interface PeopleGroup {
  readonly role: ShellRole;
  readonly people: readonly DirectoryPerson[];
  /** How many matched beyond those shown (the picker shows a page, not 6,000 rows). */
  readonly hidden: number;
}

const fold = (text: string): string =>
  text
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/**
 * The picker's list: people matching every word of the query (in name, UPN, unit or role label),
 * grouped by role (chefs first), ordered by unit then name, at most `limit` per group.
 */
export function pickPeople(
  people: readonly DirectoryPerson[],
  query: string,
  roleLabel: (role: ShellRole) => string,
  limit = 50,
): PeopleGroup[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w !== "");
  const matches = people.filter((person) => {
    const haystack = fold(`${person.name} ${person.id} ${person.unitName} ${roleLabel(person.role)}`);
    return words.every((word) => haystack.includes(word));
  });
  const order: readonly ShellRole[] = ["chef", "planner", "medarbetare"];
  return order
    .map((role) => {
      const inRole = matches
        .filter((p) => p.role === role)
        .sort((a, b) => a.unitName.localeCompare(b.unitName, "sv") || a.name.localeCompare(b.name, "sv"));
      return { role, people: inRole.slice(0, limit), hidden: Math.max(0, inRole.length - limit) };
    })
    .filter((group) => group.people.length > 0);
}
