/**
 * Grundskolenämndens verksamhetsplan 2026: its tolkning of the three målområden, the seed's seven
 * translations of KF indicators (numbered after the KF indicator each answers; KF 4 has none), etappmål on
 * short and long term, and two uppdrag to Utbildningsförvaltningen.
 */
import type { Assignment } from "../../domain/model/assignment";
import type { BoardIndicator } from "../../domain/model/boardIndicator";
import type { BoardPlan } from "../../domain/model/boardPlan";
import type { Milestone } from "../../domain/model/milestone";
import { programDeclaration } from "./kfLevel";
import { unitIds } from "./organisation";

export const boardPlan: BoardPlan = {
  id: "grundskolenamnden-2026",
  boardUnitId: unitIds.grundskolenamnden,
  programDeclarationId: programDeclaration.id,
  year: 2026,
  title: "Grundskolenämndens verksamhetsplan 2026",
  interpretations: [
    {
      focusAreaId: "social-hallbarhet",
      text:
        "För grundskolenämnden betyder social hållbarhet att alla elever når kunskapsmålen och blir " +
        "behöriga till gymnasieskolan, känner sig trygga i skolan, har en förtroendefull relation med minst " +
        "en vuxen och mår bra. Skolan ska kompensera för elevers olika förutsättningar.",
    },
    {
      focusAreaId: "ekonomisk-hallbarhet",
      text:
        "God hushållning betyder för nämnden att varje skattekrona används där den gör mest nytta för " +
        "elevernas lärande: en kostnad per elev i nivå med jämförbara kommuner och en effektiv skolskjuts.",
    },
    {
      focusAreaId: "ekologisk-hallbarhet",
      text:
        "Nämnden bidrar till ett minskat ekologiskt fotavtryck genom lägre energiförbrukning i skollokalerna " +
        "och genom att eleverna lär sig om hållbar utveckling.",
    },
  ],
};

const indicator = (
  number: number,
  name: string,
  measureUnit: string,
  direction: BoardIndicator["direction"],
  baseline: number,
  target: number,
  agenda2030Goals: number[],
  extra: Pick<BoardIndicator, "koladaKpiId" | "genderSplit"> = {},
): BoardIndicator => ({
  id: `grundskolenamnden-2026-ind-${number}`,
  boardPlanId: boardPlan.id,
  kfIndicatorId: `kf-${number}`,
  number,
  name,
  measureUnit,
  direction,
  baseline: { year: 2024, value: baseline },
  target: { year: 2026, value: target },
  agenda2030Goals,
  ...extra,
});

/**
 * The seed's Exempel 1, verbatim; each id ends with the number of the KF indicator it translates. Each
 * target is the plan year's etappmål (kort sikt), so the indicator and its etappmål say the same. The global
 * goals are the school's angle on its KF indicator's (a safe school is 4.a as well as 16). The surveys and
 * behörighet are reported for flickor and pojkar too; behörighet is Kolada's N15428 (åk 9, hemkommun).
 */
export const boardIndicators: readonly BoardIndicator[] = [
  indicator(
    1,
    "Kostnad per elev i grundskolan ska minska med X %",
    "kr/elev",
    "decrease",
    118_400,
    116_500,
    [4, 16],
  ),
  indicator(
    2,
    "Andelen grundskoleelever som uppnår behörighet till gymnasieskolan",
    "%",
    "increase",
    84.2,
    86,
    [4],
    { koladaKpiId: "N15428", genderSplit: true },
  ),
  indicator(
    3,
    "Andelen elever i åk 7–9 som uppger att de har en förtroendefull relation med minst en vuxen i skolan",
    "%",
    "increase",
    77,
    80,
    [3, 4],
    { genderSplit: true },
  ),
  indicator(
    5,
    "Andel elever i åk 9 som känner sig trygga i skolan, positiva svar",
    "%",
    "increase",
    79,
    82,
    [4, 16],
    { genderSplit: true },
  ),
  indicator(6, "Andel elever som skattar sin hälsa som god eller mycket god", "%", "increase", 72, 74, [3], {
    genderSplit: true,
  }),
  indicator(7, "NKI för elever som erhåller skolskjuts", "index", "increase", 68, 71, [9, 11]),
  indicator(8, "Energiförbrukningen i verksamhetslokaler", "kWh/m²", "decrease", 142, 136, [7, 13]),
];

const milestone = (
  indicatorNumber: number,
  horizon: Milestone["horizon"],
  title: string,
  targetValue: number,
  targetDate: string,
): Milestone => ({
  id: `grundskolenamnden-2026-etappmal-${indicatorNumber}-${horizon === "short" ? "kort" : "lang"}`,
  boardPlanId: boardPlan.id,
  boardIndicatorId: `grundskolenamnden-2026-ind-${indicatorNumber}`,
  title,
  horizon,
  targetValue,
  targetDate,
});

export const milestones: readonly Milestone[] = [
  milestone(1, "short", "Kostnaden per elev är högst 116 500 kr vid årets slut", 116_500, "2026-12-31"),
  milestone(1, "long", "Kostnaden per elev är högst 112 000 kr", 112_000, "2028-12-31"),
  milestone(2, "short", "Minst 86 % av eleverna i åk 9 är behöriga till gymnasieskolan", 86, "2026-06-30"),
  milestone(2, "long", "Minst 90 % av eleverna i åk 9 är behöriga till gymnasieskolan", 90, "2028-06-30"),
  milestone(
    3,
    "short",
    "Minst 80 % av eleverna i åk 7–9 har en förtroendefull vuxenrelation",
    80,
    "2026-12-31",
  ),
  milestone(
    3,
    "long",
    "Minst 88 % av eleverna i åk 7–9 har en förtroendefull vuxenrelation",
    88,
    "2028-12-31",
  ),
  milestone(5, "short", "Minst 82 % av eleverna i åk 9 känner sig trygga i skolan", 82, "2026-12-31"),
  milestone(5, "long", "Minst 90 % av eleverna i åk 9 känner sig trygga i skolan", 90, "2028-12-31"),
  milestone(
    6,
    "short",
    "Minst 74 % av eleverna skattar sin hälsa som god eller mycket god",
    74,
    "2026-12-31",
  ),
  milestone(7, "short", "NKI för skolskjutsen är minst 71", 71, "2026-12-31"),
  milestone(8, "short", "Energiförbrukningen är högst 136 kWh/m²", 136, "2026-12-31"),
  milestone(8, "long", "Energiförbrukningen är högst 120 kWh/m²", 120, "2030-12-31"),
];

export const assignments: readonly Assignment[] = [
  {
    id: "grundskolenamnden-2026-uppdrag-1",
    boardPlanId: boardPlan.id,
    fromBoardUnitId: unitIds.grundskolenamnden,
    toAdministrationUnitId: unitIds.utbildningsforvaltningen,
    title: "Ta fram en plan för att fler elever ska bli behöriga till gymnasieskolan",
    description:
      "Planen ska bygga på en analys av vilka elever som inte blir behöriga och varför, och redovisas för " +
      "nämnden före sommaren.",
    focusAreaId: "social-hallbarhet",
    dueDate: "2026-06-30",
    decisionReference: "GSN 2025/412 § 87",
  },
  {
    id: "grundskolenamnden-2026-uppdrag-2",
    boardPlanId: boardPlan.id,
    fromBoardUnitId: unitIds.grundskolenamnden,
    toAdministrationUnitId: unitIds.utbildningsforvaltningen,
    title: "Se över skolskjutsorganisationen",
    description:
      "Översynen ska belysa elevernas nöjdhet, restider och kostnader, och föreslå förbättringar inför " +
      "läsåret 2027/28.",
    focusAreaId: "social-hallbarhet",
    dueDate: "2026-10-31",
    decisionReference: "GSN 2025/418 § 88",
  },
];
