import type { EntityByKind } from "../domain/model/entities";
import { ITEM_KINDS, type ItemKind } from "../domain/model/kinds";

/**
 * A complete data set: one plain array per kind, keyed by the kind's code name. This is what later issues
 * seed SharePoint lists from (one list per kind), and what the rules check as a whole.
 */
export type SteeringData = { readonly [K in ItemKind]: readonly EntityByKind[K][] };

/** How many items of each kind a data set holds. */
export const countByKind = (data: SteeringData): Record<ItemKind, number> =>
  Object.fromEntries(ITEM_KINDS.map((kind) => [kind, data[kind].length])) as Record<ItemKind, number>;
