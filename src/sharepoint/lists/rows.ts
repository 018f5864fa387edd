import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IList } from "@pnp/sp/lists";
import type { Filter } from "../odata/filter";
import type { ListRow } from "../mapping/rowMapping";

/** SharePoint's list view threshold: the largest page a query may ask for. */
export const pageSize = 5000;

export function listByTitle(sp: SPFI, title: string): IList {
  return sp.web.lists.getByTitle(title);
}

/** More rows matched than one page holds: the query's partition is too coarse for a single-request read. */
export class TooManyRowsError extends Error {
  constructor(
    readonly listTitle: string,
    readonly filter: string,
  ) {
    super(
      `${listTitle}: ${filter} matched ${pageSize} rows or more; page it instead of reading it in one request`,
    );
    this.name = "TooManyRowsError";
  }
}

/**
 * One request reading every row a filter matches (lists queried this way are partitioned far below 5,000).
 * A full page means rows may be missing, so it fails rather than return part of the answer.
 */
export async function rowsWhere(
  sp: SPFI,
  listTitle: string,
  select: readonly string[],
  filter?: Filter,
): Promise<ListRow[]> {
  let query = listByTitle(sp, listTitle)
    .items.select(...select)
    .top(pageSize);
  if (filter !== undefined) query = query.filter(filter);
  const rows = await query<ListRow[]>();
  if (rows.length >= pageSize) throw new TooManyRowsError(listTitle, filter ?? "(no filter)");
  return rows;
}
