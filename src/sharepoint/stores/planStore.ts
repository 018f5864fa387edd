import type { SPFI } from "@pnp/sp";
import {
  NotFoundError,
  type EntityByKind,
  type OrgUnit,
  type PlanEntity,
  type PlanEntityKind,
  type PlanKind,
  type PlanScene,
  type PlanSceneRequest,
  type PlanStore,
  type Versioned,
} from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { rowsWhere } from "../lists/rows";
import { fromRow, selectOf, type Partitions } from "../mapping/rowMapping";
import { eq, type Filter } from "../odata/filter";
import { partitionsOf } from "../placement/partitions";
import { read, unitYear } from "../queries/readers";
import { SharePointEntityRepository } from "../repositories/entityRepository";
import type { EntityList } from "../schema/columns";
import { lists } from "../schema/lists";

type Versions<K extends PlanEntityKind> = Promise<Versioned<EntityByKind[K]>[]>;

/** Queues a strict read of rows with their versions (ETags): a write starts from what is stored. */
function readVersioned<K extends PlanEntityKind>(sp: SPFI, list: EntityList<K>, filter: Filter): Versions<K> {
  return rowsWhere(sp, list.title, selectOf(list), filter).then((rows) =>
    rows.map((row) => fromRow(list, row)),
  );
}

const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** The scene's six tables, in order: each queued read fills one of them. */
const TABLES = ["board-plan", "board-indicator", "milestone", "assignment", "work-plan", "activity"] as const;
type Table = (typeof TABLES)[number];
type Slot = readonly Versions<PlanEntityKind>[];

/** Six reads, one per table: `reads` names the tables read, the others stay empty. */
function slotOf(sp: SPFI, reads: Partial<Record<Table, Filter>>): Slot {
  return TABLES.map((kind) => {
    const filter = reads[kind];
    return filter === undefined
      ? none<Versioned<EntityByKind[Table]>>()
      : readVersioned(sp, lists[kind], filter);
  });
}

/**
 * The plans (and items) of one unit for one year: a nämnd's by `BoardYear`, any other unit's by `UnitYear`.
 * Each is one indexed equality: a few dozen rows at municipal scale.
 */
function queueSlot(sp: SPFI, unit: OrgUnit | undefined, year: number): Slot {
  if (unit === undefined) return slotOf(sp, {});
  const key = unitYear(unit.id, year);
  if (unit.kind === "board") {
    const at = eq("BoardYear", key);
    return slotOf(sp, { "board-plan": at, "board-indicator": at, milestone: at, assignment: at });
  }
  const at = eq("UnitYear", key);
  return slotOf(sp, { "work-plan": at, activity: at });
}

/** A plan's parent plan and the items its activities may serve, by the parent's key (indexed). */
function queueParentPlan(sp: SPFI, parent: { kind: PlanKind; id: string } | undefined): Slot {
  if (parent === undefined) return slotOf(sp, {});
  return parent.kind === "board-plan"
    ? slotOf(sp, {
        "board-plan": eq("Key", parent.id),
        milestone: eq("BoardPlanId", parent.id),
        assignment: eq("BoardPlanId", parent.id),
      })
    : slotOf(sp, { "work-plan": eq("Key", parent.id), activity: eq("WorkPlanId", parent.id) });
}

const unitMap = (units: readonly OrgUnit[]): Map<string, OrgUnit> => new Map(units.map((u) => [u.id, u]));

/**
 * Plans over SharePoint, as the app identity writes them: one batched read of the people, the unit tree and
 * the plan asked about, then one of the plans of its unit and parent unit (and the KF level); each write is
 * one request (a copy's rows one batch), partitions worked out from what was read, ETags kept.
 */
export class SharePointPlanStore implements PlanStore {
  private readonly repositories: { [K in PlanEntityKind]: SharePointEntityRepository<K> };

  constructor(private readonly sp: SPFI) {
    const context = { sp, actorId: "app" };
    this.repositories = {
      "board-plan": new SharePointEntityRepository(context, lists["board-plan"]),
      "board-indicator": new SharePointEntityRepository(context, lists["board-indicator"]),
      milestone: new SharePointEntityRepository(context, lists.milestone),
      assignment: new SharePointEntityRepository(context, lists.assignment),
      "work-plan": new SharePointEntityRepository(context, lists["work-plan"]),
      activity: new SharePointEntityRepository(context, lists.activity),
    };
  }

  async scene(request: PlanSceneRequest): Promise<PlanScene> {
    const asked = request.plan;
    const [persons, units, plans] = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists.person, eq("Key", request.callerId)),
          read(b, lists["org-unit"]),
          asked === undefined
            ? none<{ ownerUnitId: string; year: number; parent?: { kind: PlanKind; id: string } }>()
            : read(b, lists[asked.kind as PlanKind], eq("Key", asked.id)).then((found) =>
                found.map((p) =>
                  "boardUnitId" in p
                    ? { ownerUnitId: p.boardUnitId, year: p.year }
                    : {
                        ownerUnitId: p.ownerUnitId,
                        year: p.year,
                        // Usually in the parent slot; not when the plan still follows last year's parent.
                        parent: {
                          kind:
                            p.level === "administration" ? ("board-plan" as const) : ("work-plan" as const),
                          id: p.parentPlanId,
                        },
                      },
                ),
              ),
        ] as const,
    );
    // The unit and year: as asked for a new plan, else the asked plan's (none found: nothing more to read).
    const found = plans[0];
    const byId = unitMap(units);
    const ownerId = request.slot?.unitId ?? found?.ownerUnitId;
    const owner = ownerId === undefined ? undefined : byId.get(ownerId);
    const parent = owner?.parentId === undefined ? undefined : byId.get(owner.parentId);
    const year = request.slot?.year ?? found?.year ?? 0;
    const years = request.nextYear === true ? [year, year + 1] : [year];
    const reads = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists["program-declaration"]),
          read(b, lists["focus-area"]),
          read(b, lists["kf-indicator"]),
          request.servedBy === undefined
            ? none<EntityByKind["activity"]>()
            : read(b, lists.activity, eq("ServesId", request.servedBy)),
          ...years.flatMap((y) => [...queueSlot(b, owner, y), ...queueSlot(b, parent, y)]),
          ...queueParentPlan(b, found?.parent),
          ...(request.items ?? []).flatMap((x) => slotOf(b, { [x.kind]: eq("Key", x.id) })),
        ] as const,
      widestBatch,
    );
    const [programDeclarations, focusAreas, kfIndicators, servedBy, ...slots] = reads as unknown as [
      PlanScene["programDeclarations"],
      PlanScene["focusAreas"],
      PlanScene["kfIndicators"],
      PlanScene["servedBy"],
      ...unknown[][],
    ];
    // One table's rows from every read, each row once (the parent plan may also be in the parent's slot).
    const column = <T extends { value: { id: string } }>(i: number): T[] => [
      ...new Map(
        (slots.filter((_, n) => n % TABLES.length === i).flat() as T[]).map((x) => [x.value.id, x]),
      ).values(),
    ];
    return {
      caller: persons[0],
      units,
      programDeclarations,
      focusAreas,
      kfIndicators,
      boardPlans: column(0),
      boardIndicators: column(1),
      milestones: column(2),
      assignments: column(3),
      workPlans: column(4),
      activities: column(5),
      servedBy,
    };
  }

  /** Where a row sits: a plan by its unit and year, an item where its plan sits. */
  private placement(row: PlanEntity, scene: PlanScene, pending: readonly PlanEntity[]): Partitions {
    const units = unitMap(scene.units);
    const planOf = (kind: PlanKind, id: string): Partitions => {
      const stored = (kind === "board-plan" ? scene.boardPlans : scene.workPlans).find(
        (p) => p.value.id === id,
      );
      const plan = stored?.value ?? pending.find((r) => r.kind === kind && r.value.id === id)?.value;
      if (plan === undefined) throw new NotFoundError(kind, id);
      return kind === "board-plan"
        ? partitionsOf("board-plan", plan as EntityByKind["board-plan"], units, undefined)
        : partitionsOf("work-plan", plan as EntityByKind["work-plan"], units, undefined);
    };
    switch (row.kind) {
      case "board-plan":
        return partitionsOf("board-plan", row.value, units, undefined);
      case "work-plan":
        return partitionsOf("work-plan", row.value, units, undefined);
      case "board-indicator":
      case "milestone":
      case "assignment":
        return planOf("board-plan", row.value.boardPlanId);
      case "activity":
        return planOf("work-plan", row.value.workPlanId);
    }
  }

  create<K extends PlanEntityKind>(
    kind: K,
    value: EntityByKind[K],
    scene: PlanScene,
  ): Promise<Versioned<EntityByKind[K]>> {
    const row = { kind, value } as PlanEntity;
    return this.repositories[kind].insert(value, this.placement(row, scene, []));
  }

  async createAll(rows: readonly PlanEntity[], scene: PlanScene): Promise<void> {
    const placed = rows.map((row) => ({ row, partitions: this.placement(row, scene, rows) }));
    for (let i = 0; i < placed.length; i += 100) {
      const part = placed.slice(i, i + 100);
      await inOneBatch(
        this.sp,
        (b) => {
          const context = { sp: b, actorId: "app" };
          return part.map(({ row, partitions }) =>
            new SharePointEntityRepository(context, lists[row.kind] as EntityList<typeof row.kind>).insert(
              row.value as never,
              partitions,
            ),
          );
        },
        widestBatch,
      );
    }
  }

  update<K extends PlanEntityKind>(
    kind: K,
    value: EntityByKind[K],
    expectedVersion: string,
    scene: PlanScene,
  ): Promise<Versioned<EntityByKind[K]>> {
    const row = { kind, value } as PlanEntity;
    return this.repositories[kind].replace(value, expectedVersion, this.placement(row, scene, []));
  }

  remove(kind: PlanEntityKind, id: string, expectedVersion: string): Promise<void> {
    return this.repositories[kind].delete(id, expectedVersion);
  }
}
