import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { ItemKind, EntityByKind } from "../../../domain";
import type { OrgChanges, RowChange } from "../../../orgimport";
import { listByTitle } from "../../lists/rows";
import { toFields } from "../../mapping/rowMapping";
import { parseVersion } from "../../mapping/version";
import { partitionsOf } from "../../placement/partitions";
import type { EntityList } from "../../schema/columns";
import { lists } from "../../schema/lists";
import { runInBatches, type BatchOperation } from "../batches";
import { syncPersonalAccess, type PersonalAccessReport } from "../personalAccess";
import { ensureSiteMembers } from "../principals";
import { ensureGroup, setArchivedAccess } from "./archivedAccess";
import { movePersonalRows } from "./movePersonalRows";

export interface ApplyOptions {
  /** The SharePoint group that alone reads the goals of people who have left. */
  readonly hrGroup: string;
  /** Goals of this year and later move with a medarbetare who moves unit. */
  readonly fromYear: number;
}

export interface ApplyReport {
  readonly rowsWritten: number;
  readonly goalsMoved: number;
  readonly followUpsMoved: number;
  readonly access: PersonalAccessReport;
  readonly archivedGrants: number;
}

/** Adds a new row or MERGEs over the stored version (its ETag): a row changed meanwhile fails with 412. */
function writeRow<K extends ItemKind>(
  list: EntityList<K>,
  change: RowChange<EntityByKind[K]>,
): BatchOperation {
  const fields = toFields(list, change.value, partitionsOf(list.kind, change.value, new Map(), undefined));
  return (b) => {
    if (change.version === undefined) return listByTitle(b, list.title).items.add(fields);
    const version = parseVersion(change.version);
    if (version === undefined) throw new Error(`${list.title}: ${change.value.id} has no stored version`);
    return listByTitle(b, list.title).items.getById(version.itemId).update(fields, version.etag);
  };
}

/**
 * Writes what the diff found, in an order that makes a failed run converge when run again: first what follows
 * from a change (a mover's goals placed in the new unit, the personal folders' readers, the HR group on
 * leavers' folders), then the Organisation and Personer rows, which are what the next run's diff reads. Until
 * a person's (or unit's) row is written, the next run sees the change as still to do and does it whole again;
 * every step before it writes only what differs, so doing it twice is harmless.
 */
export async function applyOrgChanges(
  sp: SPFI,
  changes: OrgChanges,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const units = new Map(changes.after.units.map((u) => [u.id, u]));
  const moved = await movePersonalRows(
    sp,
    changes.moves.map((m) => ({ employeeId: m.employeeId, toUnitId: m.toUnitId })),
    units,
    options.fromYear,
  );

  const newcomers = changes.persons.filter((p) => p.version === undefined).map((p) => p.value.id);
  if (newcomers.length > 0) await ensureSiteMembers(sp, newcomers);
  const access = await syncPersonalAccess(sp, changes.access);

  let archivedGrants = 0;
  const leaving = changes.leavers.map((p) => p.value.id);
  if (leaving.length > 0 || changes.returning.length > 0) {
    const group = await ensureGroup(sp, options.hrGroup);
    const result = await setArchivedAccess(sp, group, leaving, changes.returning);
    archivedGrants = result.granted + result.revoked;
  }

  const unitWrites = changes.units.map((change) => writeRow(lists["org-unit"], change));
  await runInBatches(sp, unitWrites);
  const personWrites = [...changes.persons, ...changes.leavers].map((change) =>
    writeRow(lists.person, change),
  );
  await runInBatches(sp, personWrites);

  return {
    rowsWritten: unitWrites.length + personWrites.length,
    goalsMoved: moved.goals,
    followUpsMoved: moved.followUps,
    access,
    archivedGrants,
  };
}
