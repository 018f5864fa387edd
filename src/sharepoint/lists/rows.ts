import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IList } from "@pnp/sp/lists";
import type { Filter } from "../odata/filter";
import type { ListRow } from "../mapping/rowMapping";
import { readSharePointFailure } from "../pnp/sharePointError";

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

/**
 * A partition of a personal list the reader holds no folder in is, to them, a list that does not exist
 * (SharePoint answers 404 for a list a person may not see at all). Reads over partitions treat that as "no
 * rows here" — the app identity sees every partition, so nothing is hidden from it.
 */
export async function noneIfUnseen<T>(read: Promise<T>, none: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if ((await readSharePointFailure(error))?.status === 404) return none;
    throw error;
  }
}

/** `rowsWhere` over one partition of a personal list: no rows where the reader may not see the list. */
export function partitionRowsWhere(
  sp: SPFI,
  listTitle: string,
  select: readonly string[],
  filter?: Filter,
): Promise<ListRow[]> {
  return noneIfUnseen(rowsWhere(sp, listTitle, select, filter), []);
}
