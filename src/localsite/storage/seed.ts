import { BUILT_IN_ROLES } from "../security/role-definitions";
import { WEB_SCOPE_ID } from "../security/scopes";
import type { SiteDatabase } from "./database";
import { newGuid, nowIso } from "./ids";
import { Principals } from "./principals";

export const ADMIN_UPN = "admin@malkedjan.local";

/** A fresh site: the admin, SharePoint's role definitions, the web's scope and the three default groups. */
export function seedFreshSite(store: SiteDatabase, principals: Principals, title: string): void {
  if (store.get("SELECT value FROM site_meta WHERE key = 'webId'") !== undefined) return;
  store.transaction(() => {
    store.run(
      "INSERT INTO site_meta (key, value) VALUES ('webId', ?), ('siteId', ?), ('created', ?), ('title', ?)",
      newGuid(),
      newGuid(),
      nowIso(),
      title,
    );
    for (const role of BUILT_IN_ROLES) {
      store.run(
        `INSERT INTO role_definitions (Id, Name, RoleTypeKind, "Order", Description, Low, High, Hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        role.id,
        role.name,
        role.roleTypeKind,
        role.order,
        role.description,
        role.mask.low,
        role.mask.high,
        role.hidden ? 1 : 0,
      );
    }
    store.run("INSERT INTO scopes (Id, ListId, ItemId) VALUES (?, NULL, NULL)", WEB_SCOPE_ID);
    const admin = principals.createUser(ADMIN_UPN, { title: "Administratör", isSiteAdmin: true });
    if (admin === undefined) throw new Error("could not create the site admin");
    const groups: [string, string, number][] = [
      ["Styrning Owners", "Use this group to grant people full control permissions to the site", 1073741829],
      ["Styrning Members", "Use this group to grant people contribute permissions to the site", 1073741830],
      ["Styrning Visitors", "Use this group to grant people read permissions to the site", 1073741826],
    ];
    for (const [name, description, role] of groups) {
      const group = principals.createGroup(name, description, admin.Id);
      store.run(
        "INSERT INTO role_assignments (ScopeId, PrincipalId, RoleDefId) VALUES (?, ?, ?)",
        WEB_SCOPE_ID,
        group.Id,
        role,
      );
      if (name === "Styrning Owners") principals.addMember(group.Id, admin.Id);
    }
  });
}

export function siteMeta(store: SiteDatabase, key: string): string {
  return store.get<{ value: string }>("SELECT value FROM site_meta WHERE key = ?", key)?.value ?? "";
}
