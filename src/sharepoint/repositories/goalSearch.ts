import type { SPFI } from "@pnp/sp";
import type { IndividualGoal } from "../../domain";
import { and, contains, eq } from "../odata/filter";
import { read } from "../queries/readers";
import { lists } from "../schema/lists";

/**
 * Text search in individual goals' titles. The first condition is the indexed `EmployeeId` (threshold-safe),
 * the search text goes through `contains`, which doubles quotes: user text never becomes OData syntax.
 */
export class GoalSearch {
  constructor(private readonly sp: SPFI) {}

  byTitle(employeeId: string, text: string): Promise<IndividualGoal[]> {
    return read(
      this.sp,
      lists["individual-goal"],
      and(eq("EmployeeId", employeeId), contains("Title", text)),
    );
  }
}
