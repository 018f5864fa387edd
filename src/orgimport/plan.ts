import { entityIdSchema, orgLevelRank, personIdSchema, type OrgUnit, type OrgUnitKind } from "../domain";
import { CHEF_NO, CHEF_YES, COLUMNS, KIND_WORDS, WORD_OF_KIND } from "./format";
import type { CsvRow } from "./readCsv";

/** A row that is not imported, with its line in the file and why, in plain Swedish. */
export interface BadRow {
  readonly line: number;
  readonly reason: string;
}

export interface PlannedUnit {
  readonly unit: OrgUnit;
  /** The line that first describes the unit. */
  readonly line: number;
  /**
   * The unit's chef is not known from the file because a row that may name them was skipped: the chef the
   * site has now stays (a bad row must not take access away from the real chef).
   */
  readonly keepChef: boolean;
}

export interface PlannedPerson {
  readonly id: string;
  readonly name: string;
  readonly unitId: string;
  readonly entraObjectId?: string;
  readonly line: number;
}

/** The organisation the file describes, and every row left out. Made without IO; nothing is written yet. */
export interface ImportPlan {
  readonly units: readonly PlannedUnit[];
  readonly persons: readonly PlannedPerson[];
  /** Sorted by line. */
  readonly badRows: readonly BadRow[];
  /** UPNs on skipped rows: such a person is left as the site has them, never taken for someone who left. */
  readonly untouched: ReadonlySet<string>;
  readonly rowCount: number;
}

/** Longest text SharePoint keeps in a Title (a unit's or a person's name). */
const maxNameLength = 255;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface UnitRow {
  readonly line: number;
  readonly code: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly parentCode?: string;
}

interface PersonRow {
  readonly line: number;
  readonly upn: string;
  readonly name: string;
  readonly isChef: boolean;
  readonly objectId?: string;
}

type RowCheck =
  | { ok: true; unit: UnitRow; person?: PersonRow }
  | { ok: false; reason: string; unitCode?: string; upn?: string; maybeChef: boolean };

const quoted = (text: string): string => `"${text}"`;
const kindList = Object.keys(KIND_WORDS)
  .join(", ")
  .replace(/, ([^,]*)$/, " eller $1");

/** What one row says on its own, or why it cannot be read. */
function checkRow(row: CsvRow): RowCheck {
  const c = row.cells;
  const code = c.unitCode;
  const upnText = c.upn.toLowerCase();
  const upn = personIdSchema.safeParse(upnText).success ? upnText : undefined;
  const chefWord = c.isChef.toLowerCase();
  const isChef = (CHEF_YES as readonly string[]).includes(chefWord);
  const maybeChef = !(CHEF_NO as readonly string[]).includes(chefWord);
  const bad = (reason: string): RowCheck => ({
    ok: false,
    reason,
    unitCode: entityIdSchema.safeParse(code).success ? code : undefined,
    upn,
    maybeChef,
  });

  if (row.cellCount !== row.headerCount)
    return bad(
      `raden har ${row.cellCount} fält men rubriken ${row.headerCount} (ett skiljetecken i ett värde utan citattecken?)`,
    );
  if (code === "") return bad(`${COLUMNS.unitCode} saknas`);
  if (!entityIdSchema.safeParse(code).success)
    return bad(
      `${COLUMNS.unitCode.toLowerCase()} ${quoted(code)} får bara innehålla bokstäver a–z, siffror och . _ : -`,
    );
  if (c.unitName === "") return bad(`${COLUMNS.unitName} saknas`);
  if (c.unitName.length > maxNameLength)
    return bad(`${COLUMNS.unitName.toLowerCase()} är längre än ${maxNameLength} tecken`);
  const kind = KIND_WORDS[c.unitKind.toLowerCase()];
  if (kind === undefined)
    return bad(
      c.unitKind === ""
        ? `${COLUMNS.unitKind} saknas`
        : `okänd enhetstyp ${quoted(c.unitKind)} (ska vara ${kindList})`,
    );
  const parent = c.parentCode;
  if (kind === "board" && parent !== "") return bad("en nämnd har ingen överordnad enhet");
  if (kind !== "board" && parent === "") return bad(`${COLUMNS.parentCode} saknas`);
  if (parent !== "" && !entityIdSchema.safeParse(parent).success)
    return bad(
      `överordnad enhetskod ${quoted(parent)} får bara innehålla bokstäver a–z, siffror och . _ : -`,
    );
  const unit: UnitRow = {
    line: row.line,
    code,
    name: c.unitName,
    kind,
    ...(parent === "" ? {} : { parentCode: parent }),
  };

  const personPart = [c.upn, c.name, c.objectId, c.isChef].some((cell) => cell !== "");
  if (!personPart) return { ok: true, unit };
  if (c.upn === "") return bad(`${COLUMNS.upn} saknas`);
  if (upn === undefined) return bad(`UPN ${quoted(c.upn)} är ingen giltig e-postadress`);
  if (c.name === "") return bad(`${COLUMNS.name} saknas`);
  if (c.name.length > maxNameLength) return bad(`namnet är längre än ${maxNameLength} tecken`);
  if (c.objectId !== "" && !uuidPattern.test(c.objectId))
    return bad(`objekt-ID ${quoted(c.objectId)} är inget giltigt GUID`);
  if (maybeChef && !isChef) return bad(`${COLUMNS.isChef} ska vara ja eller nej, inte ${quoted(c.isChef)}`);
  return {
    ok: true,
    unit,
    person: {
      line: row.line,
      upn,
      name: c.name,
      isChef,
      ...(c.objectId === "" ? {} : { objectId: c.objectId.toLowerCase() }),
    },
  };
}

const sameUnit = (a: UnitRow, b: UnitRow): string | undefined =>
  a.name !== b.name
    ? "ett annat namn"
    : a.kind !== b.kind
      ? "en annan enhetstyp"
      : a.parentCode !== b.parentCode
        ? "en annan överordnad enhet"
        : undefined;

/**
 * Reads the whole file into a plan before anything is written: every row that cannot be imported is reported
 * with its line and a reason, and skipped, and so is what depends on it (the rows of a unit that is skipped,
 * a unit under a skipped unit). What a skipped row might have said is never taken for a change: its person is
 * left as they are, and a unit whose chef row was skipped keeps the chef it has.
 */
export function planImport(rows: readonly CsvRow[]): ImportPlan {
  const bad = new Map<number, string>();
  const untouched = new Set<string>();
  const unsureChef = new Set<string>();
  const good: { unit: UnitRow; person?: PersonRow }[] = [];

  for (const row of rows) {
    const check = checkRow(row);
    if (check.ok) {
      good.push(check);
      continue;
    }
    bad.set(row.line, check.reason);
    if (check.upn !== undefined) untouched.add(check.upn);
    if (check.unitCode !== undefined && check.maybeChef) unsureChef.add(check.unitCode);
  }
  const skip = (entry: { unit: UnitRow; person?: PersonRow }, reason: string): void => {
    bad.set(entry.unit.line, reason);
    if (entry.person !== undefined) untouched.add(entry.person.upn);
    if (entry.person?.isChef === true) unsureChef.add(entry.unit.code);
  };

  // Units: the first row describing a unit decides; a row describing it otherwise is skipped.
  const units = new Map<string, UnitRow>();
  let kept = good.filter((entry) => {
    const first = units.get(entry.unit.code);
    if (first === undefined) {
      units.set(entry.unit.code, entry.unit);
      return true;
    }
    const differs = sameUnit(first, entry.unit);
    if (differs === undefined) return true;
    skip(entry, `enheten ${quoted(entry.unit.code)} har ${differs} här än på rad ${first.line}`);
    return false;
  });

  // The tree: a parent that is in the file, of a higher level, and no loops. A unit under a skipped unit is
  // skipped too, top down.
  const unitProblem = new Map<string, string>();
  for (const unit of units.values()) {
    const seen: string[] = [unit.code];
    let current = unit;
    while (current.parentCode !== undefined) {
      const parent = units.get(current.parentCode);
      if (parent === undefined) break;
      if (seen.includes(parent.code)) {
        const loop = [...seen.slice(seen.indexOf(parent.code)), parent.code];
        if (loop.includes(unit.code))
          unitProblem.set(unit.code, `enheterna ${loop.map(quoted).join(" → ")} bildar en slinga`);
        break;
      }
      seen.push(parent.code);
      current = parent;
    }
  }
  for (const unit of units.values()) {
    if (unitProblem.has(unit.code) || unit.parentCode === undefined) continue;
    const parent = units.get(unit.parentCode);
    if (parent === undefined)
      unitProblem.set(unit.code, `överordnad enhet ${quoted(unit.parentCode)} finns inte i filen`);
    else if (orgLevelRank(parent.kind) >= orgLevelRank(unit.kind))
      unitProblem.set(
        unit.code,
        `en ${WORD_OF_KIND[unit.kind]} kan inte ligga under en ${WORD_OF_KIND[parent.kind]} (${quoted(parent.code)})`,
      );
  }
  const skippedUnit = (code: string, depth = 0): string | undefined => {
    if (unitProblem.has(code) || depth > units.size) return unitProblem.get(code);
    const unit = units.get(code);
    if (unit?.parentCode === undefined) return undefined;
    if (skippedUnit(unit.parentCode, depth + 1) === undefined) return undefined;
    const why = `överordnad enhet ${quoted(unit.parentCode)} hoppades över (rad ${units.get(unit.parentCode)?.line ?? "?"})`;
    unitProblem.set(code, why);
    return why;
  };
  kept = kept.filter((entry) => {
    const problem = skippedUnit(entry.unit.code);
    if (problem === undefined) return true;
    const first = units.get(entry.unit.code);
    skip(
      entry,
      first?.line === entry.unit.line
        ? problem
        : `enheten ${quoted(entry.unit.code)} hoppades över (rad ${first?.line ?? "?"})`,
    );
    return false;
  });

  // People: once each, one object id per person, one chef per unit.
  const personLine = new Map<string, number>();
  const objectIdLine = new Map<string, number>();
  const chefLine = new Map<string, { upn: string; line: number }>();
  const persons: PlannedPerson[] = [];
  for (const entry of kept) {
    const person = entry.person;
    if (person === undefined) continue;
    const twice = personLine.get(person.upn);
    if (twice !== undefined) {
      skip(entry, `personen ${person.upn} står redan på rad ${twice}`);
      continue;
    }
    const sameId = person.objectId === undefined ? undefined : objectIdLine.get(person.objectId);
    if (sameId !== undefined) {
      skip(entry, `objekt-ID ${person.objectId ?? ""} står redan på rad ${sameId} för en annan person`);
      continue;
    }
    const chef = chefLine.get(entry.unit.code);
    if (person.isChef && chef !== undefined) {
      skip(entry, `enheten ${quoted(entry.unit.code)} har redan en chef på rad ${chef.line}`);
      continue;
    }
    personLine.set(person.upn, person.line);
    if (person.objectId !== undefined) objectIdLine.set(person.objectId, person.line);
    if (person.isChef) chefLine.set(entry.unit.code, { upn: person.upn, line: person.line });
    persons.push({
      id: person.upn,
      name: person.name,
      unitId: entry.unit.code,
      line: person.line,
      ...(person.objectId === undefined ? {} : { entraObjectId: person.objectId }),
    });
  }
  // A person skipped on one row and imported from another is imported.
  for (const p of persons) untouched.delete(p.id);

  const plannedUnits: PlannedUnit[] = [];
  for (const unit of units.values()) {
    if (unitProblem.has(unit.code)) continue;
    const chef = chefLine.get(unit.code);
    plannedUnits.push({
      line: unit.line,
      keepChef: chef === undefined && unsureChef.has(unit.code),
      unit: {
        id: unit.code,
        kind: unit.kind,
        name: unit.name,
        ...(unit.parentCode === undefined ? {} : { parentId: unit.parentCode }),
        ...(chef === undefined ? {} : { chefId: chef.upn }),
      },
    });
  }
  return {
    units: plannedUnits,
    persons,
    badRows: [...bad].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line),
    untouched,
    rowCount: rows.length,
  };
}
