/** Every kind of item in the steering model, by its English code name (Swedish terms: vocabulary.ts). */
export const ITEM_KINDS = [
  "vision",
  "program-declaration",
  "focus-area",
  "kf-indicator",
  "board-plan",
  "board-indicator",
  "milestone",
  "assignment",
  "work-plan",
  "activity",
  "individual-goal",
  "follow-up",
  "indicator-outcome",
  "org-unit",
  "person",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Items that are followed up with a FollowUp (status per period). KF indicators get outcomes instead. */
export const FOLLOWABLE_KINDS = [
  "board-plan",
  "board-indicator",
  "milestone",
  "assignment",
  "work-plan",
  "activity",
  "individual-goal",
] as const;
export type FollowableKind = (typeof FOLLOWABLE_KINDS)[number];

/** Indicators that carry measured outcomes. */
export const INDICATOR_KINDS = ["kf-indicator", "board-indicator"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A pointer to one item: unique by kind and id. */
export interface ItemRef<K extends ItemKind = ItemKind> {
  readonly kind: K;
  readonly id: string;
}
