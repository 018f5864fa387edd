import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/folders";
import "@pnp/sp/items";
import "@pnp/sp/security/item";
import "@pnp/sp/site-groups/web";
import { Item, type IItem } from "@pnp/sp/items";
import { personalFolderUrl } from "../../repositories/personalFolders";
import { goalFollowUpLists, goalLists } from "../../schema/lists";
import { runInBatches } from "../batches";
import { RoleType, assignmentsWithRoles, grantedRoles, roleDefinitionId } from "../roles";

/** A person's folder in each personal list: in the partition their id names (`personalPartitions.ts`). */
const personalFolderUrls = (sp: SPFI, employeeId: string): Promise<string>[] =>
  [goalLists, goalFollowUpLists].map((lists) =>
    personalFolderUrl(sp, lists.of(employeeId).title, employeeId),
  );

const folderItem = (sp: SPFI, url: string): IItem =>
  Item(sp.web.getFolderByServerRelativePath(url), "ListItemAllFields");

/** The id of the SharePoint group named `name`, created (without members) when the site lacks it. */
export async function ensureGroup(sp: SPFI, name: string): Promise<number> {
  const groups = await sp.web.siteGroups.select("Id", "Title")<{ Id: number; Title: string }[]>();
  const found = groups.find((g) => g.Title.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return found.Id;
  const created = await sp.web.siteGroups.add({
    Title: name,
    Description: "Läser arkiverade individuella mål för medarbetare som har slutat.",
  });
  return (created as { Id: number }).Id;
}

/**
 * The folders of people who have left are read by the HR group only: `syncPersonalAccess` (called first with
 * no readers) has removed the person and their chef; this grants the group Read where it holds nothing
 * (`grant`), or removes the group from the folders of people who have come back (`revoke`). Reads each
 * folder's grants first, so a second run writes nothing.
 */
export async function setArchivedAccess(
  sp: SPFI,
  groupId: number,
  archive: readonly string[],
  unarchive: readonly string[],
): Promise<{ granted: number; revoked: number }> {
  const result = { granted: 0, revoked: 0 };
  if (archive.length === 0 && unarchive.length === 0) return result;
  const read = await roleDefinitionId(sp, RoleType.Read);
  // One pass over every person's folders (two each, in the lists of their partition): each folder is read
  // and, where it differs, written once.
  const people = [...archive, ...unarchive];
  const folders = await Promise.all(people.map((id) => Promise.all(personalFolderUrls(sp, id))));
  const targets = folders.flatMap((urls, i) => urls.map((url) => ({ url, archived: i < archive.length })));
  const held = await runInBatches(
    sp,
    targets.map(
      ({ url }) =>
        (b: SPFI) =>
          assignmentsWithRoles(folderItem(b, url).roleAssignments),
    ),
  );
  const writes = targets.flatMap(({ url, archived }, i) => {
    const groupHolds = grantedRoles((held[i] ?? []).find((row) => row.PrincipalId === groupId));
    if (archived) {
      if (groupHolds.some((role) => role.Id === read)) return [];
      result.granted += 1;
      return [(b: SPFI) => folderItem(b, url).roleAssignments.add(groupId, read)];
    }
    if (groupHolds.length === 0) return [];
    result.revoked += 1;
    return [(b: SPFI) => folderItem(b, url).roleAssignments.getById(groupId).delete()];
  });
  await runInBatches(sp, writes);
  return result;
}
