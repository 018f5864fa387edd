import type { SPFI } from "@pnp/sp";
import { NotFoundError, type IndividualGoal, type Versioned } from "../../domain";
import { inOneBatch } from "../lists/batch";
import { partitionRowsWhere } from "../lists/rows";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { goalLists } from "../schema/lists";

/**
 * One goal with its version, as the reader's token lets them see it (another's goal is not found). The key
 * alone does not say whose goal it is, so every partition of the goal lists is asked, in one `$batch`.
 */
export class SharePointGoalReader {
  constructor(private readonly sp: SPFI) {}

  async get(goalId: string): Promise<Versioned<IndividualGoal>> {
    const found = await inOneBatch(this.sp, (b) =>
      goalLists.all.map((list) =>
        partitionRowsWhere(b, list.title, selectOf(list), eq("Key", goalId)).then((rows) =>
          rows.map((row) => fromRow(list, row)),
        ),
      ),
    );
    const goal = found.flat()[0];
    if (goal === undefined) throw new NotFoundError("individual-goal", goalId);
    return goal;
  }
}
