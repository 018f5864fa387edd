/** The seed's Huddinge example as one complete, valid data set (DOMAIN.md's Swedish wording verbatim). */
import type { SteeringData } from "../steeringData";
import { assignments, boardIndicators, boardPlan, milestones } from "./grundskolenamnden";
import { followUps, indicatorOutcomes } from "./followUps";
import { individualGoals } from "./individualGoals";
import { earlierOutcomes } from "./outcomeHistory";
import { focusAreas, kfIndicators, programDeclaration, vision } from "./kfLevel";
import { orgUnits, people } from "./organisation";
import { allActivities, workPlans } from "./workPlans";

export { coreValues } from "./kfLevel";
export { chefs, planners, staff, unitIds } from "./organisation";

export const huddinge: SteeringData = {
  vision: [vision],
  "program-declaration": [programDeclaration],
  "focus-area": focusAreas,
  "kf-indicator": kfIndicators,
  "board-plan": [boardPlan],
  "board-indicator": boardIndicators,
  milestone: milestones,
  assignment: assignments,
  "work-plan": workPlans,
  activity: allActivities,
  "individual-goal": individualGoals,
  "follow-up": followUps,
  "indicator-outcome": [...earlierOutcomes, ...indicatorOutcomes],
  "org-unit": orgUnits,
  person: people,
};
