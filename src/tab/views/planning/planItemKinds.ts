import {
  activitySchema,
  assignmentSchema,
  boardIndicatorSchema,
  milestoneSchema,
  type Activity,
  type Assignment,
  type BoardIndicator,
  type LinkTarget,
  type Milestone,
  type ServedItem,
} from "../../../domain";
import { numberFrom } from "./planModel";
import type { PlanItemKind } from "./usePlanItemForm";

/**
 * Each plan item as its form writes it: the draft (text per field, as typed), the body the planning API
 * takes, and how a stored one (or the one a conflict answers with) fills the draft.
 */

const parseWith =
  <T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }) =>
  (value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };

const optionalText = (key: string, text: string) => (text.trim() === "" ? {} : { [key]: text.trim() });

// ---- Nämndindikator ---------------------------------------------------------------------------------

export type IndicatorDraft = {
  name: string;
  measureUnit: string;
  direction: string;
  baseline: string;
  baselineYear: string;
  target: string;
  targetYear: string;
};

/** A value with its year, or undefined when either is not a number. */
const yearValueOf = (value: string, year: string) => {
  const v = numberFrom(value);
  const y = numberFrom(year);
  return v === undefined || y === undefined ? undefined : { value: v, year: y };
};

export const indicatorDraftOf = (
  i: Pick<BoardIndicator, "name" | "measureUnit" | "direction" | "baseline" | "target">,
  planYear: number,
): IndicatorDraft => ({
  name: i.name,
  measureUnit: i.measureUnit,
  direction: i.direction,
  baseline: i.baseline === undefined ? "" : String(i.baseline.value),
  baselineYear: String(i.baseline?.year ?? planYear - 1),
  target: i.target === undefined ? "" : String(i.target.value),
  targetYear: String(i.target?.year ?? planYear),
});

/** A nämnd indicator translating `kfIndicatorId`; a change keeps its Kolada KPI id. */
export const indicatorKind = (
  kfIndicatorId: string,
  planYear: number,
  koladaKpiId?: string,
): PlanItemKind<IndicatorDraft, BoardIndicator> => ({
  collection: "board-plans",
  items: "indicators",
  idPart: "-ind",
  draftOf: (stored) => indicatorDraftOf(stored, planYear),
  parse: parseWith(boardIndicatorSchema),
  contentOf: (d) => {
    const base = d.baseline.trim() === "" ? undefined : yearValueOf(d.baseline, d.baselineYear);
    const goal = d.target.trim() === "" ? undefined : yearValueOf(d.target, d.targetYear);
    if (d.name.trim() === "" || d.measureUnit.trim() === "") return undefined;
    if ((d.baseline.trim() !== "" && base === undefined) || (d.target.trim() !== "" && goal === undefined))
      return undefined;
    return {
      kfIndicatorId,
      name: d.name.trim(),
      measureUnit: d.measureUnit.trim(),
      direction: d.direction,
      ...(base === undefined ? {} : { baseline: base }),
      ...(goal === undefined ? {} : { target: goal }),
      ...(koladaKpiId === undefined ? {} : { koladaKpiId }),
    };
  },
});

// ---- Etappmål ---------------------------------------------------------------------------------------

export type MilestoneDraft = { title: string; horizon: string; value: string; date: string };

export const emptyMilestone: MilestoneDraft = { title: "", horizon: "short", value: "", date: "" };

export const milestoneKind = (boardIndicatorId: string): PlanItemKind<MilestoneDraft, Milestone> => ({
  collection: "board-plans",
  items: "milestones",
  idPart: "-em",
  draftOf: (m) => ({ title: m.title, horizon: m.horizon, value: String(m.targetValue), date: m.targetDate }),
  parse: parseWith(milestoneSchema),
  contentOf: (d) => {
    const targetValue = numberFrom(d.value);
    if (d.title.trim() === "" || targetValue === undefined || d.date === "") return undefined;
    return { boardIndicatorId, title: d.title.trim(), horizon: d.horizon, targetValue, targetDate: d.date };
  },
});

// ---- Uppdrag ----------------------------------------------------------------------------------------

export type AssignmentDraft = {
  title: string;
  description: string;
  to: string;
  focusArea: string;
  due: string;
  reference: string;
};

export const emptyAssignment = (to: string): AssignmentDraft => ({
  title: "",
  description: "",
  to,
  focusArea: "",
  due: "",
  reference: "",
});

export const assignmentKind: PlanItemKind<AssignmentDraft, Assignment> = {
  collection: "board-plans",
  items: "assignments",
  idPart: "-upp",
  draftOf: (a) => ({
    title: a.title,
    description: a.description ?? "",
    to: a.toAdministrationUnitId,
    focusArea: a.focusAreaId ?? "",
    due: a.dueDate,
    reference: a.decisionReference ?? "",
  }),
  parse: parseWith(assignmentSchema),
  contentOf: (d) => {
    if (d.title.trim() === "" || d.due === "" || d.to === "") return undefined;
    return {
      toAdministrationUnitId: d.to,
      title: d.title.trim(),
      ...optionalText("description", d.description),
      ...(d.focusArea === "" ? {} : { focusAreaId: d.focusArea }),
      dueDate: d.due,
      ...optionalText("decisionReference", d.reference),
    };
  },
};

// ---- Aktivitet --------------------------------------------------------------------------------------

/** A link target as a select's value: `<kind>:<id>`, the basuppdrag `core-mission`. */
export const keyOfServed = (serves: ServedItem): string =>
  serves.kind === "core-mission" ? "core-mission" : `${serves.kind}:${serves.id}`;

export type ActivityDraft = { title: string; description: string; serves: string };

/** What a new activity serves at first: the first valid target. */
export const emptyActivity = (targets: readonly LinkTarget[]): ActivityDraft => ({
  title: "",
  description: "",
  serves: targets[0] === undefined ? "" : keyOfServed(targets[0].serves),
});

/** An activity serving one of `targets` (the link targets the API offers for the plan). */
export const activityKind = (targets: readonly LinkTarget[]): PlanItemKind<ActivityDraft, Activity> => ({
  collection: "work-plans",
  items: "activities",
  idPart: "-akt",
  draftOf: (a) => {
    const now = keyOfServed(a.serves);
    return {
      title: a.title,
      description: a.description ?? "",
      serves: targets.some((x) => keyOfServed(x.serves) === now) ? now : emptyActivity(targets).serves,
    };
  },
  parse: parseWith(activitySchema),
  contentOf: (d) => {
    const chosen = targets.find((x) => keyOfServed(x.serves) === d.serves);
    if (d.title.trim() === "" || chosen === undefined) return undefined;
    return { title: d.title.trim(), ...optionalText("description", d.description), serves: chosen.serves };
  },
});
