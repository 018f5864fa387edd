import type { SPFI } from "@pnp/sp";
import type { EntityByKind, ItemKind } from "../../domain";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { anyOf, type Filter } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import type { PartitionedList } from "../schema/lists";
import { noneIfUnseen, partitionRowsWhere, rowsWhere } from "../lists/rows";
import { rootFolderUrl } from "../repositories/personalFolders";
import { personalSelect, showableRows } from "./showableRows";
import type { SkippedRows } from "./skippedRows";

type Read = <K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  filter?: Filter,
) => Promise<EntityByKind[K][]>;

/**
 * Queues one read of a list (whole, when it is one of the small lists, or by an indexed filter). Strict: a
 * row the domain refuses fails the read with `StoredDataError`. Views use `viewReads` instead.
 */
export function read<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  filter?: Filter,
): Promise<EntityByKind[K][]> {
  return rowsOf(sp, list, selectOf(list), filter).then((rows) => rows.map((row) => fromRow(list, row).value));
}

/** A partition of a personal list the reader may not see at all holds, for them, no rows. */
const rowsOf = (sp: SPFI, list: EntityList, select: readonly string[], filter?: Filter) =>
  list.personalPartition === undefined
    ? rowsWhere(sp, list.title, select, filter)
    : partitionRowsWhere(sp, list.title, select, filter);

/**
 * Queues one read for a view: rows the domain refuses, and personal rows outside their medarbetare's
 * folder, are left out and told to `skipped`. A personal list's root folder is queued beside the rows on
 * the same (batched) root, so checking folders costs no round trip.
 */
export function readShowable<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  skipped: SkippedRows,
  filter?: Filter,
): Promise<EntityByKind[K][]> {
  if (list.personal !== true) {
    return rowsWhere(sp, list.title, selectOf(list), filter).then((rows) =>
      showableRows(list, rows, skipped),
    );
  }
  return Promise.all([
    rowsOf(sp, list, personalSelect(list), filter),
    list.personalPartition === undefined
      ? rootFolderUrl(sp, list.title)
      : noneIfUnseen(rootFolderUrl(sp, list.title), ""),
  ]).then(([rows, root]) => showableRows(list, rows, skipped, root));
}

/** `Column eq a or …` in requests of at most 40 values, all queued on the same (batched) root. */
function readAnyOfWith<K extends ItemKind>(
  readOne: Read,
  sp: SPFI,
  list: EntityList<K>,
  column: string,
  values: readonly string[],
  narrow?: (f: Filter) => Filter,
): Promise<EntityByKind[K][]> {
  const reads: Promise<EntityByKind[K][]>[] = [];
  for (let i = 0; i < values.length; i += 40) {
    const filter = anyOf(column, values.slice(i, i + 40));
    reads.push(readOne(sp, list, narrow === undefined ? filter : narrow(filter)));
  }
  return Promise.all(reads).then((pages) => pages.flat());
}

/** `Column eq a or …` in requests of at most 40 values, all queued on the same (batched) root. Strict. */
export function readAnyOf<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  column: string,
  values: readonly string[],
  narrow?: (f: Filter) => Filter,
): Promise<EntityByKind[K][]> {
  return readAnyOfWith(read, sp, list, column, values, narrow);
}

/**
 * `EmployeeId eq a or …` over a partitioned personal list: each person is looked for only in their own
 * partition, 40 people per request, every request queued on the same (batched) root — one round trip
 * however many partitions a team spans.
 */
export function readPeopleOf<K extends ItemKind>(
  readAnyOfList: typeof readAnyOf,
  sp: SPFI,
  lists: PartitionedList<K>,
  employeeIds: readonly string[],
  narrow?: (f: Filter) => Filter,
): Promise<EntityByKind[K][]> {
  const byList = new Map<EntityList<K>, string[]>();
  for (const id of new Set(employeeIds)) {
    const list = lists.of(id);
    byList.set(list, [...(byList.get(list) ?? []), id]);
  }
  return Promise.all(
    [...byList].map(([list, ids]) => readAnyOfList(sp, list, "EmployeeId", ids, narrow)),
  ).then((parts) => parts.flat());
}

/** The reads of one view load, each leaving out (and telling `skipped`) the rows it cannot show. */
export interface ViewReads {
  read: Read;
  readAnyOf: typeof readAnyOf;
}

export function viewReads(skipped: SkippedRows): ViewReads {
  const readOne: Read = (sp, list, filter) => readShowable(sp, list, skipped, filter);
  return {
    read: readOne,
    readAnyOf: (sp, list, column, values, narrow) => readAnyOfWith(readOne, sp, list, column, values, narrow),
  };
}

/** `<unit>:<year>`: the value of the UnitYear, AdminYear and BoardYear partition columns. */
export const unitYear = (unitId: string, year: number): string => `${unitId}:${year}`;
