import { chefOf, orgLookupOf, type OrgUnit, type Person, type Versioned } from "../domain";
import type { ImportPlan } from "./plan";

/** The organisation as the site holds it now (read with the app identity), with each row's version. */
export interface CurrentOrganisation {
  readonly units: readonly Versioned<OrgUnit>[];
  readonly persons: readonly Versioned<Person>[];
}

/** A row to write: new (no version) or an update of the stored version. */
export interface RowChange<T> {
  readonly value: T;
  /** The stored version to write over (ETag); absent for a new row. */
  readonly version?: string;
  /** The stored row before, for an update. */
  readonly before?: T;
}

/** Who may read one medarbetare's personal folders after the import (none for someone who has left). */
export interface ReaderChange {
  readonly employeeId: string;
  readonly readers: readonly string[];
}

/** Everything the import changes, worked out before anything is written. */
export interface OrgChanges {
  readonly units: readonly RowChange<OrgUnit>[];
  readonly persons: readonly RowChange<Person>[];
  /** People in the site and not in the file: `leftAt` set, their goals kept. */
  readonly leavers: readonly RowChange<Person>[];
  /** People who had left and are in the file again. */
  readonly returning: readonly string[];
  /** People now in another unit: their goals of this year and later move with them. */
  readonly moves: readonly {
    readonly employeeId: string;
    readonly fromUnitId: string;
    readonly toUnitId: string;
  }[];
  /** Personal folders whose readers change (new people, a chef change, a move, a leaver). */
  readonly access: readonly ReaderChange[];
  /** The organisation after the import (every unit and person the site will hold). */
  readonly after: { readonly units: readonly OrgUnit[]; readonly persons: readonly Person[] };
  readonly unchanged: { readonly units: number; readonly persons: number };
  /** Active people in the site before the import: what the share of leavers is counted against. */
  readonly activeBefore: number;
}

/** Entity equality for the fields the import owns (keys in a fixed order, so JSON compares them). */
const unitShape = (u: OrgUnit) => [u.id, u.kind, u.name, u.parentId ?? null, u.chefId ?? null];
const personShape = (p: Person) => [
  p.id,
  p.name,
  p.unitId,
  p.roles,
  p.entraObjectId ?? null,
  p.leftAt ?? null,
];
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const readersIn = (person: Person, org: ReturnType<typeof orgLookupOf>): readonly string[] => {
  if (person.leftAt !== undefined) return [];
  const chef = chefOf(person.id, person.unitId, org);
  return chef === undefined ? [person.id] : [person.id, chef];
};

/**
 * The plan against the site's organisation: units and people to add or update (a unit move, a chef change,
 * a new name or object id), people who left (in the site, not in the file: `leftAt` is set, nobody is
 * deleted) and who came back, and the personal folders whose readers change as a consequence. Units the
 * file does not name are left as they are; so are people's roles (planners), which HR does not know, and an
 * object id the file leaves empty. Pure.
 */
export function diffOrganisation(plan: ImportPlan, current: CurrentOrganisation, today: string): OrgChanges {
  const unitsNow = new Map(current.units.map((u) => [u.value.id, u]));
  const personsNow = new Map(current.persons.map((p) => [p.value.id, p]));

  const units: RowChange<OrgUnit>[] = [];
  const unitsAfter = new Map(current.units.map((u) => [u.value.id, u.value]));
  let unitsUnchanged = 0;
  for (const planned of plan.units) {
    const stored = unitsNow.get(planned.unit.id);
    const chefId = planned.keepChef ? stored?.value.chefId : planned.unit.chefId;
    const { chefId: _ignored, ...rest } = planned.unit;
    const unit: OrgUnit = { ...rest, ...(chefId === undefined ? {} : { chefId }) };
    unitsAfter.set(unit.id, unit);
    if (stored === undefined) units.push({ value: unit });
    else if (!same(unitShape(stored.value), unitShape(unit)))
      units.push({ value: unit, version: stored.version, before: stored.value });
    else unitsUnchanged += 1;
  }

  const persons: RowChange<Person>[] = [];
  const returning: string[] = [];
  const moves: { employeeId: string; fromUnitId: string; toUnitId: string }[] = [];
  const personsAfter = new Map(current.persons.map((p) => [p.value.id, p.value]));
  let personsUnchanged = 0;
  const inFile = new Set<string>();
  for (const planned of plan.persons) {
    inFile.add(planned.id);
    const stored = personsNow.get(planned.id)?.value;
    const entraObjectId = planned.entraObjectId ?? stored?.entraObjectId;
    const person: Person = {
      id: planned.id,
      name: planned.name,
      unitId: planned.unitId,
      roles: stored?.roles ?? [],
      ...(entraObjectId === undefined ? {} : { entraObjectId }),
    };
    personsAfter.set(person.id, person);
    const version = personsNow.get(planned.id)?.version;
    if (stored === undefined) {
      persons.push({ value: person });
      continue;
    }
    if (same(personShape(stored), personShape(person))) {
      personsUnchanged += 1;
      continue;
    }
    persons.push({ value: person, version, before: stored });
    if (stored.leftAt !== undefined) returning.push(person.id);
    if (stored.unitId !== person.unitId)
      moves.push({ employeeId: person.id, fromUnitId: stored.unitId, toUnitId: person.unitId });
  }

  const leavers: RowChange<Person>[] = [];
  for (const { value: stored, version } of current.persons) {
    if (inFile.has(stored.id) || plan.untouched.has(stored.id)) continue;
    if (stored.leftAt !== undefined) continue;
    const person: Person = { ...stored, leftAt: today };
    personsAfter.set(person.id, person);
    leavers.push({ value: person, version, before: stored });
  }

  // Readers before and after, for everyone whose folders exist or will: a new person gets their folders, a
  // chef change or a move changes who reads, a leaver's folders are read by nobody but HR.
  const before = orgLookupOf(
    current.units.map((u) => u.value),
    current.persons.map((p) => p.value),
  );
  const after = orgLookupOf([...unitsAfter.values()], [...personsAfter.values()]);
  const access: ReaderChange[] = [];
  for (const person of personsAfter.values()) {
    const stored = personsNow.get(person.id)?.value;
    const wanted = readersIn(person, after);
    if (stored !== undefined && same(readersIn(stored, before), wanted)) continue;
    access.push({ employeeId: person.id, readers: wanted });
  }

  return {
    units,
    persons,
    leavers,
    returning,
    moves,
    access,
    after: { units: [...unitsAfter.values()], persons: [...personsAfter.values()] },
    unchanged: { units: unitsUnchanged, persons: personsUnchanged },
    activeBefore: current.persons.filter((p) => p.value.leftAt === undefined).length,
  };
}

/** Nothing to write. */
export const isEmpty = (changes: OrgChanges): boolean =>
  changes.units.length === 0 &&
  changes.persons.length === 0 &&
  changes.leavers.length === 0 &&
  changes.access.length === 0;

/**
 * A truncated export must not archive the municipality: more leavers than `maxShare` of the active people
 * is refused unless allowed. Returns the refusal in Swedish, or undefined.
 */
export function massLeaveRefusal(changes: OrgChanges, maxShare: number): string | undefined {
  const leaving = changes.leavers.length;
  if (leaving === 0 || leaving <= maxShare * changes.activeBefore) return undefined;
  const percent = Math.round((100 * leaving) / Math.max(changes.activeBefore, 1));
  return (
    `${leaving} av ${changes.activeBefore} personer (${percent} %) saknas i filen och skulle markeras som slutade, ` +
    `fler än ${Math.round(maxShare * 100)} %. Är filen hel? Inget har ändrats. Kör igen med --allow-mass-leave ` +
    `om så många verkligen har slutat.`
  );
}
