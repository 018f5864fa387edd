import type { MyGoalsView } from "../../../domain";

export { partyOf, type GoalParty } from "../../../domain";

/**
 * Individual goals are personal data: the medarbetare and their current chef may read them. The data layer
 * enforces this too; the view checks again so that nothing loaded by mistake is ever shown.
 */
export function mayReadGoalsOf(
  view: Pick<MyGoalsView, "person" | "chef" | "unit">,
  reader: { readonly id: string; readonly chefOf: readonly string[] },
): boolean {
  return view.person.id === reader.id || view.chef?.id === reader.id || reader.chefOf.includes(view.unit.id);
}
