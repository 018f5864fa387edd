import type { EntityByKind, ItemKind } from "../../../../src/domain";

type AnyEntity = EntityByKind[ItemKind];

/** A copy of a demo entity under a new id (people are keyed by UPN, so they get a new UPN). */
export function copyWithNewId<K extends ItemKind>(
  kind: K,
  entity: EntityByKind[K],
  suffix: string,
): EntityByKind[K] {
  const id = kind === "person" ? `${suffix}.${entity.id}` : `${entity.id}-${suffix}`;
  return { ...entity, id };
}

/** The same entity with one user-visible text changed, whatever its kind. */
export function edited<K extends ItemKind>(kind: K, entity: EntityByKind[K], text: string): EntityByKind[K] {
  const e = entity as AnyEntity;
  for (const field of ["title", "name", "heading", "comment", "text"] as const) {
    if (field in e && typeof (e as Record<string, unknown>)[field] === "string") {
      return { ...entity, [field]: text };
    }
  }
  if (kind === "follow-up" || kind === "indicator-outcome") return { ...entity, comment: text };
  throw new Error(`no text to edit on ${kind}`);
}
