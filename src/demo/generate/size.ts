/** How big a generated municipality is. Counts are exact: the generator produces exactly these numbers. */
export interface MunicipalSize {
  /** Nämnder, each with one förvaltning (at most one per board profile). */
  readonly boards: number;
  readonly departmentsPerAdministration: number;
  readonly sectionsPerDepartment: number;
  /** All organisational units, nämnder and förvaltningar included; the rest of them are enheter. */
  readonly units: number;
  /** People, chefs and planners included. */
  readonly staff: number;
  readonly individualGoals: number;
  readonly followUps: number;
  /** The plan year; the mandate period 2023–2026 must cover it. */
  readonly year: number;
}

/** The scale the design must hold (ARCHITECTURE.md): 10 nämnder, 500 units, 6,000 staff, … */
export const municipalSize: MunicipalSize = {
  boards: 10,
  departmentsPerAdministration: 4,
  sectionsPerDepartment: 2,
  units: 500,
  staff: 6_000,
  individualGoals: 30_000,
  followUps: 150_000,
  year: 2026,
};

/** A small municipality with the same shape, for fast tests. */
export const smallSize: MunicipalSize = {
  boards: 3,
  departmentsPerAdministration: 2,
  sectionsPerDepartment: 2,
  units: 40,
  staff: 300,
  individualGoals: 1_500,
  followUps: 7_500,
  year: 2026,
};
