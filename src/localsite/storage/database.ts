import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createSchema, watchSecurityTables } from "./schema";

/** Prepared statements kept at most; past that the cache starts over (preparing again is cheap). */
const MAX_CACHED_STATEMENTS = 2000;

export type SqlValue = string | number | bigint | null | Buffer;
export type Row = Record<string, unknown>;

/** The site's SQLite store: WAL mode, and every statement prepared once and cached by its SQL text. */
export class SiteDatabase {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly rollbackListeners: (() => void)[] = [];
  private securityWrites = 0;
  /** better-sqlite3's transaction wrapper, made once (BEGIN/COMMIT, or SAVEPOINT/RELEASE when nested). */
  private readonly wrapped: (work: () => unknown) => unknown;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "site.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("cache_size = -65536");
    createSchema(this.db);
    this.wrapped = this.db.transaction((work: () => unknown) => work());
    watchSecurityTables(this.db, () => (this.securityWrites += 1));
    // A rollback may undo security writes already counted: count it as one more change.
    this.onRollback(() => (this.securityWrites += 1));
  }

  /** Changes whenever principals, groups, role definitions, scopes or role assignments may have changed. */
  get securityGeneration(): number {
    return this.securityWrites;
  }

  statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      // Most SQL is fixed text, but some carries request values ($top on metadata, scope lists): bound the cache.
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T = Row>(sql: string, ...params: SqlValue[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  get<T = Row>(sql: string, ...params: SqlValue[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  run(sql: string, ...params: SqlValue[]): Database.RunResult {
    return this.statement(sql).run(...params);
  }

  /** Schema changes make cached statements stale: drop them all. */
  exec(sql: string): void {
    this.db.exec(sql);
    this.statements.clear();
  }

  /**
   * Runs `work` atomically. Inside an open transaction it simply joins it: nothing in the site catches an
   * error between here and the enclosing `atomic`, which then undoes this work along with the rest.
   */
  transaction<T>(work: () => T): T {
    return this.db.inTransaction ? work() : this.atomic(work);
  }

  /** Runs `work` so that an error thrown out of it undoes exactly its writes: a transaction, or a savepoint in one. */
  atomic<T>(work: () => T): T {
    try {
      return this.wrapped(work) as T;
    } catch (error) {
      for (const listener of this.rollbackListeners) listener();
      throw error;
    }
  }

  /** In-memory caches register here to be dropped when a transaction rolls back. */
  onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}

/** Double-quoted SQLite identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
