import { DuplicateValuesError } from "../http/errors";
import { quoteIdent, type SiteDatabase, type SqlValue } from "./database";
import { isUniqueViolation } from "./fields";
import { newGuid, nowIso } from "./ids";
import { itemTable, type ListRow } from "./lists";

export type ItemRow = Record<string, unknown> & {
  ID: number;
  _version: number;
  _scope: number;
  _own_scope: number | null;
  GUID: string;
  Created: string;
  Modified: string;
  AuthorId: number | null;
  EditorId: number | null;
  FileDirRef: string;
  FileLeafRef: string;
  FSObjType: number;
};

/** SQL matching rows at or below a folder's URL (index-friendly range instead of LIKE). */
export const SUBTREE_SQL = "(FileDirRef = ? OR (FileDirRef >= ? AND FileDirRef < ?))";
export function subtreeParams(folderUrl: string): string[] {
  return [folderUrl, `${folderUrl}/`, `${folderUrl}0`];
}

export function folderUrlOf(item: ItemRow): string {
  return `${item.FileDirRef}/${item.FileLeafRef}`;
}

/**
 * Runs one write, turning SQLite's refusal of a repeated value in a unique column into SharePoint's answer.
 * The UNIQUE index decides inside the write itself: no check-then-insert window.
 */
function duplicatesRefused<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // "UNIQUE constraint failed: l_3.Key" (one "table.column" per column of the index).
    const columns = (error.message.split("failed: ")[1] ?? "")
      .split(", ")
      .map((name) => name.slice(name.lastIndexOf(".") + 1));
    throw new DuplicateValuesError(columns);
  }
}

export interface NewItem {
  values: Map<string, SqlValue>;
  authorId: number;
  dir: string;
  scopeId: number;
  folderName?: string;
}

export class Items {
  constructor(private readonly store: SiteDatabase) {}

  byId(list: ListRow, id: number): ItemRow | undefined {
    return this.store.get<ItemRow>(`SELECT * FROM ${itemTable(list)} WHERE ID = ?`, id);
  }

  folderByUrl(list: ListRow, url: string): ItemRow | undefined {
    const slash = url.lastIndexOf("/");
    return this.store.get<ItemRow>(
      `SELECT * FROM ${itemTable(list)} WHERE FSObjType = 1 AND FileDirRef = ? AND FileLeafRef = ?`,
      url.slice(0, slash),
      url.slice(slash + 1),
    );
  }

  foldersIn(list: ListRow, dir: string): ItemRow[] {
    return this.store.all<ItemRow>(
      `SELECT * FROM ${itemTable(list)} WHERE FSObjType = 1 AND FileDirRef = ? ORDER BY ID`,
      dir,
    );
  }

  /** How many folders a folder holds directly (counted in the folder index, no rows read). */
  folderCount(list: ListRow, dir: string): number {
    const row = this.store.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${itemTable(list)} WHERE FSObjType = 1 AND FileDirRef = ?`,
      dir,
    );
    return row?.n ?? 0;
  }

  insert(list: ListRow, item: NewItem): ItemRow {
    const table = itemTable(list);
    const now = nowIso();
    const columns = [...item.values.keys()];
    const names = [
      "_scope",
      "GUID",
      "Created",
      "Modified",
      "AuthorId",
      "EditorId",
      "FileDirRef",
      "FileLeafRef",
      "FSObjType",
    ];
    const sql = `INSERT INTO ${table} (${[...names, ...columns.map(quoteIdent)].join(", ")}) VALUES (${[
      ...names,
      ...columns,
    ]
      .map(() => "?")
      .join(", ")})`;
    const isFolder = item.folderName !== undefined;
    // An item's FileLeafRef is "<ID>_.000", known only once inserted: one UPDATE … RETURNING reads it back.
    const inserted = duplicatesRefused(() =>
      this.store.get<ItemRow>(
        `${sql} RETURNING *`,
        item.scopeId,
        newGuid(),
        now,
        now,
        item.authorId,
        item.authorId,
        item.dir,
        item.folderName ?? "",
        isFolder ? 1 : 0,
        ...item.values.values(),
      ),
    );
    const row =
      inserted === undefined || isFolder
        ? inserted
        : this.store.get<ItemRow>(
            `UPDATE ${table} SET FileLeafRef = ? WHERE ID = ? RETURNING *`,
            `${inserted.ID}_.000`,
            inserted.ID,
          );
    if (row === undefined) throw new Error("item vanished after insert");
    return row;
  }

  update(list: ListRow, id: number, values: Map<string, SqlValue>, editorId: number): void {
    const columns = [...values.keys()];
    const sets = [
      ...columns.map((column) => `${quoteIdent(column)} = ?`),
      "_version = _version + 1",
      "Modified = ?",
      "EditorId = ?",
    ];
    duplicatesRefused(() =>
      this.store.run(
        `UPDATE ${itemTable(list)} SET ${sets.join(", ")} WHERE ID = ?`,
        ...values.values(),
        nowIso(),
        editorId,
        id,
      ),
    );
  }

  /** Deletes an item, or a folder with everything in it; returns the rows removed and their own scopes. */
  delete(list: ListRow, item: ItemRow): { removed: number; ownScopes: number[] } {
    const table = itemTable(list);
    const where = item.FSObjType === 1 ? `ID = ? OR ${SUBTREE_SQL}` : "ID = ?";
    const params = item.FSObjType === 1 ? [item.ID, ...subtreeParams(folderUrlOf(item))] : [item.ID];
    const ownScopes = this.store
      .all<{ s: number }>(
        `SELECT _own_scope AS s FROM ${table} WHERE (${where}) AND _own_scope IS NOT NULL`,
        ...params,
      )
      .map((row) => row.s);
    const result = this.store.run(`DELETE FROM ${table} WHERE ${where}`, ...params);
    return { removed: result.changes, ownScopes };
  }

  /** Moves an item (or a folder's whole subtree) from one effective scope to another, leaving nested unique scopes alone. */
  rescope(list: ListRow, item: ItemRow, from: number, to: number): void {
    const table = itemTable(list);
    this.store.run(`UPDATE ${table} SET _scope = ? WHERE ID = ? AND _scope = ?`, to, item.ID, from);
    if (item.FSObjType === 1) {
      this.store.run(
        `UPDATE ${table} SET _scope = ? WHERE _scope = ? AND ${SUBTREE_SQL}`,
        to,
        from,
        ...subtreeParams(folderUrlOf(item)),
      );
    }
  }

  setOwnScope(list: ListRow, id: number, scopeId: number | null): void {
    this.store.run(`UPDATE ${itemTable(list)} SET _own_scope = ? WHERE ID = ?`, scopeId, id);
  }

  /** Every own scope inside a folder's subtree (for clearSubscopes). */
  ownScopesBelow(list: ListRow, folderUrl: string): { ID: number; _own_scope: number }[] {
    return this.store.all<{ ID: number; _own_scope: number }>(
      `SELECT ID, _own_scope FROM ${itemTable(list)} WHERE _own_scope IS NOT NULL AND ${SUBTREE_SQL}`,
      ...subtreeParams(folderUrl),
    );
  }

  /** Every item with its own scope in the list (for clearSubscopes at list level). */
  ownScopesInList(list: ListRow): { ID: number; _own_scope: number }[] {
    return this.store.all<{ ID: number; _own_scope: number }>(
      `SELECT ID, _own_scope FROM ${itemTable(list)} WHERE _own_scope IS NOT NULL`,
    );
  }

  retargetScope(list: ListRow, from: number, to: number): void {
    this.store.run(`UPDATE ${itemTable(list)} SET _scope = ? WHERE _scope = ?`, to, from);
  }
}
