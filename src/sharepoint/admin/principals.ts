import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/site-users/web";
import "@pnp/sp/site-groups/web";
import "@pnp/sp/security/web";
import { runInBatches } from "./batches";

/** SharePoint's claims login of a person, from their UPN. */
export const loginNameOf = (upn: string): string => `i:0#.f|membership|${upn}`;

/** The site user id of every given UPN, creating users the site does not know yet (ensureUser). */
export async function ensurePrincipals(sp: SPFI, upns: readonly string[]): Promise<Map<string, number>> {
  const users = await sp.web.siteUsers.select("Id", "UserPrincipalName", "LoginName")<
    { Id: number; UserPrincipalName: string | null; LoginName: string }[]
  >();
  const ids = new Map<string, number>();
  for (const user of users) {
    const upn = (user.UserPrincipalName ?? user.LoginName.split("|").pop() ?? "").toLowerCase();
    ids.set(upn, user.Id);
  }
  const missing = [...new Set(upns)].filter((upn) => !ids.has(upn));
  const created = await runInBatches(
    sp,
    missing.map((upn) => (b: SPFI) => b.web.ensureUser(loginNameOf(upn))),
  );
  missing.forEach((upn, i) => {
    const user = created[i];
    if (user !== undefined) ids.set(upn, user.Id);
  });
  return ids;
}

/**
 * Staff read the public lists through the site's Members group, which provisioning keeps at Read on the
 * site (see provision/sitePermissions.ts): being a member lets a person read, never write. Locally each
 * person is added; in SharePoint Online the same group holds "Everyone except external users" instead.
 * Adds only those not yet in it.
 */
export async function ensureSiteMembers(sp: SPFI, upns: readonly string[]): Promise<number> {
  const group = sp.web.associatedMemberGroup;
  const members = await group.users.select("LoginName")<{ LoginName: string }[]>();
  const present = new Set(members.map((m) => m.LoginName.toLowerCase()));
  const missing = [...new Set(upns)].filter((upn) => !present.has(loginNameOf(upn).toLowerCase()));
  await runInBatches(
    sp,
    missing.map((upn) => (b: SPFI) => b.web.associatedMemberGroup.users.add(loginNameOf(upn))),
  );
  return missing.length;
}
