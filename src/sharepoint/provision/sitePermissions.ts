import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/site-groups/web";
import "@pnp/sp/security/web";
import type { ISiteGroup } from "@pnp/sp/site-groups";
import { RoleType, assignmentsWithRoles, grantedRoles, roleDefinitionId, toExactly } from "../admin/roles";
import { readSharePointFailure } from "../pnp/sharePointError";

/** A group's id and name; undefined when the site has no such associated group. */
async function groupOf(group: ISiteGroup): Promise<{ Id: number; Title: string } | undefined> {
  try {
    return await group.select("Id", "Title")<{ Id: number; Title: string }>();
  } catch (error) {
    if ((await readSharePointFailure(error))?.status === 404) return undefined;
    throw error;
  }
}

/**
 * Staff are readers of the steering site: every change goes through a use case on the server, which writes
 * with the app's own identity, so no person needs (or may have) a right to write in SharePoint.
 *
 * The model: the site's associated **Members** group (where staff are, see admin/principals.ts) holds **Read**
 * on the web instead of SharePoint's default Edit, and so does the Visitors group; only the Owners group,
 * site collection administrators and the app write. Members rather than moving staff to Visitors, because
 * the Members group is where write access comes from on a SharePoint site: sharing the site, a site owner's
 * habit or a Microsoft 365 group / Teams connection puts people in Members, and as long as it held Edit any
 * of those would let someone rewrite plans again. Made Read, the group cannot hand out writing whoever
 * lands in it. It also moves an existing site (and SharePoint Online, where Members holds "Everyone except
 * external users") by one role assignment, not by moving thousands of people between groups, with nobody
 * losing read access on the way.
 *
 * Idempotent: a group that already holds exactly Read is left alone; otherwise Read is added first, then
 * every other level removed, each change reported. Limited Access (added by SharePoint itself) is ignored.
 */
export async function staffReadTheSite(sp: SPFI, changes: string[]): Promise<void> {
  const [read, assignments, ...groups] = await Promise.all([
    roleDefinitionId(sp, RoleType.Read),
    assignmentsWithRoles(sp.web.roleAssignments),
    groupOf(sp.web.associatedMemberGroup),
    groupOf(sp.web.associatedVisitorGroup),
  ]);
  for (const group of groups) {
    if (group === undefined) continue;
    const held = grantedRoles(assignments.find((a) => a.PrincipalId === group.Id));
    const { add, remove } = toExactly(held, read);
    if (add) await sp.web.roleAssignments.add(group.Id, read);
    for (const role of remove) await sp.web.roleAssignments.remove(group.Id, role.Id);
    if (remove.length > 0)
      changes.push(`${group.Title}: Read on the site instead of ${remove.map((r) => r.Name).join(", ")}`);
    else if (add) changes.push(`${group.Title}: granted Read on the site`);
  }
}
