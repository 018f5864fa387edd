import type { SPFI } from "@pnp/sp";
import "@pnp/sp/items";
import { listByTitle, pageSize } from "../lists/rows";

/** Every `Key` already in a list, read in pages of 5,000 (so seeding twice adds nothing). */
export async function existingKeys(sp: SPFI, listTitle: string): Promise<Set<string>> {
  const keys = new Set<string>();
  const pages = listByTitle(sp, listTitle).items.select("Key").top(pageSize) as AsyncIterable<
    { Key: string | null }[]
  >;
  for await (const page of pages) for (const row of page) if (row.Key) keys.add(row.Key);
  return keys;
}
