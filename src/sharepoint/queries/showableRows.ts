import type { EntityByKind, ItemKind } from "../../domain";
import { readRow, selectOf, type ListRow } from "../mapping/rowMapping";
import { folderNameFor } from "../repositories/personalFolders";
import type { EntityList } from "../schema/columns";
import { personalPartitionOf } from "../schema/personalPartitions";
import type { SkippedRows } from "./skippedRows";

/** What a read of a personal list selects to check folders: whose row it is and which folder holds it. */
export function personalSelect(list: EntityList): string[] {
  return [...new Set([...selectOf(list), "EmployeeId", "FileDirRef"])];
}

/**
 * Whether a personal row sits in its own medarbetare's folder, `<list root>/<folderNameFor(EmployeeId)>`.
 * A row at the list root, in someone else's folder or in a folder made inside one is not (folder readers
 * there are not the medarbetare and their chef, so the row must not pass for that medarbetare's).
 * SharePoint's URLs are case-insensitive.
 */
export function inOwnFolder(row: ListRow, rootFolderUrl: string): boolean {
  const employeeId = row["EmployeeId"];
  const folder = row["FileDirRef"];
  if (typeof employeeId !== "string" || employeeId === "" || typeof folder !== "string") return false;
  return folder.toLowerCase() === `${rootFolderUrl}/${folderNameFor(employeeId)}`.toLowerCase();
}

/**
 * The rows a view may show, as entities. A row the domain refuses, and (when `personalRoot`, the personal
 * list's root folder, is given) a row outside its medarbetare's folder, is left out and told to `skipped`.
 */
export function showableRows<K extends ItemKind>(
  list: EntityList<K>,
  rows: readonly ListRow[],
  skipped: SkippedRows,
  personalRoot?: string,
): EntityByKind[K][] {
  const shown: EntityByKind[K][] = [];
  for (const row of rows) {
    const skip = (reason: string) =>
      skipped.skip({ listTitle: list.title, rowId: row.Id, key: String(row["Key"] ?? ""), reason });
    const read = readRow(list, row);
    if (!read.ok) skip(read.error.invalid.message);
    else if (personalRoot !== undefined && !inOwnFolder(row, personalRoot))
      skip("the row is not in its medarbetare's folder (EmployeeId and folder differ)");
    else if (
      personalRoot !== undefined &&
      list.personalPartition !== undefined &&
      personalPartitionOf(String(row["EmployeeId"])) !== list.personalPartition
    )
      skip("the row is not in its medarbetare's partition of the list");
    else shown.push(read.value.value);
  }
  return shown;
}
