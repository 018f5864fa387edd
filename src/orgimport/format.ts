import type { OrgUnitKind } from "../domain";

/**
 * The HR system's export, one row per person (and one row per unit without staff, such as a nämnd): the
 * columns by their Swedish header names, in the order an export writes them. Documented in
 * docs/org-import.md; the order in a file does not matter, the names do (case and surrounding spaces aside).
 */
export const COLUMNS = {
  unitCode: "Enhetskod",
  unitName: "Enhetsnamn",
  unitKind: "Enhetstyp",
  parentCode: "Överordnad enhetskod",
  isChef: "Chef",
  upn: "UPN",
  name: "Namn",
  objectId: "Objekt-ID",
} as const;
export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_ORDER: readonly ColumnKey[] = [
  "unitCode",
  "unitName",
  "unitKind",
  "parentCode",
  "isChef",
  "upn",
  "name",
  "objectId",
];

/** Enhetstyp as HR writes it → the domain's unit kind. */
export const KIND_WORDS: Readonly<Record<string, OrgUnitKind>> = {
  nämnd: "board",
  förvaltning: "administration",
  avdelning: "department",
  sektion: "section",
  enhet: "unit",
};
export const WORD_OF_KIND: Readonly<Record<OrgUnitKind, string>> = {
  board: "nämnd",
  administration: "förvaltning",
  department: "avdelning",
  section: "sektion",
  unit: "enhet",
};

/** The Chef column: "ja" for the unit's chef; "nej" or empty for everyone else. */
export const CHEF_YES = ["ja", "j", "x", "1"] as const;
export const CHEF_NO = ["nej", "n", "0", ""] as const;
