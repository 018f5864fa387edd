import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { EntityByKind, ItemKind, Versioned } from "../../../domain";
import type { CurrentOrganisation } from "../../../orgimport";
import { listByTitle, pageSize } from "../../lists/rows";
import { fromRow, selectOf, type ListRow } from "../../mapping/rowMapping";
import type { EntityList } from "../../schema/columns";
import { lists } from "../../schema/lists";

/** Every row of an entity list with its version, in pages of 5,000 (Personer holds ≈6,000 at scale). */
async function readAllVersioned<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
): Promise<Versioned<EntityByKind[K]>[]> {
  const rows: Versioned<EntityByKind[K]>[] = [];
  const pages = listByTitle(sp, list.title)
    .items.select(...selectOf(list))
    .top(pageSize) as AsyncIterable<ListRow[]>;
  for await (const page of pages) for (const row of page) rows.push(fromRow(list, row));
  return rows;
}

/** The site's Organisation and Personer, read with the app identity (everyone, including who has left). */
export async function readSiteOrganisation(sp: SPFI): Promise<CurrentOrganisation> {
  const [units, persons] = await Promise.all([
    readAllVersioned(sp, lists["org-unit"]),
    readAllVersioned(sp, lists.person),
  ]);
  return { units, persons };
}
