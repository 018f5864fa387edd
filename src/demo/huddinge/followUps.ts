/**
 * Follow-ups recorded so far in 2026 (tertial 1 and delår for plans, the agreed dates for individual goals),
 * with every status represented, and indicator outcomes for 2024 and 2025 so charts have something to draw.
 */
import type { FollowableRef, FollowUp, FollowUpStatus } from "../../domain/model/followUp";
import type { IndicatorOutcome, Measurement } from "../../domain/model/indicatorOutcome";
import type { Person } from "../../domain/model/person";
import { KOLADA_IMPORT_ACTOR, outcomeKeyOf } from "../../domain/rules/outcomes";
import { assignments, boardIndicators } from "./grundskolenamnden";
import { individualGoals } from "./individualGoals";
import { kfIndicators } from "./kfLevel";
import { chefs, planners } from "./organisation";
import {
  avdelningActivities,
  forvaltningActivities,
  kvarnbergActivities,
  sjodalActivities,
} from "./workPlans";

const recordedOn: Readonly<Record<string, string>> = {
  "2026-tertial1": "2026-05-08T13:00:00Z",
  "2026-delar": "2026-09-11T13:00:00Z",
};

const followUp = (
  target: FollowableRef,
  period: string,
  status: FollowUpStatus,
  author: Person,
  comment: string,
  value?: number,
): FollowUp => ({
  id: `${target.id}--${period}`,
  target,
  period,
  status,
  ...(value === undefined ? {} : { value }),
  comment,
  authorId: author.id,
  recordedAt: recordedOn[period] ?? `${period}T15:30:00Z`,
});

const activity = (id: string | undefined): FollowableRef => ({ kind: "activity", id: id ?? "" });
const goalRef = (index: number): FollowableRef => ({
  kind: "individual-goal",
  id: individualGoals[index]?.id ?? "",
});

const planFollowUps: readonly FollowUp[] = [
  followUp(
    { kind: "board-indicator", id: boardIndicators[1]?.id ?? "" },
    "2026-delar",
    "on-track",
    planners.namnd,
    "Preliminärt 85,6 % behöriga efter vårterminen; etappmålet 86 % är inom räckhåll.",
    85.6,
  ),
  followUp(
    { kind: "board-indicator", id: boardIndicators[0]?.id ?? "" },
    "2026-delar",
    "at-risk",
    planners.namnd,
    "Kostnaden per elev ökade under våren på grund av fler elever i behov av särskilt stöd.",
    117_900,
  ),
  followUp(
    { kind: "assignment", id: assignments[0]?.id ?? "" },
    "2026-delar",
    "done",
    planners.forvaltning,
    "Planen redovisades för nämnden den 16 juni.",
  ),
  followUp(
    { kind: "assignment", id: assignments[1]?.id ?? "" },
    "2026-delar",
    "on-track",
    planners.forvaltning,
    "Enkät till vårdnadshavare skickad; analysen är klar i oktober.",
  ),
  followUp(
    activity(forvaltningActivities[1]?.id),
    "2026-tertial1",
    "on-track",
    chefs.forvaltningschef,
    "Analysen av resursfördelningen har startat.",
  ),
  followUp(
    activity(forvaltningActivities[7]?.id),
    "2026-delar",
    "off-track",
    chefs.forvaltningschef,
    "Fastighetsförvaltningen har skjutit upp ventilationsbytet till 2027.",
  ),
  followUp(
    activity(avdelningActivities[0]?.id),
    "2026-tertial1",
    "on-track",
    chefs.avdelningschef,
    "Alla skolor har utsett läsombud.",
  ),
  followUp(
    activity(sjodalActivities[0]?.id),
    "2026-tertial1",
    "on-track",
    chefs.rektorSjodal,
    "Lässtunderna är igång i alla klasser F–3.",
  ),
  followUp(
    activity(sjodalActivities[0]?.id),
    "2026-delar",
    "on-track",
    chefs.rektorSjodal,
    "Lästestet i maj visar förbättring i åk 2.",
  ),
  followUp(
    activity(sjodalActivities[3]?.id),
    "2026-tertial1",
    "not-started",
    chefs.rektorSjodal,
    "Första vandringen flyttad till hösten.",
  ),
  followUp(
    activity(sjodalActivities[3]?.id),
    "2026-delar",
    "at-risk",
    chefs.rektorSjodal,
    "Elevrådet har fått förnyat mandat först i september.",
  ),
  followUp(
    activity(kvarnbergActivities[1]?.id),
    "2026-delar",
    "done",
    chefs.rektorKvarnberg,
    "Sommarskolan genomförd med 38 elever.",
  ),
  followUp(
    activity(kvarnbergActivities[4]?.id),
    "2026-tertial1",
    "on-track",
    chefs.rektorKvarnberg,
    "Energironderna sker varje fredag.",
  ),
];

const goalFollowUps: readonly FollowUp[] = [
  followUp(
    goalRef(0),
    "2026-04-20",
    "on-track",
    chefs.rektorSjodal,
    "Lässtunden fungerar, två elever behöver stöd med att välja böcker.",
  ),
  followUp(
    goalRef(0),
    "2026-09-21",
    "on-track",
    chefs.rektorSjodal,
    "Nya klassen har kommit igång efter sommaren.",
  ),
  followUp(
    goalRef(2),
    "2026-04-20",
    "at-risk",
    chefs.rektorSjodal,
    "Få elever kommer på onsdagarna; vi flyttar passet.",
  ),
  followUp(goalRef(5), "2026-04-20", "done", chefs.rektorSjodal, "Alla elever i åk 1 är screenade."),
  followUp(
    goalRef(7),
    "2026-04-20",
    "off-track",
    chefs.rektorSjodal,
    "Rastaktiviteterna har fallit bort när personal varit sjuk.",
  ),
  followUp(
    goalRef(10),
    "2026-04-20",
    "on-track",
    chefs.rektorKvarnberg,
    "Upplägget för sommarskolan är klart.",
  ),
  followUp(
    goalRef(10),
    "2026-09-21",
    "done",
    chefs.rektorKvarnberg,
    "Sommarskolan genomförd; 31 av 38 elever nådde målen.",
  ),
  followUp(
    goalRef(14),
    "2026-04-20",
    "not-started",
    chefs.rektorKvarnberg,
    "Hälsosamtalen börjar efter påsk.",
  ),
  followUp(goalRef(17), "2026-04-20", "on-track", chefs.rektorKvarnberg, "Energironderna görs varje fredag."),
];

export const followUps: readonly FollowUp[] = [...planFollowUps, ...goalFollowUps];

export const value = (total: number, women?: number, men?: number): Measurement => ({
  kind: "value",
  total,
  ...(women === undefined ? {} : { women }),
  ...(men === undefined ? {} : { men }),
});

/** One demo outcome under its stable key, recorded by whoever records it in the municipality. */
export const outcome = (
  indicator: IndicatorOutcome["indicator"],
  period: string,
  measurement: Measurement,
  source: IndicatorOutcome["source"] = "manual",
): IndicatorOutcome => ({
  id: outcomeKeyOf(indicator, period, source),
  indicator,
  period,
  measurement,
  source,
  recordedAt: `${Number(period) + 1}-03-15T10:00:00Z`,
  // Kolada's come from the import; the KF level's are Lena's, the nämnd's Johan's (the planners).
  recordedBy:
    source === "kolada"
      ? KOLADA_IMPORT_ACTOR
      : indicator.kind === "kf-indicator"
        ? planners.kommun.id
        : planners.namnd.id,
});

/** KF outcomes 2024–2025 (KF 1 from Kolada) and the nämnd's own, split by gender where the survey is. */
const kfSeries: readonly (readonly [number, number])[] = [
  [-5.8, -7.1],
  [69.5, 70.9],
  [82, 84],
  [73, 74],
  [65, 67],
  [72, 72],
  [58, 60],
  [5.9, 5.6],
];
const kfOutcomes = kfIndicators.flatMap((kf, index) => {
  const [v2024, v2025] = kfSeries[index] ?? [0, 0];
  const ref = { kind: "kf-indicator", id: kf.id } as const;
  const source = kf.koladaKpiId === undefined ? "manual" : "kolada";
  return [outcome(ref, "2024", value(v2024), source), outcome(ref, "2025", value(v2025), source)];
});

const board = (n: number): IndicatorOutcome["indicator"] => ({
  kind: "board-indicator",
  id: boardIndicators.find((b) => b.number === n)?.id ?? "",
});
const boardOutcomes: readonly IndicatorOutcome[] = [
  outcome(board(1), "2024", value(118_400)),
  outcome(board(1), "2025", value(117_200)),
  outcome(board(2), "2024", value(84.2, 86.9, 81.7)),
  outcome(board(2), "2025", value(85.1, 87.4, 82.9)),
  outcome(board(3), "2024", value(77, 79, 75)),
  outcome(board(3), "2025", value(79, 80, 78)),
  outcome(board(5), "2024", value(79, 76, 82)),
  outcome(board(5), "2025", value(81, 79, 83)),
  outcome(board(6), "2024", value(72, 68, 76)),
  outcome(board(6), "2025", { kind: "missing", reason: "not-yet-published" }),
  outcome(board(7), "2024", value(68)),
  outcome(board(7), "2025", value(70)),
  outcome(board(8), "2024", value(142)),
  outcome(board(8), "2025", value(139)),
];

export const indicatorOutcomes: readonly IndicatorOutcome[] = [...kfOutcomes, ...boardOutcomes];
