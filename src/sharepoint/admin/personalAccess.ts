import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/folders";
import "@pnp/sp/items";
import "@pnp/sp/security/item";
import "@pnp/sp/site-users/web";
import { Item, type IItem } from "@pnp/sp/items";
import { chefOf, orgLookupOf, type OrgUnit, type Person } from "../../domain";
import { folderNameFor, rootFolderUrl } from "../repositories/personalFolders";
import { allLists } from "../schema/lists";
import { runInBatches, type BatchOperation } from "./batches";
import { contributeRoleId, ensurePrincipals } from "./principals";

/** Who may read (and write) one medarbetare's personal folders: the person and their current chef. */
export interface FolderReaders {
  readonly employeeId: string;
  readonly readers: readonly string[];
}

/** From the organisation as it is now: a chef change or a move to another unit changes the readers. */
export function personalReaders(people: readonly Person[], units: readonly OrgUnit[]): FolderReaders[] {
  const org = orgLookupOf(units, people);
  return people.map((person) => {
    const chefId = chefOf(person.id, person.unitId, org);
    return { employeeId: person.id, readers: chefId === undefined ? [person.id] : [person.id, chefId] };
  });
}

export interface PersonalAccessReport {
  foldersCreated: number;
  grantsAdded: number;
  grantsRemoved: number;
}

const personalTitles = (): string[] => allLists.filter((l) => l.personal === true).map((l) => l.title);

/** The folder's list item, where SharePoint keeps a folder's permissions. */
const folderItem = (sp: SPFI, url: string): IItem =>
  Item(sp.web.getFolderByServerRelativePath(url), "ListItemAllFields");

/**
 * The admin operation (run by the app identity, `admin@malkedjan.local` locally) that keeps the personal
 * folders right: every medarbetare has a folder in each personal list, with inheritance broken and exactly
 * the person and their current chef granted Contribute. Existing folders are diffed, so after a chef change
 * the old chef's grant is removed and the new chef's added; other principals (site admins, the caller)
 * are left alone. Batched: a few `$batch` requests per 20 grants, whatever the number of people.
 */
export async function syncPersonalAccess(
  sp: SPFI,
  wanted: readonly FolderReaders[],
): Promise<PersonalAccessReport> {
  const report: PersonalAccessReport = { foldersCreated: 0, grantsAdded: 0, grantsRemoved: 0 };
  if (wanted.length === 0) return report;
  const [principals, contribute, caller] = await Promise.all([
    ensurePrincipals(
      sp,
      wanted.flatMap((w) => w.readers),
    ),
    contributeRoleId(sp),
    sp.web.currentUser.select("Id", "IsSiteAdmin")<{ Id: number; IsSiteAdmin: boolean }>(),
  ]);
  // Only people are ever granted on a personal folder by this operation; groups (if any) stay.
  const userIds = new Set(principals.values());
  const idOf = (upn: string): number => {
    const id = principals.get(upn);
    if (id === undefined) throw new Error(`no site user for ${upn}`);
    return id;
  };

  for (const title of personalTitles()) {
    const root = await rootFolderUrl(sp, title);
    const existing = await sp.web.lists
      .getByTitle(title)
      .rootFolder.folders.select("Name")<{ Name: string }[]>()
      .then((folders) => new Set(folders.map((f) => f.Name)));
    const fresh = wanted.filter((w) => !existing.has(folderNameFor(w.employeeId)));
    const known = wanted.filter((w) => existing.has(folderNameFor(w.employeeId)));

    // New folders: create, stop inheriting (copying nothing), grant the readers — in order, in one changeset.
    // Breaking inheritance grants the caller Full Control; a site administrator does not need it (they read
    // everything anyway), and 12,000 such grants would follow the admin identity into every permission check.
    const create: BatchOperation[] = fresh.map((w) => (b: SPFI) => {
      const url = `${root}/${folderNameFor(w.employeeId)}`;
      const item = folderItem(b, url);
      return Promise.all([
        b.web.lists.getByTitle(title).rootFolder.folders.addUsingPath(folderNameFor(w.employeeId)),
        item.breakRoleInheritance(false, true),
        ...w.readers.map((upn) => item.roleAssignments.add(idOf(upn), contribute)),
        ...(caller.IsSiteAdmin && !w.readers.some((upn) => idOf(upn) === caller.Id)
          ? [item.roleAssignments.getById(caller.Id).delete()]
          : []),
      ]);
    });
    await runInBatches(sp, create, { perBatch: 20, parallel: 2 });
    report.foldersCreated += fresh.length;
    report.grantsAdded += fresh.reduce((n, w) => n + w.readers.length, 0);

    // Existing folders: read who is granted, then add the missing readers and remove former ones.
    const current = await runInBatches(
      sp,
      known.map(
        (w) => (b: SPFI) =>
          folderItem(b, `${root}/${folderNameFor(w.employeeId)}`).roleAssignments.select("PrincipalId")<
            { PrincipalId: number }[]
          >(),
      ),
    );
    const changes: BatchOperation[] = [];
    known.forEach((w, i) => {
      const granted = new Set((current[i] ?? []).map((r) => r.PrincipalId));
      const readers = new Set(w.readers.map(idOf));
      const url = `${root}/${folderNameFor(w.employeeId)}`;
      for (const id of readers) {
        if (granted.has(id)) continue;
        changes.push((b) => folderItem(b, url).roleAssignments.add(id, contribute));
        report.grantsAdded += 1;
      }
      for (const id of granted) {
        if (readers.has(id) || id === caller.Id || !userIds.has(id)) continue;
        changes.push((b) => folderItem(b, url).roleAssignments.getById(id).delete());
        report.grantsRemoved += 1;
      }
    });
    await runInBatches(sp, changes);
  }
  return report;
}
