import type { SPFI } from "@pnp/sp";
import { inOneBatch, widestBatch } from "../lists/batch";
import { rowsWhere } from "../lists/rows";
import { anyOf } from "../odata/filter";
import { lists } from "../schema/lists";

/** People's display names by id (the indexed `Key`), 4,000 people a round trip; unknown ids are left out. */
export async function peopleNames(sp: SPFI, personIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(personIds)];
  const queries: string[][] = [];
  for (let i = 0; i < unique.length; i += 40) queries.push(unique.slice(i, i + 40));
  const names = new Map<string, string>();
  for (let i = 0; i < queries.length; i += 100) {
    const batch = queries.slice(i, i + 100);
    const results = await inOneBatch(
      sp,
      (b) => batch.map((ids) => rowsWhere(b, lists.person.title, ["Id", "Key", "Title"], anyOf("Key", ids))),
      widestBatch,
    );
    for (const row of results.flat())
      if (typeof row["Key"] === "string" && typeof row["Title"] === "string")
        names.set(row["Key"], row["Title"]);
  }
  return names;
}
