import { LOCAL_APP_ID } from "../identity/token";
import { FULL_MASK, type BasePermissions } from "./permissions";
import { BUILT_IN_ROLES } from "./role-definitions";

/** The roles of a Sites.Selected grant (Graph `sites/{id}/permissions`). */
export type AppRole = "read" | "write" | "manage" | "fullcontrol";

/** An Entra app the site lets in with app-only tokens, and the role it holds on the whole site. */
export interface AppGrant {
  appId: string;
  role: AppRole;
  /** The app's name as a site user (its Title); "Målkedjan (app)" for LOCAL_APP_ID. */
  displayName?: string;
}

function roleMask(name: string): BasePermissions {
  const role = BUILT_IN_ROLES.find((candidate) => candidate.name === name);
  if (role === undefined) throw new Error(`no built-in role ${name}`);
  return role.mask;
}

/**
 * What each role allows, everywhere in the site, as SharePoint Online applies an app-only grant: regardless
 * of unique permissions on lists, folders and items. read: Read; write: Contribute (items and folders);
 * manage: Edit (also lists and fields); fullcontrol: Full Control (also permissions, groups, ensureuser).
 */
export const APP_ROLE_MASKS: Readonly<Record<AppRole, BasePermissions>> = {
  read: roleMask("Read"),
  write: roleMask("Contribute"),
  manage: roleMask("Edit"),
  fullcontrol: FULL_MASK,
};

/** SharePoint's claims login of an app principal: `i:0i.t|ms.sp.ext|<appid>@<tenant id>`. */
export const APP_LOGIN_PREFIX = "i:0i.t|ms.sp.ext|";

export function appLogin(appId: string, tenantId: string): string {
  return `${APP_LOGIN_PREFIX}${appId.toLowerCase()}@${tenantId.toLowerCase()}`;
}

/** The app id of an app principal's login, or undefined for anyone else. */
export function appIdOfLogin(login: string): string | undefined {
  if (!login.toLowerCase().startsWith(APP_LOGIN_PREFIX)) return undefined;
  return login.slice(APP_LOGIN_PREFIX.length).split("@")[0]?.toLowerCase();
}

export function appTitle(grant: AppGrant): string {
  return (
    grant.displayName ??
    (grant.appId.toLowerCase() === LOCAL_APP_ID ? "Målkedjan (app)" : `App ${grant.appId}`)
  );
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The grants by lower-cased app id; without any given, LOCAL_APP_ID with fullcontrol. */
export function grantsByApp(grants: readonly AppGrant[] | undefined): ReadonlyMap<string, AppGrant> {
  const list = grants ?? [{ appId: LOCAL_APP_ID, role: "fullcontrol" }];
  const byApp = new Map<string, AppGrant>();
  for (const grant of list) {
    if (!GUID.test(grant.appId)) throw new Error(`appGrants: '${grant.appId}' is not an app id (a GUID).`);
    if (!(grant.role in APP_ROLE_MASKS))
      throw new Error(`appGrants: '${String(grant.role)}' is not one of read, write, manage, fullcontrol.`);
    byApp.set(grant.appId.toLowerCase(), grant);
  }
  return byApp;
}
