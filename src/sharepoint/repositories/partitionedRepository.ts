import type { SPFI } from "@pnp/sp";
import {
  ConflictError,
  NotFoundError,
  type EntityByKind,
  type EntityRepository,
  type ItemKind,
  type Versioned,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { noneIfUnseen, partitionRowsWhere } from "../lists/rows";
import { fromRow, selectOf, type ListRow, type Partitions } from "../mapping/rowMapping";
import { parseVersion } from "../mapping/version";
import { eq } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import type { PartitionedList } from "../schema/lists";
import { rethrowAsDomainError, type RepositoryContext } from "./context";
import { SharePointEntityRepository } from "./entityRepository";
import { queuePlacement } from "./placementReader";

type Entity<K extends ItemKind> = EntityByKind[K];

/** A row read from one partition, with the partition it came from. */
interface Found<K extends ItemKind> {
  readonly part: SharePointEntityRepository<K>;
  readonly item: Versioned<Entity<K>>;
}

/**
 * A personal kind stored in a partitioned list (see `schema/personalPartitions.ts`): writes go to the
 * partition of the row's medarbetare (`EmployeeId`, from the item or its placement); reads by key, which
 * do not say whose row it is, ask every partition in the same `$batch`. Round trips are those of
 * `SharePointEntityRepository` (read 1, create and update 2), except delete: 2 (the key is found first,
 * since the version names an item id, and ids are per list).
 */
export class PartitionedEntityRepository<K extends ItemKind> implements EntityRepository<Entity<K>> {
  readonly parts: readonly SharePointEntityRepository<K>[];

  constructor(
    private readonly context: RepositoryContext,
    readonly lists: PartitionedList<K>,
  ) {
    this.parts = lists.all.map((list) => new SharePointEntityRepository(context, list));
  }

  /** The partition holding this medarbetare's rows. */
  partOf(employeeId: string): SharePointEntityRepository<K> {
    const list = this.lists.of(employeeId);
    const part = this.parts.find((p) => p.list === list);
    if (part === undefined) throw new Error(`no repository for ${list.title}`);
    return part;
  }

  /**
   * Queues the read of rows by key in every partition on `sp` (a batched root or not); a partition the
   * reader may not see holds no rows for them.
   */
  readByKeys(sp: SPFI, ids: readonly string[]): Promise<{ list: EntityList<K>; rows: ListRow[] }>[] {
    return this.parts.flatMap((part) =>
      part
        .readByKeys(sp, ids)
        .map((read) => noneIfUnseen(read, []).then((rows) => ({ list: part.list, rows }))),
    );
  }

  private queueFind(sp: SPFI, id: string): Promise<Found<K> | undefined> {
    return Promise.all(
      this.parts.map((part) =>
        partitionRowsWhere(sp, part.list.title, selectOf(part.list), eq("Key", id)).then((rows) =>
          rows.map((row) => ({ part, item: fromRow(part.list, row) })),
        ),
      ),
    ).then((found) => found.flat()[0]);
  }

  private async findWithPart(id: string): Promise<Found<K> | undefined> {
    try {
      const [found] = await inOneBatch(this.context.sp, (b) => [this.queueFind(b, id)] as const);
      return found;
    } catch (error) {
      const kind = this.lists.declared.kind;
      return rethrowAsDomainError(error, this.context, `read ${this.lists.declared.title}`, kind, id, "read");
    }
  }

  async find(id: string): Promise<Versioned<Entity<K>> | undefined> {
    return (await this.findWithPart(id))?.item;
  }

  async get(id: string): Promise<Versioned<Entity<K>>> {
    const found = await this.find(id);
    if (found === undefined) throw new NotFoundError(this.lists.declared.kind, id);
    return found;
  }

  async getMany(ids: readonly string[]): Promise<Versioned<Entity<K>>[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    try {
      const pages = await inOneBatch(this.context.sp, (b) => this.readByKeys(b, unique));
      const byKey = new Map<string, Versioned<Entity<K>>>();
      for (const { list, rows } of pages)
        for (const row of rows) byKey.set(String(row["Key"]), fromRow(list, row));
      return ids.flatMap((id) => {
        const item = byKey.get(id);
        return item === undefined ? [] : [item];
      });
    } catch (error) {
      const kind = this.lists.declared.kind;
      const title = this.lists.declared.title;
      return rethrowAsDomainError(error, this.context, `read ${title}`, kind, ids.join(","), "read");
    }
  }

  /** One batch: the row with this key in any partition, and the item's partitions (whose folder, which list). */
  private async existingAndPlacement(value: Entity<K>): Promise<readonly [Found<K> | undefined, Partitions]> {
    try {
      return await inOneBatch(
        this.context.sp,
        (b) => [this.queueFind(b, value.id), queuePlacement(b, this.lists.declared.kind, value)] as const,
      );
    } catch (error) {
      const kind = this.lists.declared.kind;
      const title = this.lists.declared.title;
      return rethrowAsDomainError(error, this.context, `read ${title}`, kind, value.id, "create");
    }
  }

  private placedPart(value: Entity<K>, partitions: Partitions): SharePointEntityRepository<K> {
    const employeeId = partitions.EmployeeId;
    if (employeeId === undefined) {
      const target = (value as { target?: { id?: string } }).target;
      throw new NotFoundError("individual-goal", target?.id ?? value.id);
    }
    return this.partOf(employeeId);
  }

  async create(value: Entity<K>): Promise<Versioned<Entity<K>>> {
    const [existing, partitions] = await this.existingAndPlacement(value);
    if (existing !== undefined) throw new ConflictError(this.lists.declared.kind, value.id, existing.item);
    return this.placedPart(value, partitions).insert(value, partitions);
  }

  insert(value: Entity<K>, partitions: Partitions): Promise<Versioned<Entity<K>>> {
    return this.placedPart(value, partitions).insert(value, partitions);
  }

  async update(value: Entity<K>, expectedVersion: string): Promise<Versioned<Entity<K>>> {
    const version = parseVersion(expectedVersion);
    const kind = this.lists.declared.kind;
    if (version === undefined) throw new ConflictError(kind, value.id, await this.get(value.id));
    const [existing, partitions] = await this.existingAndPlacement(value);
    if (existing === undefined) throw new NotFoundError(kind, value.id);
    // A version naming another row (or an older incarnation of this key) is stale by definition.
    if (parseVersion(existing.item.version)?.itemId !== version.itemId)
      throw new ConflictError(kind, value.id, existing.item);
    return existing.part.replace(value, expectedVersion, partitions);
  }

  replace(value: Entity<K>, expectedVersion: string, partitions: Partitions): Promise<Versioned<Entity<K>>> {
    return this.placedPart(value, partitions).replace(value, expectedVersion, partitions);
  }

  async delete(id: string, expectedVersion: string): Promise<void> {
    const found = await this.findWithPart(id);
    if (found === undefined) throw new NotFoundError(this.lists.declared.kind, id);
    return found.part.delete(id, expectedVersion);
  }
}
