import type { EntityByKind } from "../model/entities";
import type { ItemKind } from "../model/kinds";

/** How an item is named in lists and breadcrumbs: indicators by number and name, others by title. */
export function itemLabel<K extends ItemKind>(kind: K, entity: EntityByKind[K]): string {
  const e = entity as EntityByKind[ItemKind];
  if ("number" in e && "name" in e) return `${e.number}. ${e.name}`;
  if ("heading" in e) return e.heading;
  if ("title" in e) return e.title;
  if ("name" in e) return e.name;
  if ("text" in e) return e.text;
  return e.id;
}
