import type { SiteDatabase } from "../storage/database";
import type { PrincipalRow, Principals } from "../storage/principals";
import { APP_ROLE_MASKS, appIdOfLogin, appLogin, appTitle, type AppGrant } from "./app-grants";
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
  private readonly callersByApp = new Map<string, Caller>();
  private cachedAt = -1;

  /** `appGrants`: the apps let in with app-only tokens of `tenantId`, by lower-cased app id. */
  constructor(
    private readonly store: SiteDatabase,
    private readonly principals: Principals,
    private readonly appGrants: ReadonlyMap<string, AppGrant> = new Map(),
    private readonly tenantId: string = "",
  ) {}

  /**
   * The caller an app-only token names: undefined unless the app is granted and the token is of this site's
   * tenant. The app is a site user (created on its first call) whose grant holds in every scope.
   */
  callerForApp(appId: string, tenantId: string): Caller | undefined {
    const grant = this.appGrants.get(appId.toLowerCase());
    if (grant === undefined || tenantId.toLowerCase() !== this.tenantId.toLowerCase()) return undefined;
    this.dropStaleCallers();
    const key = appId.toLowerCase();
    const known = this.callersByApp.get(key);
    if (known !== undefined) return known;
    const user = this.principals.ensureAppUser(appLogin(appId, tenantId), appTitle(grant));
    // Creating the user is a security write: start the cache over before keeping this caller in it.
    this.dropStaleCallers();
    const caller = new Caller(user, new Map(), new Map(), APP_ROLE_MASKS[grant.role]);
    this.callersByApp.set(key, caller);
    return caller;
  }

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
    const appId = appIdOfLogin(user.LoginName);
    const grant = appId === undefined ? undefined : this.appGrants.get(appId);
    const caller =
      grant === undefined
        ? this.computeCaller(user)
        : new Caller(user, new Map(), new Map(), APP_ROLE_MASKS[grant.role]);
    this.callers.set(user.Id, caller);
    return caller;
  }

  private dropStaleCallers(): void {
    const generation = this.store.securityGeneration;
    if (generation === this.cachedAt) return;
    this.callers.clear();
    this.callersByUpn.clear();
    this.callersByApp.clear();
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
