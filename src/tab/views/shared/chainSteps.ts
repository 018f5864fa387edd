import { chainUpward, itemLabel, type ItemKind, type ItemRef, type ModelIndex } from "../../../domain";
import type { LabelledKind } from "../../components/strings";

/** One step of the chain upward, ready to show: what kind of item and its name. */
export interface ChainStep {
  readonly ref: ItemRef<LabelledKind>;
  readonly label: string;
}

export interface ActivityChain {
  /** From the item's nearest parent up to the målområde (the vision is left out: it is the same for all). */
  readonly steps: readonly ChainStep[];
  readonly servesCoreMission: boolean;
  readonly assignmentWithoutFocusArea: boolean;
}

/** Kinds shown on the way up; the programförklaring and vision are common to every chain. */
const SHOWN: ReadonlySet<ItemKind> = new Set<ItemKind>([
  "focus-area",
  "kf-indicator",
  "board-plan",
  "board-indicator",
  "milestone",
  "assignment",
  "work-plan",
  "activity",
]);

const isShown = (ref: ItemRef): ref is ItemRef<LabelledKind> => SHOWN.has(ref.kind);

export function labelOf(model: ModelIndex, ref: ItemRef): string {
  const entity = model.get(ref.kind, ref.id);
  return entity === undefined ? ref.id : itemLabel(ref.kind, entity);
}

/** The chain above an item through the domain's own walk, the first route (activities have exactly one). */
export function chainAbove(item: ItemRef, model: ModelIndex): ActivityChain {
  const upward = chainUpward(item, model);
  const route = upward.routes[0] ?? [];
  return {
    // A basuppdrag activity's route only climbs through plans: say "basuppdrag" instead of listing them.
    steps: upward.servesCoreMission
      ? []
      : route
          .slice(1)
          .filter(isShown)
          .map((ref) => ({ ref, label: labelOf(model, ref) })),
    servesCoreMission: upward.servesCoreMission,
    assignmentWithoutFocusArea: upward.hasAssignmentWithoutFocusArea,
  };
}
