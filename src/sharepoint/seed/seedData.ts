import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import {
  ITEM_KINDS,
  nextDueDate,
  type EntityByKind,
  type FollowUp,
  type ItemKind,
  type OrgUnit,
} from "../../domain";
import type { SteeringData } from "../../demo";
import { personalReaders, syncPersonalAccess } from "../admin/personalAccess";
import { ensureSiteMembers } from "../admin/principals";
import { runInBatches, type BatchOperation } from "../admin/batches";
import { toFields, type Partitions } from "../mapping/rowMapping";
import { partitionsOf, placementNeeds } from "../placement/partitions";
import { provisionSite } from "../provision";
import { personalFolderUrl } from "../repositories/personalFolders";
import type { EntityList } from "../schema/columns";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { existingKeys } from "./scanKeys";

export interface SeedReport {
  /** Rows added per list title (0 everywhere on a second run). */
  added: Record<string, number>;
  foldersCreated: number;
  millis: number;
}

/** Parents before children, so each item's partitions can be copied from its parent's. */
const seedOrder: readonly ItemKind[] = [
  "org-unit",
  "person",
  ...ITEM_KINDS.filter((k) => k !== "org-unit" && k !== "person"),
];

/**
 * Loads a whole data set into a site through PnPjs batching, as the app identity: provisions the lists and
 * the permission model (staff read, only the app writes), lets every person into the site as a reader (the
 * Members group, which holds Read), creates their personal folders readable by them and their chef only,
 * then adds the rows that are not there yet (by `Key`), 20 per `$batch`, a few batches in flight.
 */
export async function seedData(
  sp: SPFI,
  data: SteeringData,
  options: { parallel?: number } = {},
): Promise<SeedReport> {
  const started = Date.now();
  await provisionSite(sp);
  const people = data.person;
  await ensureSiteMembers(
    sp,
    people.map((p) => p.id),
  );
  const access = await syncPersonalAccess(sp, personalReaders(people, data["org-unit"]));

  const units = new Map<string, OrgUnit>(data["org-unit"].map((u) => [u.id, u]));
  const placed = new Map<string, Partitions>();
  const placedKey = (kind: ItemKind, id: string): string => `${kind}:${id}`;
  const added: Record<string, number> = {};
  const goalFollowUps = new Map<string, FollowUp[]>();
  for (const f of data["follow-up"]) {
    if (f.target.kind === "individual-goal")
      goalFollowUps.set(f.target.id, [...(goalFollowUps.get(f.target.id) ?? []), f]);
  }

  for (const kind of seedOrder) {
    const entities = data[kind] as readonly EntityByKind[ItemKind][];
    const rows: { list: EntityList; entity: EntityByKind[ItemKind]; partitions: Partitions }[] = [];
    for (const entity of entities) {
      const needs = placementNeeds(kind, entity);
      const parent =
        needs.parent === undefined ? undefined : placed.get(placedKey(needs.parent.kind, needs.parent.id));
      let partitions = partitionsOf(kind, entity, units, parent);
      placed.set(placedKey(kind, entity.id), partitions);
      if (kind === "individual-goal") {
        // The goal's next due date from the data's own follow-ups, as the goal store keeps it on write.
        const goal = entity as EntityByKind["individual-goal"];
        partitions = { ...partitions, NextDue: nextDueDate(goal, goalFollowUps.get(goal.id) ?? []) ?? "" };
      }
      const list: EntityList =
        kind === "individual-goal"
          ? goalLists.of((entity as EntityByKind["individual-goal"]).employeeId)
          : kind === "follow-up" && (entity as EntityByKind["follow-up"]).target.kind === "individual-goal"
            ? goalFollowUpLists.of(partitions.EmployeeId ?? "")
            : lists[kind];
      rows.push({ list, entity, partitions });
    }
    for (const list of new Set(rows.map((r) => r.list))) {
      const present = await existingKeys(sp, list.title);
      const missing = rows.filter((r) => r.list === list && !present.has(r.entity.id));
      const operations = await Promise.all(
        missing.map((r) => addOperation(sp, r.list, r.entity, r.partitions)),
      );
      await runInBatches(sp, operations, { perBatch: 100, parallel: options.parallel ?? 2 });
      added[list.title] = missing.length;
    }
  }
  return { added, foldersCreated: access.foldersCreated, millis: Date.now() - started };
}

/** One row's add: plain `items.add` for public lists, into the medarbetare's folder for personal ones. */
async function addOperation(
  sp: SPFI,
  list: EntityList,
  entity: EntityByKind[ItemKind],
  partitions: Partitions,
): Promise<BatchOperation> {
  const fields = toFields(list, entity, partitions);
  if (list.personal !== true) return (b) => b.web.lists.getByTitle(list.title).items.add(fields);
  const employeeId = partitions.EmployeeId;
  if (employeeId === undefined)
    throw new Error(`${list.title}: ${entity.id} has no medarbetare to file it under`);
  const folder = await personalFolderUrl(sp, list.title, employeeId);
  const formValues = Object.entries(fields).map(([FieldName, v]) => ({
    FieldName,
    FieldValue: v === null ? "" : String(v),
  }));
  return (b) =>
    b.web.lists
      .getByTitle(list.title)
      .addValidateUpdateItemUsingPath(formValues, folder)
      .then((results) => {
        const refused = results.filter((r) => r.HasException === true);
        if (refused.length > 0) {
          throw new Error(
            `${list.title}: ${entity.id} refused: ${refused.map((r) => `${r.FieldName ?? "?"}: ${r.ErrorMessage ?? ""}`).join("; ")}`,
          );
        }
      });
}
