import type { EntityByKind } from "../model/entities";
import type { ItemKind, ItemRef } from "../model/kinds";

/** Any loaded set of entities, by kind; kinds not loaded may be left out. Views and demo data fit it. */
export type ModelSnapshot = { readonly [K in ItemKind]?: readonly EntityByKind[K][] };

/** Entities by kind and id, for the rules' look-ups. */
export interface ModelIndex {
  get<K extends ItemKind>(kind: K, id: string): EntityByKind[K] | undefined;
  all<K extends ItemKind>(kind: K): readonly EntityByKind[K][];
}

type Tables = { [K in ItemKind]?: Map<string, EntityByKind[K]> };

/** Indexes one or more snapshots (later ones win on a repeated id). */
export const indexModel = (...snapshots: readonly ModelSnapshot[]): ModelIndex => {
  const tables: Tables = {};
  const tableOf = <K extends ItemKind>(kind: K): Map<string, EntityByKind[K]> => {
    const existing = tables[kind] as Map<string, EntityByKind[K]> | undefined;
    if (existing !== undefined) return existing;
    const created = new Map<string, EntityByKind[K]>();
    (tables as Record<K, Map<string, EntityByKind[K]>>)[kind] = created;
    return created;
  };
  for (const snapshot of snapshots) {
    for (const kind of Object.keys(snapshot) as ItemKind[]) {
      const table = tableOf(kind);
      for (const entity of snapshot[kind] ?? []) table.set(entity.id, entity);
    }
  }
  return {
    get: (kind, id) => tableOf(kind).get(id),
    all: (kind) => [...tableOf(kind).values()],
  };
};

export const refOf = <K extends ItemKind>(kind: K, id: string): ItemRef<K> => ({ kind, id });

export const sameRef = (a: ItemRef, b: ItemRef): boolean => a.kind === b.kind && a.id === b.id;

export const refKey = (ref: ItemRef): string => `${ref.kind}:${ref.id}`;
