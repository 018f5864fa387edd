import type { OrgChanges } from "./diff";
import type { ImportPlan } from "./plan";

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The import's outcome for the person who ran it, in plain Swedish: counts, then every skipped row. */
export function describeImport(
  plan: ImportPlan,
  changes: OrgChanges,
  options: { dryRun: boolean },
): string[] {
  const added = changes.units.filter((u) => u.version === undefined).length;
  const addedPeople = changes.persons.filter((p) => p.version === undefined).length;
  const chefChanges = changes.units.filter(
    (u) => u.before !== undefined && u.before.chefId !== u.value.chefId,
  ).length;
  const lines = [
    options.dryRun ? "Provkörning: inget har skrivits." : "Organisationen är inläst.",
    `Rader i filen: ${plan.rowCount}, varav ${count(plan.badRows.length, "hoppades över", "hoppades över")}.`,
    `Enheter: ${added} nya, ${changes.units.length - added} ändrade (${count(chefChanges, "chefsbyte", "chefsbyten")}), ${changes.unchanged.units} oförändrade.`,
    `Personer: ${addedPeople} nya, ${changes.persons.length - addedPeople} ändrade (${count(changes.moves.length, "har bytt enhet", "har bytt enhet")}, ${count(changes.returning.length, "har kommit tillbaka", "har kommit tillbaka")}), ${changes.leavers.length} har slutat, ${changes.unchanged.persons} oförändrade.`,
    `Läsbehörighet till personliga mål ändras för ${count(changes.access.length, "person", "personer")}.`,
  ];
  if (plan.badRows.length > 0) {
    lines.push("Rader som hoppades över:");
    for (const row of plan.badRows) lines.push(`  rad ${row.line}: ${row.reason}`);
  }
  return lines;
}
