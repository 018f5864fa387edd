import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";

/** Organisation and people look-ups. Reject with `NotFoundError` for an unknown id. */
export interface OrgDirectory {
  person(id: string): Promise<Person>;
  unit(id: string): Promise<OrgUnit>;
  /** The whole unit tree (≈500 units at municipal scale), for policies and pickers. */
  allUnits(): Promise<OrgUnit[]>;
  /** People whose `unitId` is this unit (not units below). */
  staffOf(unitId: string): Promise<Person[]>;
  /** Units whose `chefId` is this person. */
  unitsLedBy(chefId: string): Promise<OrgUnit[]>;
  /** People holding a planner role for this unit. */
  plannersOf(unitId: string): Promise<Person[]>;
}
