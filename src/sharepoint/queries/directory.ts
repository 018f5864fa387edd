import type { SPFI } from "@pnp/sp";
import { NotFoundError, type OrgDirectory, type OrgUnit, type Person } from "../../domain";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";
import { read } from "./readers";

/** The organisation and its people, each answer one indexed request. */
export class SharePointOrgDirectory implements OrgDirectory {
  constructor(private readonly sp: SPFI) {}

  async person(id: string): Promise<Person> {
    const [person] = await read(this.sp, lists.person, eq("Key", id));
    if (person === undefined) throw new NotFoundError("person", id);
    return person;
  }

  async unit(id: string): Promise<OrgUnit> {
    const [unit] = await read(this.sp, lists["org-unit"], eq("Key", id));
    if (unit === undefined) throw new NotFoundError("org-unit", id);
    return unit;
  }

  /** The whole tree in one request: ≈500 units, far below the threshold. */
  allUnits(): Promise<OrgUnit[]> {
    return read(this.sp, lists["org-unit"]);
  }

  staffOf(unitId: string): Promise<Person[]> {
    return read(this.sp, lists.person, eq("UnitId", unitId));
  }

  unitsLedBy(chefId: string): Promise<OrgUnit[]> {
    return read(this.sp, lists["org-unit"], eq("ChefId", chefId));
  }

  /** Planners are few (hundreds): read them all by the indexed `Planner` flag, keep this unit's. */
  async plannersOf(unitId: string): Promise<Person[]> {
    const planners = await read(this.sp, lists.person, eq("Planner", "yes"));
    return planners.filter((p) => p.roles.some((r) => r.kind === "planner" && r.unitId === unitId));
  }
}
