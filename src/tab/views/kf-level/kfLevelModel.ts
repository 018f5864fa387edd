import type { KfIndicatorRequest, MandateDesk, MandateList } from "../../../contracts/kfLevelApi";
import type { IndicatorDirection, KfIndicator, PlanStatus, ProgramDeclaration } from "../../../domain";

/**
 * Mål och budget's pure rules: which mandate the page shows, what it offers the person, and how the forms'
 * typed text becomes a request. They only decide what to offer: the server decides every write again.
 */

/** The mandate shown: the one the route names when it exists, else the one covering this year, else the newest. */
export function chosenMandateId(list: MandateList, requested: string | undefined): string | undefined {
  if (requested !== undefined && list.mandates.some((m) => m.id === requested)) return requested;
  return list.currentId ?? list.mandates[0]?.id;
}

/** A programförklaring without a status is fastställd (the seed's, from before the KF level had a life). */
export const statusOf = (declaration: ProgramDeclaration): PlanStatus => declaration.status ?? "adopted";

export interface KfOffers {
  /** Programförklaring, målområden and KF indicators can be written (an utkast, and a KF planner). */
  readonly edit: boolean;
  /** The vision is untimed: a KF planner changes it whatever the mandate's state. */
  readonly editVision: boolean;
  readonly adopt: boolean;
  readonly newVersion: boolean;
  readonly nextMandate: boolean;
  /** Why the level is read-only, when it is. */
  readonly readOnly: "not-planner" | "state" | undefined;
}

/**
 * What the page offers: everything read-only for anyone but the kommun's planners; for them an utkast is
 * written and fastställd, a fastställd level opened as a new version, and the newest mandate continued into
 * the next period (once: the next one then exists).
 */
export function kfOffers(desk: MandateDesk, list: MandateList): KfOffers {
  const planner = desk.mayEdit;
  const declaration = desk.declaration.declaration;
  const draft = statusOf(declaration) === "draft";
  const newest = list.mandates.every((m) => m.lastYear <= declaration.mandate.lastYear);
  return {
    edit: planner && draft,
    editVision: planner,
    adopt: planner && draft,
    newVersion: planner && !draft,
    nextMandate: planner && newest,
    readOnly: !planner ? "not-planner" : draft ? undefined : "state",
  };
}

/** The id of the next mandate's programförklaring; a retry of "Starta nästa mandatperiod" names the same one. */
export const nextMandateId = (declaration: ProgramDeclaration): string =>
  `programforklaring-${declaration.mandate.lastYear + 1}-${declaration.mandate.lastYear + 4}`;

/** Every person named on the page (who changed the vision, who fastställde), to look their names up once. */
export function peopleOf(desk: MandateDesk): string[] {
  const declaration = desk.declaration.declaration;
  const ids = [
    desk.vision.vision.changedBy,
    declaration.createdBy,
    declaration.adoptedBy,
    ...(declaration.adoptions ?? []).map((a) => a.adoptedBy),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * Agenda 2030 goals as people type them (`4, 16` or `4 16`): ascending, each once; undefined when something
 * typed is not a goal 1–17.
 */
export function goalsFrom(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== "");
  if (!parts.every((p) => /^\d{1,2}$/.test(p))) return undefined;
  const goals = parts.map(Number);
  if (!goals.every((g) => g >= 1 && g <= 17)) return undefined;
  return [...new Set(goals)].sort((a, b) => a - b);
}

export const goalsText = (goals: readonly number[] | undefined): string => (goals ?? []).join(", ");

/** A decimal number as people type it (`86,5`, `-4.6`, `−10`); undefined when it is none. */
export function numberFrom(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".").replace("−", "-");
  if (trimmed === "" || !/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

const yearFrom = (text: string): number | undefined =>
  /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;

/** A KF indicator form as typed: every field text, so nothing typed is lost on a refusal. */
export interface KfIndicatorDraft {
  readonly focusAreaId: string;
  readonly name: string;
  readonly measureUnit: string;
  readonly direction: IndicatorDirection;
  readonly baseline: string;
  readonly baselineYear: string;
  readonly target: string;
  readonly targetYear: string;
  readonly koladaKpiId: string;
  readonly genderSplit: boolean;
  readonly agenda2030Goals: string;
}

export type DraftField = Exclude<keyof KfIndicatorDraft, "direction" | "genderSplit" | "focusAreaId">;
export type DraftProblem = "required" | "badNumber" | "badYear" | "badKolada" | "badGoals";

/** A new indicator's empty form under a målområde: baseline last year, target the mandate's last year. */
export const emptyDraft = (focusAreaId: string, firstYear: number, lastYear: number): KfIndicatorDraft => ({
  focusAreaId,
  name: "",
  measureUnit: "",
  direction: "increase",
  baseline: "",
  baselineYear: String(firstYear - 1),
  target: "",
  targetYear: String(lastYear),
  koladaKpiId: "",
  genderSplit: false,
  agenda2030Goals: "",
});

/** A stored indicator as its change form starts. */
export const draftOf = (indicator: KfIndicator, lastYear: number): KfIndicatorDraft => ({
  focusAreaId: indicator.focusAreaId,
  name: indicator.name,
  measureUnit: indicator.measureUnit,
  direction: indicator.direction,
  baseline: indicator.baseline === undefined ? "" : String(indicator.baseline.value),
  baselineYear: String(indicator.baseline?.year ?? lastYear - 4),
  target: indicator.target === undefined ? "" : String(indicator.target.value),
  targetYear: String(indicator.target?.year ?? lastYear),
  koladaKpiId: indicator.koladaKpiId ?? "",
  genderSplit: indicator.genderSplit === true,
  agenda2030Goals: goalsText(indicator.agenda2030Goals),
});

/** A value with its year, both optional together: a value without a year is a problem, a year alone nothing. */
function yearValue(
  value: string,
  year: string,
  valueField: DraftField,
  yearField: DraftField,
  problems: Partial<Record<DraftField, DraftProblem>>,
): { value: number; year: number } | undefined {
  if (value.trim() === "") return undefined;
  const v = numberFrom(value);
  const y = yearFrom(year);
  if (v === undefined) problems[valueField] = "badNumber";
  if (y === undefined) problems[yearField] = "badYear";
  return v === undefined || y === undefined ? undefined : { value: v, year: y };
}

/** The request a typed form makes, or what is wrong with it, field by field (checked again on the server). */
export function requestFrom(
  draft: KfIndicatorDraft,
): { request: KfIndicatorRequest } | { problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (draft.name.trim() === "") problems.name = "required";
  if (draft.measureUnit.trim() === "") problems.measureUnit = "required";
  const baseline = yearValue(draft.baseline, draft.baselineYear, "baseline", "baselineYear", problems);
  const target = yearValue(draft.target, draft.targetYear, "target", "targetYear", problems);
  const kolada = draft.koladaKpiId.trim().toUpperCase();
  if (kolada !== "" && !/^[NU]\d{5}$/.test(kolada)) problems.koladaKpiId = "badKolada";
  const goals = goalsFrom(draft.agenda2030Goals);
  if (goals === undefined) problems.agenda2030Goals = "badGoals";
  if (Object.keys(problems).length > 0) return { problems };
  return {
    request: {
      focusAreaId: draft.focusAreaId,
      name: draft.name.trim(),
      measureUnit: draft.measureUnit.trim(),
      direction: draft.direction,
      ...(baseline === undefined ? {} : { baseline }),
      ...(target === undefined ? {} : { target }),
      ...(kolada === "" ? {} : { koladaKpiId: kolada }),
      ...(draft.genderSplit ? { genderSplit: true } : {}),
      ...(goals === undefined || goals.length === 0 ? {} : { agenda2030Goals: goals }),
    },
  };
}
