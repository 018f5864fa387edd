import type { SiteDatabase } from "../storage/database";
import type { PrincipalRow, Principals } from "../storage/principals";
import { Caller } from "./caller";
import { unionMask, type BasePermissions } from "./permissions";

export const WEB_SCOPE_ID = 1;

export interface RoleAssignmentRow {
  ScopeId: number;
  PrincipalId: number;
  RoleDefId: number;
}

/** Permission scopes and their role assignments. */
export class Scopes {
  /** Callers by user Id and by upn, valid while the security generation they were computed at lasts. */
  private readonly callers = new Map<number, Caller>();
  private readonly callersByUpn = new Map<string, Caller>();
  private cachedAt = -1;

  constructor(
    private readonly store: SiteDatabase,
    private readonly principals: Principals,
  ) {}

  /** The caller a token's upn names, or undefined when the site does not know that person. */
  callerByUpn(upn: string): Caller | undefined {
    this.dropStaleCallers();
    const key = upn.toLowerCase();
    const known = this.callersByUpn.get(key);
    if (known !== undefined) return known;
    const user = this.principals.userByUpn(key);
    if (user === undefined) return undefined;
    const caller = this.callerFor(user);
    this.callersByUpn.set(key, caller);
    return caller;
  }

  /** What a user may do in each scope: computed once, then reused until a security table changes. */
  callerFor(user: PrincipalRow): Caller {
    this.dropStaleCallers();
    const known = this.callers.get(user.Id);
    if (known !== undefined) return known;
    const caller = this.computeCaller(user);
    this.callers.set(user.Id, caller);
    return caller;
  }

  private dropStaleCallers(): void {
    const generation = this.store.securityGeneration;
    if (generation === this.cachedAt) return;
    this.callers.clear();
    this.callersByUpn.clear();
    this.cachedAt = generation;
  }

  private computeCaller(user: PrincipalRow): Caller {
    const ids = JSON.stringify(this.principals.principalIdsOf(user.Id));
    const rows = this.store.all<{ ScopeId: number; ListId: number | null; Low: number; High: number }>(
      `SELECT ra.ScopeId, s.ListId, rd.Low, rd.High FROM role_assignments ra
       JOIN role_definitions rd ON rd.Id = ra.RoleDefId JOIN scopes s ON s.Id = ra.ScopeId
       WHERE ra.PrincipalId IN (SELECT value FROM json_each(?))`,
      ids,
    );
    const masks = new Map<number, BasePermissions>();
    const listOfScope = new Map<number, number | null>();
    for (const row of rows) {
      const mask = { low: row.Low, high: row.High };
      const before = masks.get(row.ScopeId);
      masks.set(row.ScopeId, before === undefined ? mask : unionMask(before, mask));
      listOfScope.set(row.ScopeId, row.ListId);
    }
    return new Caller(user, masks, listOfScope);
  }

  create(listNum: number | null, itemId: number | null, copyFrom: number | null): number {
    const result = this.store.run("INSERT INTO scopes (ListId, ItemId) VALUES (?, ?)", listNum, itemId);
    const scopeId = Number(result.lastInsertRowid);
    if (copyFrom !== null) {
      this.store.run(
        `INSERT INTO role_assignments (ScopeId, PrincipalId, RoleDefId)
         SELECT ?, PrincipalId, RoleDefId FROM role_assignments WHERE ScopeId = ?`,
        scopeId,
        copyFrom,
      );
    }
    return scopeId;
  }

  remove(scopeId: number): void {
    if (scopeId === WEB_SCOPE_ID) return;
    this.store.run("DELETE FROM scopes WHERE Id = ?", scopeId);
  }

  assignments(scopeId: number): RoleAssignmentRow[] {
    return this.store.all<RoleAssignmentRow>(
      "SELECT * FROM role_assignments WHERE ScopeId = ? ORDER BY PrincipalId, RoleDefId",
      scopeId,
    );
  }

  add(scopeId: number, principalId: number, roleDefId: number): void {
    this.store.run(
      "INSERT OR IGNORE INTO role_assignments (ScopeId, PrincipalId, RoleDefId) VALUES (?, ?, ?)",
      scopeId,
      principalId,
      roleDefId,
    );
  }

  removeAssignment(scopeId: number, principalId: number, roleDefId: number | null): void {
    if (roleDefId === null) {
      this.store.run(
        "DELETE FROM role_assignments WHERE ScopeId = ? AND PrincipalId = ?",
        scopeId,
        principalId,
      );
    } else {
      this.store.run(
        "DELETE FROM role_assignments WHERE ScopeId = ? AND PrincipalId = ? AND RoleDefId = ?",
        scopeId,
        principalId,
        roleDefId,
      );
    }
  }
}
