/**
 * Arbetsplaner 2026 down the chain: Utbildningsförvaltningen (HOW it reaches the nämnd's etappmål and
 * carries out the uppdrag), avdelning Grundskola, and the two skolor, each with prioritised activities.
 */
import type { Activity, ServedItem } from "../../domain/model/activity";
import type { WorkPlan } from "../../domain/model/workPlan";
import { boardPlan } from "./grundskolenamnden";
import { unitIds } from "./organisation";

const plan = (
  ownerUnitId: string,
  level: WorkPlan["level"],
  parentPlanId: string,
  title: string,
  summary: string,
): WorkPlan => ({ id: `${ownerUnitId}-2026`, level, year: 2026, ownerUnitId, parentPlanId, title, summary });

export const forvaltningPlan = plan(
  unitIds.utbildningsforvaltningen,
  "administration",
  boardPlan.id,
  "Utbildningsförvaltningens arbetsplan 2026",
  "Hur förvaltningen når grundskolenämndens etappmål och genomför nämndens uppdrag.",
);
export const avdelningPlan = plan(
  unitIds.grundskola,
  "department",
  forvaltningPlan.id,
  "Avdelning Grundskolas arbetsplan 2026",
  "Avdelningens stöd till skolorna i förvaltningens prioriterade aktiviteter.",
);
export const sjodalPlan = plan(
  unitIds.sjodalsskolan,
  "unit",
  avdelningPlan.id,
  "Sjödalsskolans arbetsplan 2026",
  "Sjödalsskolan F–9: läsning, studiero och trygghet i fokus.",
);
export const kvarnbergPlan = plan(
  unitIds.kvarnbergsskolan,
  "unit",
  avdelningPlan.id,
  "Kvarnbergsskolans arbetsplan 2026",
  "Kvarnbergsskolan F–9: tidiga insatser, hälsa och energismarta lokaler.",
);

export const workPlans: readonly WorkPlan[] = [forvaltningPlan, avdelningPlan, sjodalPlan, kvarnbergPlan];

const serves = {
  milestone: (n: number, horizon: "kort" | "lang" = "kort"): ServedItem => ({
    kind: "milestone",
    id: `${boardPlan.id}-etappmal-${n}-${horizon}`,
  }),
  assignment: (n: number): ServedItem => ({ kind: "assignment", id: `${boardPlan.id}-uppdrag-${n}` }),
  activity: (parent: WorkPlan, n: number): ServedItem => ({ kind: "activity", id: `${parent.id}-akt-${n}` }),
  coreMission: { kind: "core-mission" } as ServedItem,
};

const activities = (workPlan: WorkPlan, items: readonly [string, ServedItem][]): Activity[] =>
  items.map(([title, served], index) => ({
    id: `${workPlan.id}-akt-${index + 1}`,
    workPlanId: workPlan.id,
    title,
    serves: served,
  }));

export const forvaltningActivities = activities(forvaltningPlan, [
  ["Inför en gemensam modell för tidiga insatser i läsning och matematik", serves.milestone(2)],
  ["Analysera resursfördelningen och kostnaden per elev skola för skola", serves.milestone(1)],
  ["Utveckla elevhälsans förebyggande och hälsofrämjande arbete", serves.milestone(6)],
  ["Stärk mentorskapet och vuxennärvaron i åk 7–9", serves.milestone(3)],
  ["Genomför trygghetsvandringar och en trygghetsenkät på alla skolor", serves.milestone(5)],
  ["Ta fram planen för ökad behörighet till gymnasieskolan", serves.assignment(1)],
  ["Se över skolskjutsen tillsammans med trafikplaneringen", serves.assignment(2)],
  ["Energieffektivisera skollokalerna tillsammans med fastighetsförvaltningen", serves.milestone(8)],
]);

export const avdelningActivities = activities(avdelningPlan, [
  ["Samordna läs- och matematiklyftet på avdelningens skolor", serves.activity(forvaltningPlan, 1)],
  ["Följ upp kostnad per elev per skola varje månad", serves.activity(forvaltningPlan, 2)],
  ["Gemensam elevhälsoplan för avdelningens skolor", serves.activity(forvaltningPlan, 3)],
  ["En gemensam modell för mentorssamtal i åk 7–9", serves.activity(forvaltningPlan, 4)],
  ["Skolornas trygghetsplaner och rastvärdsscheman", serves.activity(forvaltningPlan, 5)],
  ["Skolornas del i planen för gymnasiebehörighet", serves.activity(forvaltningPlan, 6)],
  ["Energironder på varje skola en gång per termin", serves.activity(forvaltningPlan, 8)],
]);

export const sjodalActivities = activities(sjodalPlan, [
  ["Dagliga lässtunder i förskoleklass till åk 3", serves.activity(avdelningPlan, 1)],
  ["Extra studietid i matematik för åk 7–9", serves.activity(avdelningPlan, 6)],
  ["Mentorssamtal varannan vecka i åk 7–9", serves.activity(avdelningPlan, 4)],
  ["Trygghetsvandring med elevrådet varje termin", serves.activity(avdelningPlan, 5)],
  ["Aktiva raster: rörelse varje dag", serves.activity(avdelningPlan, 3)],
  ["Kollegialt lärande i bedömning och betygssättning", serves.coreMission],
]);

export const kvarnbergActivities = activities(kvarnbergPlan, [
  ["Tidiga insatser i läsning i förskoleklass och åk 1", serves.activity(avdelningPlan, 1)],
  ["Sommarskola i matematik och svenska för åk 8–9", serves.activity(avdelningPlan, 6)],
  ["Hälsosamtal och kartläggning i åk 4 och åk 7", serves.activity(avdelningPlan, 3)],
  ["Vuxennärvaro i matsal, korridorer och på rasterna", serves.activity(avdelningPlan, 5)],
  ["Släck, stäng och sänk: energironder efter skoltid", serves.activity(avdelningPlan, 7)],
  ["Utvecklingssamtal där eleven sätter egna mål", serves.coreMission],
]);

export const allActivities: readonly Activity[] = [
  ...forvaltningActivities,
  ...avdelningActivities,
  ...sjodalActivities,
  ...kvarnbergActivities,
];
