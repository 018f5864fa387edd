import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/folders";
import "@pnp/sp/items";
import "@pnp/sp/security/item";
import "@pnp/sp/site-users/web";
import { Item, type IItem } from "@pnp/sp/items";
import {
  chefOf,
  orgLookupOf,
  type EntityByKind,
  type ItemKind,
  type OrgUnit,
  type Person,
} from "../../domain";
import { listByTitle, pageSize } from "../lists/rows";
import { fromRow, selectOf, type ListRow } from "../mapping/rowMapping";
import { folderNameFor, rootFolderUrl } from "../repositories/personalFolders";
import type { EntityList } from "../schema/columns";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { personalPartitionOf } from "../schema/personalPartitions";
import { runInBatches, type BatchOperation } from "./batches";
import { ensurePrincipals } from "./principals";
import { RoleType, assignmentsWithRoles, grantedRoles, roleDefinitionId, toExactly } from "./roles";

/** Who may read one medarbetare's personal folders: the person and their current chef. */
export interface FolderReaders {
  readonly employeeId: string;
  readonly readers: readonly string[];
}

/**
 * From the organisation as it is now: a chef change or a move to another unit changes the readers. Someone
 * who has left (`leftAt`) has no readers among people: their archived goals are read by the HR group, which
 * the organisation import grants and this operation leaves alone.
 */
export function personalReaders(people: readonly Person[], units: readonly OrgUnit[]): FolderReaders[] {
  const org = orgLookupOf(units, people);
  return people.map((person) => {
    if (person.leftAt !== undefined) return { employeeId: person.id, readers: [] };
    const chefId = chefOf(person.id, person.unitId, org);
    return { employeeId: person.id, readers: chefId === undefined ? [person.id] : [person.id, chefId] };
  });
}

/** Every row of an entity list, in pages of 5,000 (Personer outgrows one page at municipal scale). */
async function readAll<K extends ItemKind>(sp: SPFI, list: EntityList<K>): Promise<EntityByKind[K][]> {
  const entities: EntityByKind[K][] = [];
  const pages = listByTitle(sp, list.title)
    .items.select(...selectOf(list))
    .top(pageSize) as AsyncIterable<ListRow[]>;
  for await (const page of pages) for (const row of page) entities.push(fromRow(list, row).value);
  return entities;
}

/**
 * The readers of every personal folder from the site's own Organisation and Personer lists: what
 * `npm run provision` syncs after provisioning, so a site keeps (or is brought to) the right readers without
 * the data set it was loaded from.
 */
export async function personalReadersFromSite(sp: SPFI): Promise<FolderReaders[]> {
  const [people, units] = await Promise.all([readAll(sp, lists.person), readAll(sp, lists["org-unit"])]);
  return personalReaders(people, units);
}

export interface PersonalAccessReport {
  foldersCreated: number;
  /** Readers granted Read where they held nothing. */
  grantsAdded: number;
  /** Former readers (a former chef, someone who moved) no longer granted anything. */
  grantsRemoved: number;
  /** Readers whose grant was another level (Contribute, from before staff were readers), now Read. */
  grantsChanged: number;
}

/** The report as lines for a person to read; none when nothing changed. */
export function describePersonalAccess(report: PersonalAccessReport): string[] {
  const lines: string[] = [];
  if (report.foldersCreated > 0) lines.push(`created ${report.foldersCreated} personal folders`);
  if (report.grantsAdded > 0) lines.push(`granted Read on personal folders ${report.grantsAdded} times`);
  if (report.grantsChanged > 0)
    lines.push(`made ${report.grantsChanged} grants on personal folders Read (they allowed writing)`);
  if (report.grantsRemoved > 0)
    lines.push(`removed ${report.grantsRemoved} grants of former readers from personal folders`);
  return lines;
}

/** Every personal list in the site: each partition of the goals and of their follow-ups. */
const personalLists = (): readonly EntityList[] => [...goalLists.all, ...goalFollowUpLists.all];

/** The people whose folders a personal list holds: those its partition number names. */
const heldBy = (list: EntityList, wanted: readonly FolderReaders[]): FolderReaders[] =>
  wanted.filter((w) => personalPartitionOf(w.employeeId) === list.personalPartition);

/** The folder's list item, where SharePoint keeps a folder's permissions. */
const folderItem = (sp: SPFI, url: string): IItem =>
  Item(sp.web.getFolderByServerRelativePath(url), "ListItemAllFields");

/**
 * The admin operation (run by the app identity, `admin@malkedjan.local` locally) that keeps the personal
 * folders right: every medarbetare has a folder in their partition of each personal list ("Individuella
 * mål n" and "Uppföljningar individuella mål n", n from their id alone: a move or a chef change never
 * moves the folder, only its readers), with inheritance broken and exactly
 * the person and their current chef granted **Read** — people only read in SharePoint; every change to a
 * goal or follow-up is a use case on the server writing with the app's identity.
 *
 * Existing folders are diffed by principal and permission level: a reader holding another level (Contribute
 * from before) is set to Read, a reader holding nothing is granted Read, a former reader (an old chef) loses
 * their grant. Only users are managed: groups and the caller (the app identity) are left alone, and so is
 * Limited Access, which SharePoint keeps itself. A second run changes
 * nothing and reports zeros. Batched: a few `$batch` requests per 20 grants, whatever the number of people.
 */
export async function syncPersonalAccess(
  sp: SPFI,
  wanted: readonly FolderReaders[],
): Promise<PersonalAccessReport> {
  const report: PersonalAccessReport = {
    foldersCreated: 0,
    grantsAdded: 0,
    grantsRemoved: 0,
    grantsChanged: 0,
  };
  if (wanted.length === 0) return report;
  const [principals, read, caller] = await Promise.all([
    ensurePrincipals(
      sp,
      wanted.flatMap((w) => w.readers),
    ),
    roleDefinitionId(sp, RoleType.Read),
    sp.web.currentUser.select("Id", "IsSiteAdmin")<{ Id: number; IsSiteAdmin: boolean }>(),
  ]);
  // Every site user (ensurePrincipals reads them all): only users are granted on a personal folder by this
  // operation, so only users are removed from one; groups (if any) stay.
  const userIds = new Set(principals.values());
  const idOf = (upn: string): number => {
    const id = principals.get(upn);
    if (id === undefined) throw new Error(`no site user for ${upn}`);
    return id;
  };

  for (const list of personalLists()) {
    const title = list.title;
    const here = heldBy(list, wanted);
    if (here.length === 0) continue;
    const root = await rootFolderUrl(sp, title);
    const existing = await sp.web.lists
      .getByTitle(title)
      .rootFolder.folders.select("Name")<{ Name: string }[]>()
      .then((folders) => new Set(folders.map((f) => f.Name)));
    const fresh = here.filter((w) => !existing.has(folderNameFor(w.employeeId)));
    const known = here.filter((w) => existing.has(folderNameFor(w.employeeId)));

    // New folders: create, stop inheriting (copying nothing), grant the readers — in order, in one changeset.
    // Breaking inheritance grants the caller Full Control; a site administrator does not need it (they read
    // everything anyway), and 12,000 such grants would follow the admin identity into every permission check.
    const create: BatchOperation[] = fresh.map((w) => (b: SPFI) => {
      const url = `${root}/${folderNameFor(w.employeeId)}`;
      const item = folderItem(b, url);
      return Promise.all([
        b.web.lists.getByTitle(title).rootFolder.folders.addUsingPath(folderNameFor(w.employeeId)),
        item.breakRoleInheritance(false, true),
        ...w.readers.map((upn) => item.roleAssignments.add(idOf(upn), read)),
        ...(caller.IsSiteAdmin && !w.readers.some((upn) => idOf(upn) === caller.Id)
          ? [item.roleAssignments.getById(caller.Id).delete()]
          : []),
      ]);
    });
    await runInBatches(sp, create, { perBatch: 20, parallel: 2 });
    report.foldersCreated += fresh.length;
    report.grantsAdded += fresh.reduce((n, w) => n + w.readers.length, 0);

    // Existing folders: read who holds which level, then make each reader's exactly Read and remove former
    // readers.
    const current = await runInBatches(
      sp,
      known.map(
        (w) => (b: SPFI) =>
          assignmentsWithRoles(folderItem(b, `${root}/${folderNameFor(w.employeeId)}`).roleAssignments),
      ),
    );
    const changes: BatchOperation[] = [];
    known.forEach((w, i) => {
      const granted = new Map((current[i] ?? []).map((row) => [row.PrincipalId, grantedRoles(row)]));
      const readers = new Set(w.readers.map(idOf));
      const assignments = (b: SPFI) =>
        folderItem(b, `${root}/${folderNameFor(w.employeeId)}`).roleAssignments;
      for (const id of readers) {
        const held = granted.get(id) ?? [];
        const { add, remove } = toExactly(held, read);
        // The caller's own levels stay: it may need them to manage this very folder.
        const removing = id === caller.Id ? [] : remove;
        if (!add && removing.length === 0) continue;
        // One operation, so Read is added before another level is removed in the same changeset.
        changes.push((b) =>
          Promise.all([
            ...(add ? [assignments(b).add(id, read)] : []),
            ...removing.map((role) => assignments(b).remove(id, role.Id)),
          ]),
        );
        if (held.length === 0) report.grantsAdded += 1;
        else report.grantsChanged += 1;
      }
      for (const [id, held] of granted) {
        if (readers.has(id) || id === caller.Id || !userIds.has(id) || held.length === 0) continue;
        changes.push((b) => assignments(b).getById(id).delete());
        report.grantsRemoved += 1;
      }
    });
    await runInBatches(sp, changes);
  }
  return report;
}
