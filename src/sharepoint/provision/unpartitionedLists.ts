import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import { goalFollowUpLists, goalLists } from "../schema/lists";

/** The personal lists' titles from before they were partitioned: one list each, no number. */
const unpartitionedTitles = [goalLists.declared.title, goalFollowUpLists.declared.title];

/**
 * Provisioning a site that still holds the personal lists from before they were partitioned would add the
 * partitions beside them and leave every existing goal and follow-up where no view reads it. Nothing moves
 * those rows (each would go to its medarbetare's partition, with its folder's permissions), so a person must
 * decide: this stops provisioning, naming the lists, before anything is written.
 */
export async function refuseUnpartitionedPersonalLists(sp: SPFI): Promise<void> {
  const titles = await sp.web.lists.select("Title")<{ Title: string }[]>();
  const found = titles
    .map((l) => l.Title)
    .filter((title) => unpartitionedTitles.some((old) => old.toLowerCase() === title.toLowerCase()));
  if (found.length === 0) return;
  throw new Error(
    `The site holds ${found.map((t) => `"${t}"`).join(" and ")} from before the personal lists were ` +
      `partitioned (now "${goalLists.all[0]?.title ?? ""}" … and "${goalFollowUpLists.all[0]?.title ?? ""}" …). ` +
      "Their rows are not moved: move them into each medarbetare's partition or remove the lists " +
      "(a local data directory: remove it, and it is seeded anew), then provision again.",
  );
}
