/**
 * The Swedish words of the Mål och budget document, in one place: its title and file name, headings, the
 * indicator table's columns and how the KF level's standing (utkast or fastställd) is said.
 */
import { INDICATOR_DIRECTION_TERMS, type YearValue } from "../domain";
import type { MalOchBudget, MalOchBudgetStanding } from "./malOchBudget";
import { formatDate, formatNumber } from "./reportTexts";

export const malOchBudgetTexts = {
  vision: "Vision",
  programDeclaration: "Politisk programförklaring",
  focusAreas: "Målområden",
  agenda2030: "Agenda 2030 – globala mål som målområdet fångar",
  kfIndicators: "Kommunövergripande indikatorer",
  noIndicators: "Inga kommunövergripande indikatorer under målområdet.",
  noVision: "Ingen vision är antagen.",
  draft: "Utkast – ej fastställd",
  adopted: "Fastställd av kommunfullmäktige",
  columns: {
    number: "Nr",
    indicator: "Indikator",
    unit: "Enhet",
    direction: "Riktning",
    baseline: "Utgångsvärde",
    target: "Målvärde",
    kolada: "Kolada",
  },
} as const;

/** `Mål och budget 2023–2026`. */
export const malOchBudgetTitle = (doc: Pick<MalOchBudget, "firstYear" | "lastYear">): string =>
  `Mål och budget ${doc.firstYear}–${doc.lastYear}`;

/** `Mål och budget 2023–2026.docx`. */
export const malOchBudgetFileName = (doc: Pick<MalOchBudget, "firstYear" | "lastYear">): string =>
  `${malOchBudgetTitle(doc)}.docx`;

/**
 * `Utkast – ej fastställd`, or `Fastställd av kommunfullmäktige 16 november 2026, KF 2026-11-16 § 12`
 * with as much of the decision as is recorded; a later version says which.
 */
export const standingText = (standing: MalOchBudgetStanding): string => {
  const version = standing.versionNumber > 1 ? ` (version ${standing.versionNumber})` : "";
  if (standing.kind === "draft") return `${malOchBudgetTexts.draft}${version}`;
  const when = standing.adoptedOn === undefined ? "" : ` ${formatDate(standing.adoptedOn)}`;
  const decision = standing.decisionReference === undefined ? "" : `, ${standing.decisionReference}`;
  return `${malOchBudgetTexts.adopted}${when}${decision}${version}`;
};

/** `Lägre är bättre`: the direction of good as a table cell says it. */
export const directionCell = (direction: keyof typeof INDICATOR_DIRECTION_TERMS): string => {
  const term = INDICATOR_DIRECTION_TERMS[direction].singular;
  return term.charAt(0).toUpperCase() + term.slice(1);
};

/** `−4,6 (2022)`: the unit stands in its own column. */
export const yearValueCell = (value: YearValue | undefined): string =>
  value === undefined ? "–" : `${formatNumber(value.value)} (${value.year})`;
