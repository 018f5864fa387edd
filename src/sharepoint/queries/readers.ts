import type { SPFI } from "@pnp/sp";
import type { EntityByKind, ItemKind } from "../../domain";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { anyOf, type Filter } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import { rowsWhere } from "../lists/rows";

/** Queues one read of a list (whole, when it is one of the small lists, or by an indexed filter). */
export function read<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  filter?: Filter,
): Promise<EntityByKind[K][]> {
  return rowsWhere(sp, list.title, selectOf(list), filter).then((rows) =>
    rows.map((row) => fromRow(list, row).value),
  );
}

/** `Column eq a or …` in requests of at most 40 values, all queued on the same (batched) root. */
export function readAnyOf<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  column: string,
  values: readonly string[],
  narrow?: (f: Filter) => Filter,
): Promise<EntityByKind[K][]> {
  const reads: Promise<EntityByKind[K][]>[] = [];
  for (let i = 0; i < values.length; i += 40) {
    const filter = anyOf(column, values.slice(i, i + 40));
    reads.push(read(sp, list, narrow === undefined ? filter : narrow(filter)));
  }
  return Promise.all(reads).then((pages) => pages.flat());
}

/** `<unit>:<year>`: the value of the UnitYear, AdminYear and BoardYear partition columns. */
export const unitYear = (unitId: string, year: number): string => `${unitId}:${year}`;
