import type { EntityByKind } from "../model/entities";
import type { ItemKind } from "../model/kinds";
import type { Versioned } from "./versioned";

/**
 * Storage of one kind of entity. Implementations reject with domain errors:
 * `NotFoundError` for an unknown id, `ConflictError` (carrying the current version) when
 * `expectedVersion` is stale or when `create` meets an existing id. Validation and access checks happen
 * before these calls (rules/), not in storage.
 */
export interface EntityRepository<T extends { readonly id: string }> {
  get(id: string): Promise<Versioned<T>>;
  /** Batched read; unknown ids are left out (order follows `ids`). */
  getMany(ids: readonly string[]): Promise<Versioned<T>[]>;
  create(value: T): Promise<Versioned<T>>;
  update(value: T, expectedVersion: string): Promise<Versioned<T>>;
  delete(id: string, expectedVersion: string): Promise<void>;
}

/** One repository per kind, keyed by the kind's code name. */
export type Repositories = { readonly [K in ItemKind]: EntityRepository<EntityByKind[K]> };
