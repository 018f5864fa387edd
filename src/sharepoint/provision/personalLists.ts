import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/security/list";
import type { ListSchema } from "../schema/types";

/**
 * A personal list stops inheriting the site's permissions, without copying them: staff (the site's
 * members and visitors) get no list-level read. Each medarbetare's folder then grants that person and
 * their chef (see admin/personalAccess.ts); site administrators and the app identity keep full access.
 * An app-only list does the same and grants nobody anything more.
 */
export async function securePersonalLists(
  sp: SPFI,
  lists: readonly ListSchema[],
  changes: string[],
): Promise<void> {
  for (const list of lists.filter((l) => l.personal === true || l.appOnly === true)) {
    const target = sp.web.lists.getByTitle(list.title);
    const { HasUniqueRoleAssignments } = await target.select("HasUniqueRoleAssignments")<{
      HasUniqueRoleAssignments: boolean;
    }>();
    if (!HasUniqueRoleAssignments) {
      await target.breakRoleInheritance(false, true);
      changes.push(`stopped inheriting site permissions on ${list.title}`);
    }
  }
}
