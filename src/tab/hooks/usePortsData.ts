import type { ChainView, MyGoalsView, OrgUnit, TeamView } from "../../domain";
import { usePorts } from "../app";
import { useLoad, type Loaded } from "./useLoad";

/** One port call per view, as the ports are designed: round trips do not grow with the team or plan. */
export function useMyGoalsView(personId: string, year: number): Loaded<MyGoalsView> {
  const { queries } = usePorts();
  return useLoad(`my-goals|${personId}|${year}`, () => queries.myGoals(personId, year));
}

export function useTeamView(chefId: string, unitId: string, year: number): Loaded<TeamView> {
  const { queries } = usePorts();
  return useLoad(`team|${chefId}|${unitId}|${year}`, () => queries.team(chefId, unitId, year));
}

export function useChainView(
  administrationUnitId: string | undefined,
  year: number,
): Loaded<ChainView | null> {
  const { queries } = usePorts();
  return useLoad(`chain|${administrationUnitId ?? ""}|${year}`, () =>
    administrationUnitId === undefined ? Promise.resolve(null) : queries.chain(administrationUnitId, year),
  );
}

/** The organisation tree, for the filters (≈500 units at municipal scale: one call, cached per mount). */
export function useAllUnits(): Loaded<readonly OrgUnit[]> {
  const { directory } = usePorts();
  return useLoad("all-units", () => directory.allUnits());
}
