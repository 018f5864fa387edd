import type { EntityRepository, FollowUp, Versioned } from "../../domain";
import { NotFoundError } from "../../domain";
import { goalFollowUpLists, lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { fromRow } from "../mapping/rowMapping";
import type { RepositoryContext } from "./context";
import { rethrowAsDomainError } from "./context";
import { SharePointEntityRepository } from "./entityRepository";
import { PartitionedEntityRepository } from "./partitionedRepository";

/**
 * Follow-ups live in two places: those of individual goals are personal data and sit in the medarbetare's
 * folder of their partition of "Uppföljningar individuella mål 1 … 4"; all others in the public
 * "Uppföljningar". Writes go by the target's kind; reads by id look in every list in one batch.
 */
export class SharePointFollowUpRepository implements EntityRepository<FollowUp> {
  private readonly shared: SharePointEntityRepository<"follow-up">;
  private readonly personal: PartitionedEntityRepository<"follow-up">;

  constructor(private readonly context: RepositoryContext) {
    this.shared = new SharePointEntityRepository(context, lists["follow-up"]);
    this.personal = new PartitionedEntityRepository(context, goalFollowUpLists);
  }

  private storeFor(value: FollowUp): EntityRepository<FollowUp> {
    return value.target.kind === "individual-goal" ? this.personal : this.shared;
  }

  async getMany(ids: readonly string[]): Promise<Versioned<FollowUp>[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    try {
      const [sharedRows, personalRows] = await inOneBatch(
        this.context.sp,
        (batched) =>
          [
            Promise.all(this.shared.readByKeys(batched, unique)).then((pages) => pages.flat()),
            Promise.all(this.personal.readByKeys(batched, unique)),
          ] as const,
      );
      const found = new Map<string, Versioned<FollowUp>>();
      for (const row of sharedRows) found.set(String(row["Key"]), fromRow(lists["follow-up"], row));
      for (const { list, rows } of personalRows)
        for (const row of rows) found.set(String(row["Key"]), fromRow(list, row));
      return ids.flatMap((id) => {
        const item = found.get(id);
        return item === undefined ? [] : [item];
      });
    } catch (error) {
      return rethrowAsDomainError(error, this.context, "read follow-ups", "follow-up", ids.join(","), "read");
    }
  }

  async get(id: string): Promise<Versioned<FollowUp>> {
    const [found] = await this.getMany([id]);
    if (found === undefined) throw new NotFoundError("follow-up", id);
    return found;
  }

  create(value: FollowUp): Promise<Versioned<FollowUp>> {
    return this.storeFor(value).create(value);
  }

  update(value: FollowUp, expectedVersion: string): Promise<Versioned<FollowUp>> {
    return this.storeFor(value).update(value, expectedVersion);
  }

  async delete(id: string, expectedVersion: string): Promise<void> {
    const current = await this.get(id);
    return this.storeFor(current.value).delete(id, expectedVersion);
  }
}
