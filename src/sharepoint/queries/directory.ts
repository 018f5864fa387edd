import type { SPFI } from "@pnp/sp";
import { NotFoundError, type OrgDirectory, type OrgUnit, type Person } from "../../domain";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";
import { viewReads, type ViewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/**
 * The organisation and its people, each answer one indexed request. A row that cannot be shown is left out
 * and told to `report` (a person or unit asked for by id is then not found).
 */
export class SharePointOrgDirectory implements OrgDirectory {
  constructor(
    private readonly sp: SPFI,
    private readonly report?: SkippedRowReporter,
  ) {}

  /** Each answer is its own load: a row is reported once per answer that met it. */
  private reads(): ViewReads {
    return viewReads(new SkippedRows(this.report));
  }

  async person(id: string): Promise<Person> {
    const [person] = await this.reads().read(this.sp, lists.person, eq("Key", id));
    if (person === undefined) throw new NotFoundError("person", id);
    return person;
  }

  async unit(id: string): Promise<OrgUnit> {
    const [unit] = await this.reads().read(this.sp, lists["org-unit"], eq("Key", id));
    if (unit === undefined) throw new NotFoundError("org-unit", id);
    return unit;
  }

  /** The whole tree in one request: ≈500 units, far below the threshold. */
  allUnits(): Promise<OrgUnit[]> {
    return this.reads().read(this.sp, lists["org-unit"]);
  }

  staffOf(unitId: string): Promise<Person[]> {
    return this.reads().read(this.sp, lists.person, eq("UnitId", unitId));
  }

  unitsLedBy(chefId: string): Promise<OrgUnit[]> {
    return this.reads().read(this.sp, lists["org-unit"], eq("ChefId", chefId));
  }

  /** Planners are few (hundreds): read them all by the indexed `Planner` flag, keep this unit's. */
  async plannersOf(unitId: string): Promise<Person[]> {
    const planners = await this.reads().read(this.sp, lists.person, eq("Planner", "yes"));
    return planners.filter((p) => p.roles.some((r) => r.kind === "planner" && r.unitId === unitId));
  }
}
