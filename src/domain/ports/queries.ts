import type { ChainView, DateRange, DuePage, MyGoalsView, TeamView } from "./views";

/**
 * The read side, one call per view so round trips do not grow with the size of a team or a plan.
 * Reject with `NotFoundError` when the person or unit does not exist; an absent plan is `null`/empty.
 */
export interface SteeringQueries {
  /** A medarbetare's goals and the chain above their unit's arbetsplan. */
  myGoals(personId: string, year: number): Promise<MyGoalsView>;
  /** A chef's team in one unit they lead. */
  team(chefId: string, unitId: string, year: number): Promise<TeamView>;
  /** The chain for one förvaltning. */
  chain(administrationUnitId: string, year: number): Promise<ChainView>;
  /** Everything that may fall due in the range, municipal-wide, page by page (threshold-safe). */
  dueBetween(range: DateRange): AsyncIterable<DuePage>;
}
