import type { SPFI } from "@pnp/sp";
import type { IndividualGoal } from "../../domain";
import { and, contains, eq } from "../odata/filter";
import { read } from "../queries/readers";
import { goalLists } from "../schema/lists";

/**
 * Text search in one medarbetare's individual goals' titles (in their partition of the goal lists). The first condition is the indexed `EmployeeId` (threshold-safe),
 * the search text goes through `contains`, which doubles quotes: user text never becomes OData syntax.
 */
export class GoalSearch {
  constructor(private readonly sp: SPFI) {}

  byTitle(employeeId: string, text: string): Promise<IndividualGoal[]> {
    return read(
      this.sp,
      goalLists.of(employeeId),
      and(eq("EmployeeId", employeeId), contains("Title", text)),
    );
  }
}
