import type { SiteDatabase } from "./database";

export const PrincipalType = { User: 1, SharePointGroup: 8 } as const;
export const LOCAL_DOMAIN = "malkedjan.local";
const CLAIMS_PREFIX = "i:0#.f|membership|";

export interface PrincipalRow {
  Id: number;
  PrincipalType: number;
  Title: string;
  LoginName: string;
  Email: string | null;
  UserPrincipalName: string | null;
  IsSiteAdmin: number;
  Description: string | null;
  OwnerId: number | null;
}

export function claimsLogin(upn: string): string {
  return `${CLAIMS_PREFIX}${upn.toLowerCase()}`;
}

/** "i:0#.f|membership|anna@x" or "anna@x" → "anna@x". */
export function upnFromLogin(login: string): string {
  const bar = login.lastIndexOf("|");
  return (bar >= 0 ? login.slice(bar + 1) : login).trim().toLowerCase();
}

/** "anna.svensson@malkedjan.local" → "Anna Svensson". */
function displayNameOf(upn: string): string {
  const local = upn.split("@")[0] ?? upn;
  return local
    .split(/[._-]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

export class Principals {
  constructor(private readonly store: SiteDatabase) {}

  byId(id: number): PrincipalRow | undefined {
    return this.store.get<PrincipalRow>("SELECT * FROM principals WHERE Id = ?", id);
  }

  userByUpn(upn: string): PrincipalRow | undefined {
    return this.store.get<PrincipalRow>(
      "SELECT * FROM principals WHERE PrincipalType = 1 AND UserPrincipalName = ?",
      upn.toLowerCase(),
    );
  }

  /** By claims login (`i:0#.f|membership|anna@…`, an app's `i:0i.t|ms.sp.ext|…`), or by the upn in it. */
  userByLogin(login: string): PrincipalRow | undefined {
    return (
      this.store.get<PrincipalRow>(
        "SELECT * FROM principals WHERE PrincipalType = 1 AND LoginName = ?",
        login.trim(),
      ) ?? this.userByUpn(upnFromLogin(login))
    );
  }

  /** The site user standing for an app (no upn, no e-mail), created on its first call. */
  ensureAppUser(login: string, title: string): PrincipalRow {
    const known = this.store.get<PrincipalRow>("SELECT * FROM principals WHERE LoginName = ?", login);
    if (known !== undefined) {
      if (known.Title === title) return known;
      this.updatePrincipal(known.Id, { Title: title });
      return { ...known, Title: title };
    }
    const result = this.store.run(
      "INSERT INTO principals (PrincipalType, Title, LoginName, IsSiteAdmin) VALUES (1, ?, ?, 0)",
      title,
      login,
    );
    const created = this.byId(Number(result.lastInsertRowid));
    if (created === undefined) throw new Error("app user vanished after insert");
    return created;
  }

  userByEmail(email: string): PrincipalRow | undefined {
    return this.store.get<PrincipalRow>(
      "SELECT * FROM principals WHERE PrincipalType = 1 AND Email = ? COLLATE NOCASE",
      email,
    );
  }

  users(): PrincipalRow[] {
    return this.store.all<PrincipalRow>("SELECT * FROM principals WHERE PrincipalType = 1 ORDER BY Id");
  }

  groups(): PrincipalRow[] {
    return this.store.all<PrincipalRow>("SELECT * FROM principals WHERE PrincipalType = 8 ORDER BY Id");
  }

  groupByName(name: string): PrincipalRow | undefined {
    return this.store.get<PrincipalRow>(
      "SELECT * FROM principals WHERE PrincipalType = 8 AND Title = ? COLLATE NOCASE",
      name,
    );
  }

  groupById(id: number): PrincipalRow | undefined {
    return this.store.get<PrincipalRow>("SELECT * FROM principals WHERE PrincipalType = 8 AND Id = ?", id);
  }

  members(groupId: number): PrincipalRow[] {
    return this.store.all<PrincipalRow>(
      "SELECT p.* FROM principals p JOIN group_members m ON m.UserId = p.Id WHERE m.GroupId = ? ORDER BY p.Id",
      groupId,
    );
  }

  groupsOf(userId: number): PrincipalRow[] {
    return this.store.all<PrincipalRow>(
      "SELECT p.* FROM principals p JOIN group_members m ON m.GroupId = p.Id WHERE m.UserId = ? ORDER BY p.Id",
      userId,
    );
  }

  /** The user and every group it belongs to: who a role assignment may name to reach this caller. */
  principalIdsOf(userId: number): number[] {
    const rows = this.store.all<{ GroupId: number }>(
      "SELECT GroupId FROM group_members WHERE UserId = ?",
      userId,
    );
    return [userId, ...rows.map((row) => row.GroupId)];
  }

  /** Creates a person of the local directory; only `<name>@malkedjan.local` logins may be created. */
  createUser(upn: string, options: { title?: string; isSiteAdmin?: boolean } = {}): PrincipalRow | undefined {
    const normalized = upn.toLowerCase();
    if (!normalized.endsWith(`@${LOCAL_DOMAIN}`) || normalized.indexOf("@") < 1) return undefined;
    const result = this.store.run(
      "INSERT INTO principals (PrincipalType, Title, LoginName, Email, UserPrincipalName, IsSiteAdmin) VALUES (1, ?, ?, ?, ?, ?)",
      options.title ?? displayNameOf(normalized),
      claimsLogin(normalized),
      normalized,
      normalized,
      options.isSiteAdmin === true ? 1 : 0,
    );
    return this.byId(Number(result.lastInsertRowid));
  }

  ensureUser(login: string): PrincipalRow | undefined {
    return this.userByLogin(login) ?? this.createUser(upnFromLogin(login));
  }

  createGroup(title: string, description: string, ownerId: number | null): PrincipalRow {
    const result = this.store.run(
      "INSERT INTO principals (PrincipalType, Title, LoginName, Description, OwnerId) VALUES (8, ?, ?, ?, ?)",
      title,
      title,
      description,
      ownerId,
    );
    const group = this.byId(Number(result.lastInsertRowid));
    if (group === undefined) throw new Error("group vanished after insert");
    return group;
  }

  updatePrincipal(
    id: number,
    changes: { Title?: string; Description?: string; Email?: string; IsSiteAdmin?: boolean },
  ): void {
    if (changes.Title !== undefined)
      this.store.run("UPDATE principals SET Title = ? WHERE Id = ?", changes.Title, id);
    if (changes.Description !== undefined)
      this.store.run("UPDATE principals SET Description = ? WHERE Id = ?", changes.Description, id);
    if (changes.Email !== undefined)
      this.store.run("UPDATE principals SET Email = ? WHERE Id = ?", changes.Email, id);
    if (changes.IsSiteAdmin !== undefined)
      this.store.run("UPDATE principals SET IsSiteAdmin = ? WHERE Id = ?", changes.IsSiteAdmin ? 1 : 0, id);
  }

  deletePrincipal(id: number): void {
    this.store.run("DELETE FROM principals WHERE Id = ?", id);
  }

  addMember(groupId: number, userId: number): void {
    this.store.run("INSERT OR IGNORE INTO group_members (GroupId, UserId) VALUES (?, ?)", groupId, userId);
  }

  removeMember(groupId: number, userId: number): void {
    this.store.run("DELETE FROM group_members WHERE GroupId = ? AND UserId = ?", groupId, userId);
  }
}
