import { quoteIdent, type SiteDatabase } from "./database";
import { newGuid, nowIso } from "./ids";
import { WEB_SCOPE_ID } from "../security/scopes";
import { Fields } from "./fields";

export interface ListRow {
  Num: number;
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  BaseType: number;
  Hidden: number;
  ItemCount: number;
  Created: string;
  LastItemModifiedDate: string;
  EntityTypeName: string;
  RootFolderUrl: string;
  ContentTypesEnabled: number;
  EnableFolderCreation: number;
  ScopeId: number;
  HasUniqueRoleAssignments: number;
  UniqueScopeCount: number;
}

/** SQLite's NOCASE: only ASCII letters fold ("Å" and "å" stay different). */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

export function itemTable(list: Pick<ListRow, "Num">): string {
  return quoteIdent(`l_${list.Num}`);
}

/** "Målområden 2024" → "Mlomrden2024List"-style entity names: SharePoint keeps only ASCII letters and digits. */
function entityNameOf(title: string, taken: (name: string) => boolean): string {
  const base = title.replace(/[^A-Za-z0-9]/g, "") || "List";
  let name = `${base}List`;
  for (let n = 1; taken(name); n += 1) name = `${base}${n}List`;
  return name;
}

/** The list's folder name in its URL: SharePoint drops characters a URL segment cannot hold. */
function urlNameOf(title: string): string {
  return title.replace(/[~"#%&*:<>?/\\{|}.]/g, "").trim() || "List";
}

/**
 * Folders by parent URL and name: a folder lookup (every item added inside a folder makes one) must not scan
 * all the folders that share a parent, which the personal lists' thousands of folders under the root do.
 */
function folderIndexSql(num: number): string {
  const table = itemTable({ Num: num });
  return `CREATE INDEX IF NOT EXISTS ${quoteIdent(`l_${num}_folder`)} ON ${table}(FileDirRef, FileLeafRef) WHERE FSObjType = 1;`;
}

export class Lists {
  private cache: Map<number, ListRow> | undefined;
  private byKey: Map<string, number> | undefined;

  constructor(
    private readonly store: SiteDatabase,
    private readonly fields: Fields,
    private readonly sitePath: string,
  ) {
    store.onRollback(() => {
      this.cache = undefined;
      this.byKey = undefined;
    });
  }

  /** Brings item tables made by an older version up to date (one process owns a data directory). */
  migrate(): void {
    const nums = this.store.all<{ Num: number }>("SELECT Num FROM lists").map((row) => row.Num);
    if (nums.length > 0) this.store.exec(nums.map(folderIndexSql).join("\n"));
  }

  all(): ListRow[] {
    return [...this.cached().values()];
  }

  byTitle(title: string): ListRow | undefined {
    return this.byNumOf(this.numByKey("title", title));
  }

  byGuid(id: string): ListRow | undefined {
    return this.byNumOf(this.numByKey("id", id.replace(/[{}]/g, "")));
  }

  byNum(num: number): ListRow | undefined {
    return this.cached().get(num);
  }

  byRootFolderUrl(url: string): ListRow | undefined {
    return this.byNumOf(this.numByKey("root", url));
  }

  private byNumOf(num: number | undefined): ListRow | undefined {
    return num === undefined ? undefined : this.cached().get(num);
  }

  /**
   * Every list by Num, in Num order: read once, then kept in step with each write below (rows are replaced,
   * never mutated, so a row a handler holds stays the snapshot it read). Dropped when a transaction rolls back.
   */
  private cached(): Map<number, ListRow> {
    if (this.cache === undefined) {
      this.byKey = undefined;
      this.cache = new Map(
        this.store.all<ListRow>("SELECT * FROM lists ORDER BY Num").map((list) => [list.Num, list]),
      );
    }
    return this.cache;
  }

  private refresh(num: number): void {
    if (this.cache === undefined) return;
    const row = this.store.get<ListRow>("SELECT * FROM lists WHERE Num = ?", num);
    if (row === undefined) {
      this.cache.delete(num);
      this.byKey = undefined;
    } else this.replaceCached(row);
  }

  /** Puts a list's row as just written in place of the cached one (a new list reloads them all, in order). */
  private replaceCached(row: ListRow | undefined): void {
    if (this.cache === undefined || row === undefined) return;
    const before = this.cache.get(row.Num);
    if (before === undefined) {
      this.cache = undefined;
      this.byKey = undefined;
      return;
    }
    this.cache.set(row.Num, row);
    if (before.Title !== row.Title || before.Id !== row.Id || before.RootFolderUrl !== row.RootFolderUrl)
      this.byKey = undefined;
  }

  /** A list's Num by a case-folded title, GUID or root folder URL (all three are unique per site). */
  private numByKey(kind: "title" | "id" | "root", value: string): number | undefined {
    if (this.byKey === undefined) {
      const keys = new Map<string, number>();
      for (const list of this.cached().values()) {
        keys.set(`title:${foldAscii(list.Title)}`, list.Num);
        keys.set(`id:${foldAscii(list.Id)}`, list.Num);
        keys.set(`root:${foldAscii(list.RootFolderUrl)}`, list.Num);
      }
      this.byKey = keys;
    }
    return this.byKey.get(`${kind}:${foldAscii(value)}`);
  }

  create(props: {
    Title: string;
    Description?: string;
    BaseTemplate?: number;
    ContentTypesEnabled?: boolean;
  }): ListRow {
    const now = nowIso();
    const entity = entityNameOf(
      props.Title,
      (name) => this.store.get("SELECT 1 AS x FROM lists WHERE EntityTypeName = ?", name) !== undefined,
    );
    let rootUrl = `${this.sitePath}/Lists/${urlNameOf(props.Title)}`;
    for (let n = 1; this.byRootFolderUrl(rootUrl) !== undefined; n += 1) {
      rootUrl = `${this.sitePath}/Lists/${urlNameOf(props.Title)}${n}`;
    }
    const result = this.store.run(
      `INSERT INTO lists (Id, Title, Description, BaseTemplate, Created, LastItemModifiedDate, EntityTypeName,
        RootFolderUrl, ContentTypesEnabled, ScopeId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      newGuid(),
      props.Title,
      props.Description ?? "",
      props.BaseTemplate ?? 100,
      now,
      now,
      entity,
      rootUrl,
      props.ContentTypesEnabled === true ? 1 : 0,
      WEB_SCOPE_ID,
    );
    const num = Number(result.lastInsertRowid);
    const table = itemTable({ Num: num });
    this.store.exec(`CREATE TABLE ${table} (
      ID INTEGER PRIMARY KEY AUTOINCREMENT,
      _version INTEGER NOT NULL DEFAULT 1,
      _scope INTEGER NOT NULL,
      _own_scope INTEGER,
      GUID TEXT NOT NULL,
      Created TEXT NOT NULL,
      Modified TEXT NOT NULL,
      AuthorId INTEGER,
      EditorId INTEGER,
      FileDirRef TEXT NOT NULL,
      FileLeafRef TEXT NOT NULL,
      FSObjType INTEGER NOT NULL DEFAULT 0,
      Title TEXT
    );
    CREATE INDEX ${quoteIdent(`l_${num}_scope`)} ON ${table}(_scope);
    CREATE INDEX ${quoteIdent(`l_${num}_dir`)} ON ${table}(FileDirRef);
    ${folderIndexSql(num)}`);
    this.fields.addBuiltIns(num);
    this.refresh(num);
    const list = this.byNum(num);
    if (list === undefined) throw new Error("list vanished after insert");
    return list;
  }

  update(list: ListRow, props: Record<string, unknown>): void {
    const text = (key: string): string | undefined =>
      typeof props[key] === "string" ? (props[key] as string) : undefined;
    const flag = (key: string): number | undefined =>
      typeof props[key] === "boolean" ? (props[key] ? 1 : 0) : undefined;
    const title = text("Title");
    if (title !== undefined) this.store.run("UPDATE lists SET Title = ? WHERE Num = ?", title, list.Num);
    const description = text("Description");
    if (description !== undefined)
      this.store.run("UPDATE lists SET Description = ? WHERE Num = ?", description, list.Num);
    for (const key of ["Hidden", "ContentTypesEnabled", "EnableFolderCreation"] as const) {
      const value = flag(key);
      if (value !== undefined) this.store.run(`UPDATE lists SET ${key} = ? WHERE Num = ?`, value, list.Num);
    }
    this.refresh(list.Num);
  }

  delete(list: ListRow): void {
    this.store.run("DELETE FROM scopes WHERE ListId = ?", list.Num);
    this.store.run("DELETE FROM lists WHERE Num = ?", list.Num);
    this.store.exec(`DROP TABLE IF EXISTS ${itemTable(list)}`);
    this.fields.forget(list.Num);
    this.refresh(list.Num);
  }

  setScope(list: ListRow, scopeId: number, unique: boolean): void {
    this.store.run(
      "UPDATE lists SET ScopeId = ?, HasUniqueRoleAssignments = ? WHERE Num = ?",
      scopeId,
      unique ? 1 : 0,
      list.Num,
    );
    this.refresh(list.Num);
  }

  countChanged(list: ListRow, delta: number): void {
    this.replaceCached(
      this.store.get<ListRow>(
        "UPDATE lists SET ItemCount = ItemCount + ?, LastItemModifiedDate = ? WHERE Num = ? RETURNING *",
        delta,
        nowIso(),
        list.Num,
      ),
    );
  }

  touched(list: ListRow): void {
    this.replaceCached(
      this.store.get<ListRow>(
        "UPDATE lists SET LastItemModifiedDate = ? WHERE Num = ? RETURNING *",
        nowIso(),
        list.Num,
      ),
    );
  }

  uniqueScopesChanged(list: ListRow, delta: number): void {
    this.store.run("UPDATE lists SET UniqueScopeCount = UniqueScopeCount + ? WHERE Num = ?", delta, list.Num);
    this.refresh(list.Num);
  }
}
