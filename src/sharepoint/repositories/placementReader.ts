import type { SPFI } from "@pnp/sp";
import type { EntityByKind, ItemKind, OrgUnit } from "../../domain";
import {
  fromRow,
  partitionSelect,
  partitionsFromRow,
  selectOf,
  type ListRow,
  type Partitions,
} from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { partitionsOf, placementNeeds } from "../placement/partitions";
import { goalLists, lists } from "../schema/lists";
import { partitionRowsWhere, rowsWhere } from "../lists/rows";
import type { EntityList } from "../schema/columns";

/**
 * Queues on `sp` (normally a batched root) the reads needed to place one item — the unit tree and/or the
 * parent row — and resolves to the item's partitions once the batch has run.
 */
export function queuePlacement<K extends ItemKind>(
  sp: SPFI,
  kind: K,
  entity: EntityByKind[K],
): Promise<Partitions> {
  const needs = placementNeeds(kind, entity);
  const unitsRead = needs.units
    ? rowsWhere(sp, lists["org-unit"].title, selectOf(lists["org-unit"]))
    : Promise.resolve([]);
  const parent = needs.parent;
  // A goal's key does not say whose it is: its row is looked for in every partition of the goal lists.
  const parentLists: readonly EntityList[] =
    parent === undefined ? [] : parent.kind === "individual-goal" ? goalLists.all : [lists[parent.kind]];
  const parentRead: Promise<ListRow[]> = Promise.all(
    parentLists.map((list) =>
      (list.personalPartition === undefined ? rowsWhere : partitionRowsWhere)(
        sp,
        list.title,
        partitionSelect(list),
        eq("Key", parent?.id ?? ""),
      ),
    ),
  ).then((found) => found.flat());
  return Promise.all([unitsRead, parentRead]).then(([unitRows, parentRows]) => {
    const units = new Map<string, OrgUnit>(
      unitRows.map((row) => fromRow(lists["org-unit"], row).value).map((u) => [u.id, u]),
    );
    const parentRow = parentRows[0];
    return partitionsOf(
      kind,
      entity,
      units,
      parentRow === undefined ? undefined : partitionsFromRow(parentRow),
    );
  });
}
