import type { SPFI } from "@pnp/sp";
import { NotFoundError, type IndividualGoal, type Versioned } from "../../domain";
import { rowsWhere } from "../lists/rows";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";

/** One goal with its version, as the reader's token lets them see it (another's goal is not found). */
export class SharePointGoalReader {
  constructor(private readonly sp: SPFI) {}

  async get(goalId: string): Promise<Versioned<IndividualGoal>> {
    const list = lists["individual-goal"];
    const [row] = await rowsWhere(this.sp, list.title, selectOf(list), eq("Key", goalId));
    if (row === undefined) throw new NotFoundError("individual-goal", goalId);
    return fromRow(list, row);
  }
}
