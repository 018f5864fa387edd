import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { nextDueDate, type FollowableKind } from "../../domain";
import { listByTitle, pageSize } from "../lists/rows";
import type { ListRow } from "../mapping/rowMapping";
import { readSharePointFailure } from "../pnp/sharePointError";
import { goalFollowUpLists, goalLists } from "../schema/lists";
import { runInBatches, type BatchOperation } from "./batches";

/** Every row of a list, 5,000 a page in id order with no filter (the one read any list size allows). */
async function allRows(sp: SPFI, title: string, select: readonly string[]): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  const pages = listByTitle(sp, title)
    .items.select("Id", "FSObjType", ...select)
    .top(pageSize);
  for await (const page of pages as AsyncIterable<ListRow[]>) {
    // Folder rows (one per medarbetare) are not goals; SharePoint answers "1" as text.
    rows.push(...page.filter((row) => Number(row["FSObjType"]) !== 1));
  }
  return rows;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

const datesOf = (value: unknown): string[] => {
  try {
    const parsed: unknown = JSON.parse(text(value) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === "string") : [];
  } catch {
    return [];
  }
};

/**
 * Fills `NextDue` on every individual goal whose stored value is not what its dates and follow-ups say: a site
 * provisioned before the column existed (its goals have none, so reminder runs would pass them by), or rows
 * changed by hand. Reads both personal lists whole, then MERGEs only the rows that differ with their ETag
 * (a goal written meanwhile keeps what its writer put there), 100 a `$batch`. Idempotent: a second run writes
 * nothing. Returns how many goals it set.
 */
export async function fillNextDue(sp: SPFI): Promise<number> {
  let set = 0;
  for (const [i, goalList] of goalLists.all.entries()) {
    const followUpList = goalFollowUpLists.all[i];
    if (followUpList === undefined) continue;
    const [goals, followUps] = await Promise.all([
      allRows(sp, goalList.title, ["Key", "FollowUpDates", "WithdrawnAt", "NextDue"]),
      allRows(sp, followUpList.title, ["TargetKind", "TargetId", "Period", "Answers"]),
    ]);
    const byGoal = new Map<
      string,
      { target: { kind: FollowableKind; id: string }; period: string; answers?: string }[]
    >();
    for (const row of followUps) {
      const id = String(row["TargetId"]);
      const answers = text(row["Answers"]);
      byGoal.set(id, [
        ...(byGoal.get(id) ?? []),
        {
          target: { kind: String(row["TargetKind"]) as FollowableKind, id },
          period: String(row["Period"]),
          ...(answers === undefined ? {} : { answers }),
        },
      ]);
    }
    const writes: BatchOperation[] = [];
    for (const row of goals) {
      const id = String(row["Key"]);
      const withdrawnAt = text(row["WithdrawnAt"]);
      const goal = {
        id,
        followUpDates: datesOf(row["FollowUpDates"]),
        ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
      };
      const wanted = nextDueDate(goal, byGoal.get(id) ?? []) ?? null;
      if ((text(row["NextDue"]) ?? null) === wanted) continue;
      const etag = text(row["odata.etag"]);
      writes.push((b) =>
        listByTitle(b, goalList.title)
          .items.getById(row.Id)
          .update({ NextDue: wanted }, etag)
          .then(
            () => 1,
            async (error: unknown) => {
              if ((await readSharePointFailure(error))?.status === 412) return 0;
              throw error;
            },
          ),
      );
    }
    const results = await runInBatches(sp, writes, { perBatch: 100, parallel: 2 });
    set += results.reduce<number>((n, r) => n + Number(r), 0);
  }
  return set;
}
