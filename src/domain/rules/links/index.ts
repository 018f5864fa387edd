/**
 * Which links between items are valid. Each check returns the refusals (empty when valid); every refusal
 * names the offending items in Swedish and carries a stable reason code.
 */
export { checkAssignment, checkBoardIndicator, checkBoardPlan, checkMilestone } from "./boardLevel";
export { checkFollowUp } from "./followUps";
export { checkIndividualGoal } from "./individualGoals";
export { checkOrgUnit } from "./organisation";
export { checkActivity, checkWorkPlan } from "./workPlans";
