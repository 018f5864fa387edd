/**
 * Mål och budget (the KF level of one mandate period as a document), built from the mandate's data: pure, no
 * IO. The vision, the politisk programförklaring, then the three målområden innermost circle first (social,
 * economic, ecological) each with its text for citizens, the Agenda 2030 goals it captures and its KF
 * indicators in KF's numbering; and whether KF has fastställt it.
 */
import {
  FOCUS_AREA_DIMENSIONS,
  municipalDate,
  type FocusArea,
  type FocusAreaDimension,
  type IndicatorDirection,
  type IsoDate,
  type KfIndicator,
  type MalOchBudgetData,
  type YearValue,
} from "../domain";

export interface MalOchBudgetOptions {
  /** The municipality's name, as the title page shows it. */
  readonly municipality: string;
  /** The day the document is made, in the municipality's calendar. */
  readonly today: IsoDate;
}

/**
 * Where the mandate's KF level stands: an utkast (not yet decided), or fastställd by KF with the decision and
 * its date where they are recorded (rows from before Målkedjan kept the KF level have neither).
 */
export type MalOchBudgetStanding =
  | { readonly kind: "draft"; readonly versionNumber: number }
  | {
      readonly kind: "adopted";
      readonly versionNumber: number;
      readonly decisionReference?: string;
      readonly adoptedOn?: IsoDate;
    };

export interface MalOchBudgetIndicator {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  readonly measureUnit: string;
  readonly direction: IndicatorDirection;
  readonly baseline?: YearValue;
  readonly target?: YearValue;
  readonly koladaKpiId?: string;
  /** The global goals (1–17) it measures progress towards, ascending; empty when none is named. */
  readonly agenda2030Goals: readonly number[];
}

export interface MalOchBudgetFocusArea {
  readonly id: string;
  readonly dimension: FocusAreaDimension;
  readonly heading: string;
  readonly citizenText: string;
  readonly agenda2030Goals: readonly number[];
  readonly indicators: readonly MalOchBudgetIndicator[];
}

export interface MalOchBudget {
  readonly municipality: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly standing: MalOchBudgetStanding;
  /** Absent when no vision is stored. */
  readonly vision?: string;
  readonly programDeclaration: { readonly id: string; readonly title: string; readonly text: string };
  readonly focusAreas: readonly MalOchBudgetFocusArea[];
  readonly madeOn: IsoDate;
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const standingOf = (declaration: MalOchBudgetData["programDeclaration"]): MalOchBudgetStanding => {
  const versionNumber = declaration.versionNumber ?? 1;
  // No status is a row from before the KF level had a life in Målkedjan: fastställd.
  if (declaration.status === "draft") return { kind: "draft", versionNumber };
  return {
    kind: "adopted",
    versionNumber,
    ...optional("decisionReference", declaration.decisionReference),
    ...optional(
      "adoptedOn",
      declaration.adoptedAt === undefined ? undefined : municipalDate(new Date(declaration.adoptedAt)),
    ),
  };
};

const indicatorOf = (kf: KfIndicator): MalOchBudgetIndicator => ({
  id: kf.id,
  number: kf.number,
  name: kf.name,
  measureUnit: kf.measureUnit,
  direction: kf.direction,
  ...optional("baseline", kf.baseline),
  ...optional("target", kf.target),
  ...optional("koladaKpiId", kf.koladaKpiId),
  agenda2030Goals: kf.agenda2030Goals ?? [],
});

const dimensionOrder = (a: FocusArea, b: FocusArea): number =>
  FOCUS_AREA_DIMENSIONS.indexOf(a.dimension) - FOCUS_AREA_DIMENSIONS.indexOf(b.dimension) ||
  a.heading.localeCompare(b.heading, "sv");

/** Builds the document's model. Deterministic: the same data and day give the same model. */
export function buildMalOchBudget(data: MalOchBudgetData, options: MalOchBudgetOptions): MalOchBudget {
  const declaration = data.programDeclaration;
  return {
    municipality: options.municipality,
    firstYear: declaration.mandate.firstYear,
    lastYear: declaration.mandate.lastYear,
    standing: standingOf(declaration),
    ...optional("vision", data.vision?.text),
    programDeclaration: { id: declaration.id, title: declaration.title, text: declaration.text },
    focusAreas: data.focusAreas
      .filter((area) => area.programDeclarationId === declaration.id)
      .sort(dimensionOrder)
      .map((area) => ({
        id: area.id,
        dimension: area.dimension,
        heading: area.heading,
        citizenText: area.citizenText,
        agenda2030Goals: area.agenda2030Goals,
        indicators: data.kfIndicators
          .filter((k) => k.focusAreaId === area.id)
          .sort((a, b) => a.number - b.number || a.name.localeCompare(b.name, "sv"))
          .map(indicatorOf),
      })),
    madeOn: options.today,
  };
}
