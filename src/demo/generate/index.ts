/**
 * generateMunicipality: a deterministic municipal-scale data set under the shared Huddinge KF level (vision,
 * programförklaring, målområden, the eight KF indicators and their outcomes). The same seed and size give
 * the same data, byte for byte; nothing here reads a clock or Math.random.
 */
import type { Person } from "../../domain/model/person";
import { focusAreas, kfIndicators, programDeclaration, vision } from "../huddinge/kfLevel";
import { huddinge } from "../huddinge";
import { createPrng } from "../prng";
import type { SteeringData } from "../steeringData";
import { generateGoalsAndFollowUps } from "./goals";
import { generateOrganisation } from "./organisation";
import { generateOutcomes } from "./outcomes";
import { generatePlans } from "./plans";
import { boardProfiles } from "./profiles";
import { municipalSize, type MunicipalSize } from "./size";

export { municipalSize, smallSize, type MunicipalSize } from "./size";

export const generateMunicipality = (seed: number, size: MunicipalSize = municipalSize): SteeringData => {
  const prng = createPrng(seed);
  const org = generateOrganisation(prng, size, boardProfiles);
  const plans = generatePlans(
    prng,
    size.year,
    { programDeclaration, focusAreas, kfIndicators },
    org.boards,
    org.units,
  );

  const plannerOf = (unitId: string): Person | undefined =>
    org.people.find((p) => p.roles.some((r) => r.kind === "planner" && r.unitId === unitId));
  const boardPlannerOf = new Map<string, Person>();
  const administrationPlannerOf = new Map<string, Person>();
  for (const { board, administration } of org.boards) {
    const bp = plannerOf(board.id);
    const ap = plannerOf(administration.id);
    if (bp !== undefined) boardPlannerOf.set(board.id, bp);
    if (ap !== undefined) administrationPlannerOf.set(administration.id, ap);
  }
  const { goals, followUps } = generateGoalsAndFollowUps(prng, {
    year: size.year,
    goalCount: size.individualGoals,
    followUpCount: size.followUps,
    units: org.units,
    people: org.people,
    plans,
    boardPlannerOf,
    administrationPlannerOf,
  });
  const kfOutcomes = huddinge["indicator-outcome"].filter((o) => o.indicator.kind === "kf-indicator");

  return {
    vision: [vision],
    "program-declaration": [programDeclaration],
    "focus-area": focusAreas,
    "kf-indicator": kfIndicators,
    "board-plan": plans.boardPlans,
    "board-indicator": plans.boardIndicators,
    milestone: plans.milestones,
    assignment: plans.assignments,
    "work-plan": plans.workPlans,
    activity: plans.activities,
    "individual-goal": goals,
    "follow-up": followUps,
    "indicator-outcome": [...kfOutcomes, ...generateOutcomes(prng, size.year, plans.boardIndicators)],
    "org-unit": org.units,
    person: org.people,
  };
};
