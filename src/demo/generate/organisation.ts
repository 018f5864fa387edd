/**
 * The generated organisation: nämnd → förvaltning → avdelningar → sektioner → enheter, a chef for every
 * unit below the nämnd, planners for every nämnd and förvaltning, and the rest of the staff spread over the
 * units (most in the enheter).
 */
import type { OrgUnit } from "../../domain/model/orgUnit";
import type { Person } from "../../domain/model/person";
import { asciiFold } from "../ascii-fold";
import { firstNames, lastNames } from "../names";
import type { Prng } from "../prng";
import { placeName, placeSequence } from "./places";
import type { BoardProfile } from "./profiles";
import type { MunicipalSize } from "./size";

export interface GeneratedBoard {
  readonly profile: BoardProfile;
  readonly board: OrgUnit;
  readonly administration: OrgUnit;
}

export interface GeneratedOrganisation {
  readonly boards: readonly GeneratedBoard[];
  /** Top down: a parent always comes before its children. */
  readonly units: readonly OrgUnit[];
  readonly people: readonly Person[];
}

/** Shares of `total` in proportion to `weights`, rounded so they sum exactly (largest remainder). */
export const apportion = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  return shares;
};

/** Hands out unique ids made from names ("Björkdalsskolan" → "bjorkdalsskolan", then "-2", "-3"). */
const idMaker = (): ((name: string) => string) => {
  const used = new Map<string, number>();
  return (name) => {
    const base = asciiFold(name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
};

/** Hands out people with unique UPNs (`anna.nilsson@…`, then `anna.nilsson2@…`). */
const personMaker = (prng: Prng): ((unitId: string, roles?: Person["roles"]) => Person) => {
  const used = new Map<string, number>();
  return (unitId, roles = []) => {
    const first = prng.pick(firstNames);
    const last = prng.pick(lastNames);
    const local = `${asciiFold(first)}.${asciiFold(last)}`;
    const n = (used.get(local) ?? 0) + 1;
    used.set(local, n);
    return {
      id: `${local}${n === 1 ? "" : String(n)}@malkedjan.local`,
      name: `${first} ${last}`,
      unitId,
      roles,
    };
  };
};

export const generateOrganisation = (
  prng: Prng,
  size: MunicipalSize,
  profiles: readonly BoardProfile[],
): GeneratedOrganisation => {
  const perAdministration = size.departmentsPerAdministration * (1 + size.sectionsPerDepartment);
  const sections = size.boards * size.departmentsPerAdministration * size.sectionsPerDepartment;
  const enheter = size.units - size.boards * (2 + perAdministration);
  if (profiles.length < size.boards) throw new Error(`at most ${profiles.length} nämnder`);
  if (enheter < sections) throw new Error(`${size.units} units leave fewer enheter than sektioner`);

  const chosen = profiles.slice(0, size.boards);
  const extra = apportion(
    enheter - sections,
    chosen.map((p) => p.weight),
  );
  const sectionsPerAdministration = size.departmentsPerAdministration * size.sectionsPerDepartment;
  const nextPlace = placeSequence(prng);
  const idFor = idMaker();
  const newPerson = personMaker(prng);
  const units: OrgUnit[] = [];
  const people: Person[] = [];
  const boards: GeneratedBoard[] = [];

  const addUnit = (kind: OrgUnit["kind"], name: string, parentId: string): OrgUnit => {
    const id = idFor(name);
    const chef = newPerson(id);
    people.push(chef);
    const unit: OrgUnit = { id, kind, name, parentId, chefId: chef.id };
    units.push(unit);
    return unit;
  };

  chosen.forEach((profile, b) => {
    // A nämnd is led by politicians: no chef among the staff.
    const board: OrgUnit = { id: idFor(profile.board), kind: "board", name: profile.board };
    units.push(board);
    const administration = addUnit("administration", profile.administration, board.id);
    boards.push({ profile, board, administration });
    people.push(
      newPerson(administration.id, [{ kind: "planner", unitId: board.id }]),
      newPerson(administration.id, [{ kind: "planner", unitId: administration.id }]),
    );
    if (b === 0) people.push(newPerson(administration.id, [{ kind: "municipal-planner" }]));

    const sectionUnits: OrgUnit[] = [];
    for (let d = 0; d < size.departmentsPerAdministration; d++) {
      const name = profile.departments[d] ?? `${profile.departments[0] ?? "Avdelning"} ${d + 1}`;
      const department = addUnit("department", name, administration.id);
      for (let s = 0; s < size.sectionsPerDepartment; s++) {
        sectionUnits.push(addUnit("section", `${profile.sectionWord} ${nextPlace().name}`, department.id));
      }
    }
    const count = sectionsPerAdministration + (extra[b] ?? 0);
    for (let e = 0; e < count; e++) {
      // Every sektion gets one enhet first, the rest go to sektioner at random.
      const section = e < sectionUnits.length ? sectionUnits[e] : prng.pick(sectionUnits);
      const pattern = prng.pick(profile.unitPatterns);
      addUnit("unit", placeName(pattern, nextPlace()), section?.id ?? administration.id);
    }
  });

  const others = size.staff - people.length;
  if (others < 0) throw new Error(`${size.staff} staff are fewer than the chefs and planners`);
  // Most staff work in the enheter; a few in sektioner, avdelningar and förvaltningarnas staber.
  const weightOf = (u: OrgUnit): number =>
    u.kind === "unit" ? prng.int(6, 18) : u.kind === "administration" ? 3 : u.kind === "board" ? 0 : 1;
  const staffed = units.filter((u) => u.kind !== "board");
  const shares = apportion(
    others,
    staffed.map((u) => weightOf(u)),
  );
  staffed.forEach((unit, i) => {
    for (let k = 0; k < (shares[i] ?? 0); k++) people.push(newPerson(unit.id));
  });
  return { boards, units, people };
};
