import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IListItemFormUpdateValue } from "@pnp/sp/lists";
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type EntityByKind,
  type EntityRepository,
  type ItemKind,
  type Versioned,
} from "../../domain";
import { fromRow, selectOf, toFields, type ListRow, type Partitions } from "../mapping/rowMapping";
import { parseVersion } from "../mapping/version";
import { anyOf, eq } from "../odata/filter";
import { isDuplicateValues, readSharePointFailure } from "../pnp/sharePointError";
import { SharePointRequestError } from "../pnp/domainErrors";
import type { EntityList } from "../schema/columns";
import { inOneBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import { rethrowAsDomainError, type RepositoryContext } from "./context";
import { personalFolderUrl } from "./personalFolders";
import { queuePlacement } from "./placementReader";

type Entity<K extends ItemKind> = EntityByKind[K];

/** Keys per `Key eq … or …` request in getMany: short enough for any URL, many fewer requests than ids. */
const keysPerRequest = 40;

/**
 * One entity kind stored in one SharePoint list. Reads are one request; create and update are two round
 * trips (one batch reading what the item's partitions are copied from and whether the key exists, then the
 * write); delete is one.
 */
export class SharePointEntityRepository<K extends ItemKind> implements EntityRepository<Entity<K>> {
  constructor(
    private readonly context: RepositoryContext,
    readonly list: EntityList<K>,
  ) {}

  private get sp(): SPFI {
    return this.context.sp;
  }

  /** Queues the read of rows by key on `sp` (a batched root or not). */
  readByKeys(sp: SPFI, ids: readonly string[]): Promise<ListRow[]>[] {
    const reads: Promise<ListRow[]>[] = [];
    for (let i = 0; i < ids.length; i += keysPerRequest) {
      reads.push(
        rowsWhere(sp, this.list.title, selectOf(this.list), anyOf("Key", ids.slice(i, i + keysPerRequest))),
      );
    }
    return reads;
  }

  async find(id: string): Promise<Versioned<Entity<K>> | undefined> {
    try {
      const [row] = await rowsWhere(this.sp, this.list.title, selectOf(this.list), eq("Key", id));
      return row === undefined ? undefined : fromRow(this.list, row);
    } catch (error) {
      return rethrowAsDomainError(error, this.context, `read ${this.list.title}`, this.list.kind, id, "read");
    }
  }

  async get(id: string): Promise<Versioned<Entity<K>>> {
    const found = await this.find(id);
    if (found === undefined) throw new NotFoundError(this.list.kind, id);
    return found;
  }

  async getMany(ids: readonly string[]): Promise<Versioned<Entity<K>>[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    try {
      const pages = await inOneBatch(this.sp, (batched) => this.readByKeys(batched, unique));
      const byKey = new Map(pages.flat().map((row) => [String(row["Key"]), row]));
      return ids.flatMap((id) => {
        const row = byKey.get(id);
        return row === undefined ? [] : [fromRow(this.list, row)];
      });
    } catch (error) {
      return rethrowAsDomainError(
        error,
        this.context,
        `read ${this.list.title}`,
        this.list.kind,
        ids.join(","),
        "read",
      );
    }
  }

  /** One batch: the existing row with this key (if any) and what the item's partitions are copied from. */
  private async existingAndPlacement(
    value: Entity<K>,
  ): Promise<[Versioned<Entity<K>> | undefined, Partitions]> {
    const [rows, partitions] = await inOneBatch(
      this.sp,
      (batched) =>
        [
          rowsWhere(batched, this.list.title, selectOf(this.list), eq("Key", value.id)),
          queuePlacement(batched, this.list.kind, value),
        ] as const,
    );
    const row = rows[0];
    return [row === undefined ? undefined : fromRow(this.list, row), partitions];
  }

  async create(value: Entity<K>): Promise<Versioned<Entity<K>>> {
    let existingAndPartitions: [Versioned<Entity<K>> | undefined, Partitions];
    try {
      existingAndPartitions = await this.existingAndPlacement(value);
    } catch (error) {
      return rethrowAsDomainError(
        error,
        this.context,
        `read ${this.list.title}`,
        this.list.kind,
        value.id,
        "create",
      );
    }
    const [existing, partitions] = existingAndPartitions;
    if (existing !== undefined) throw new ConflictError(this.list.kind, value.id, existing);
    return this.insert(value, partitions);
  }

  /**
   * Writes a new row with partitions the caller already worked out (one round trip; a use case that has read
   * the organisation places the item itself). The caller has made sure the key is free.
   */
  async insert(value: Entity<K>, partitions: Partitions): Promise<Versioned<Entity<K>>> {
    try {
      const fields = toFields(this.list, value, partitions);
      return this.list.personal === true
        ? await this.createInFolder(value, fields, partitions)
        : fromRow(this.list, await listByTitle(this.sp, this.list.title).items.add(fields));
    } catch (error) {
      if (error instanceof ValidationError || error instanceof NotFoundError) throw error;
      if (error instanceof ConflictError) throw error;
      const failure = await readSharePointFailure(error);
      if (failure !== undefined && isDuplicateValues(failure)) throw await this.keyTaken(value.id);
      return rethrowAsDomainError(
        error,
        this.context,
        `create in ${this.list.title}`,
        this.list.kind,
        value.id,
        "create",
      );
    }
  }

  /**
   * Personal rows go into the medarbetare's folder. REST's `items.add` cannot target a folder, so this uses
   * AddValidateUpdateItemUsingPath (values as text) and reads the row back in the same batch.
   */
  private async createInFolder(
    value: Entity<K>,
    fields: Record<string, string | number | null>,
    partitions: Partitions,
  ): Promise<Versioned<Entity<K>>> {
    const employeeId = partitions.EmployeeId;
    if (employeeId === undefined) throw new NotFoundError("individual-goal", this.describeParent(value));
    const folder = await personalFolderUrl(this.sp, this.list.title, employeeId);
    const formValues = Object.entries(fields).map(([FieldName, v]) => ({
      FieldName,
      FieldValue: v === null ? "" : String(v),
    }));
    const [results, rows] = await inOneBatch(
      this.sp,
      (batched) =>
        [
          listByTitle(batched, this.list.title).addValidateUpdateItemUsingPath(formValues, folder),
          rowsWhere(batched, this.list.title, selectOf(this.list), eq("Key", value.id)),
        ] as const,
    );
    const refused = (results as IListItemFormUpdateValue[]).filter((r) => r.HasException === true);
    // PnPjs's type leaves out ErrorCode, which SharePoint sends with every field's result.
    if (refused.some((r) => isDuplicateValues(r as { ErrorCode?: number })))
      throw await this.keyTaken(value.id);
    if (refused.length > 0) {
      const message = refused.map((r) => `${r.FieldName ?? "?"}: ${r.ErrorMessage ?? ""}`).join("; ");
      throw new SharePointRequestError(`create in ${this.list.title}`, 400, "", message);
    }
    const row = rows[0];
    if (row === undefined)
      throw new SharePointRequestError(
        `create in ${this.list.title}`,
        500,
        "",
        `the new row ${value.id} could not be read back`,
      );
    return fromRow(this.list, row);
  }

  /**
   * The key was free when read and taken at the write (another request won the race; the list's unique
   * `Key` refused this one): a conflict carrying what is stored now, as a check before the write would.
   */
  private async keyTaken(id: string): Promise<ConflictError> {
    const current = await this.find(id).catch(() => undefined);
    return new ConflictError(this.list.kind, id, current ?? { value: { id } as Entity<K>, version: "" });
  }

  private describeParent(value: Entity<K>): string {
    const target = (value as { target?: { id?: string } }).target;
    return target?.id ?? value.id;
  }

  async update(value: Entity<K>, expectedVersion: string): Promise<Versioned<Entity<K>>> {
    const version = parseVersion(expectedVersion);
    if (version === undefined) throw new ConflictError(this.list.kind, value.id, await this.get(value.id));
    let partitions: Partitions;
    try {
      const [existing, placed] = await this.existingAndPlacement(value);
      if (existing === undefined) throw new NotFoundError(this.list.kind, value.id);
      // A version naming another row (or an older incarnation of this key) is stale by definition.
      if (parseVersion(existing.version)?.itemId !== version.itemId)
        throw new ConflictError(this.list.kind, value.id, existing);
      partitions = placed;
    } catch (error) {
      return this.rethrowWrite(error, value.id, "edit", `read ${this.list.title}`);
    }
    return this.replace(value, expectedVersion, partitions);
  }

  /**
   * Overwrites the row the version names, if it is still that version (one round trip: a MERGE with the
   * ETag; a stale one is a ConflictError carrying what is stored now).
   */
  async replace(
    value: Entity<K>,
    expectedVersion: string,
    partitions: Partitions,
  ): Promise<Versioned<Entity<K>>> {
    const version = parseVersion(expectedVersion);
    if (version === undefined) throw new ConflictError(this.list.kind, value.id, await this.get(value.id));
    try {
      const fields = toFields(this.list, value, partitions);
      const result = await listByTitle(this.sp, this.list.title)
        .items.getById(version.itemId)
        .update(fields, version.etag);
      const etag = (result as { etag?: string | null }).etag;
      return { value, version: etag ? `${version.itemId}|${etag}` : (await this.get(value.id)).version };
    } catch (error) {
      return this.rethrowWrite(error, value.id, "edit", `update in ${this.list.title}`);
    }
  }

  async delete(id: string, expectedVersion: string): Promise<void> {
    const version = parseVersion(expectedVersion);
    if (version === undefined) throw new ConflictError(this.list.kind, id, await this.get(id));
    try {
      await listByTitle(this.sp, this.list.title).items.getById(version.itemId).delete(version.etag);
    } catch (error) {
      return this.rethrowWrite(error, id, "delete", `delete in ${this.list.title}`);
    }
  }

  /** A stale ETag becomes a ConflictError carrying what is stored now. */
  private async rethrowWrite(
    error: unknown,
    id: string,
    action: "edit" | "delete",
    operation: string,
  ): Promise<never> {
    if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof ValidationError)
      throw error;
    const failure = await readSharePointFailure(error);
    if (failure?.status === 412) throw new ConflictError(this.list.kind, id, await this.get(id));
    if (failure !== undefined && isDuplicateValues(failure)) throw await this.keyTaken(id);
    return rethrowAsDomainError(error, this.context, operation, this.list.kind, id, action);
  }
}
