import type { OrgUnit, Person } from "../domain";
import { COLUMNS, COLUMN_ORDER, WORD_OF_KIND, type ColumnKey } from "./format";

const cell = (text: string, delimiter: string): string =>
  /["\n\r]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * An organisation as the HR system would export it (the format `readOrgCsv` reads): a row per person who has
 * not left, and a row for each unit without staff (a nämnd). Used for the example file and the tests; people
 * who have left are not in an HR export.
 */
export function writeOrgCsv(
  units: readonly OrgUnit[],
  persons: readonly Person[],
  delimiter: ";" | "," = ";",
): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const line = (values: Record<ColumnKey, string>): string =>
    COLUMN_ORDER.map((key) => cell(values[key], delimiter)).join(delimiter);
  const unitCells = (unit: OrgUnit) => ({
    unitCode: unit.id,
    unitName: unit.name,
    unitKind: WORD_OF_KIND[unit.kind],
    parentCode: unit.parentId ?? "",
  });
  const staffed = new Set(persons.filter((p) => p.leftAt === undefined).map((p) => p.unitId));
  const lines = [COLUMN_ORDER.map((key) => COLUMNS[key]).join(delimiter)];
  for (const unit of units) {
    if (!staffed.has(unit.id))
      lines.push(line({ ...unitCells(unit), isChef: "", upn: "", name: "", objectId: "" }));
  }
  for (const person of persons) {
    const unit = byId.get(person.unitId);
    if (person.leftAt !== undefined || unit === undefined) continue;
    lines.push(
      line({
        ...unitCells(unit),
        isChef: unit.chefId === person.id ? "ja" : "nej",
        upn: person.id,
        name: person.name,
        objectId: person.entraObjectId ?? "",
      }),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
