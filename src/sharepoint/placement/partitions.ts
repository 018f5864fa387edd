import type { EntityByKind, ItemKind, OrgUnit } from "../../domain";
import type { Partitions } from "../mapping/rowMapping";

/** The parent whose partitions an item copies (an activity sits where its arbetsplan sits, …). */
export interface ParentRef {
  readonly kind: ItemKind;
  readonly id: string;
}

/** What must be read before an item can be placed: the unit tree, a parent row, or nothing. */
export interface PlacementNeeds {
  readonly units: boolean;
  readonly parent?: ParentRef;
}

export function placementNeeds<K extends ItemKind>(kind: K, entity: EntityByKind[K]): PlacementNeeds {
  const e = entity as EntityByKind[ItemKind];
  switch (kind) {
    case "board-indicator":
    case "milestone":
    case "assignment":
      return {
        units: false,
        parent: { kind: "board-plan", id: (e as EntityByKind["milestone"]).boardPlanId },
      };
    case "activity":
      return { units: false, parent: { kind: "work-plan", id: (e as EntityByKind["activity"]).workPlanId } };
    case "follow-up":
      return { units: false, parent: (e as EntityByKind["follow-up"]).target };
    case "work-plan":
    case "individual-goal":
      return { units: true };
    default:
      return { units: false };
  }
}

/** The unit itself or its nearest ancestor of the given kind. */
export function ancestorOfKind(
  unitId: string,
  kind: OrgUnit["kind"],
  units: ReadonlyMap<string, OrgUnit>,
): string | undefined {
  const seen = new Set<string>();
  let current = units.get(unitId);
  while (current !== undefined && !seen.has(current.id)) {
    if (current.kind === kind) return current.id;
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return undefined;
}

const at = (unitId: string | undefined, year: number): string | undefined =>
  unitId === undefined ? undefined : `${unitId}:${year}`;

/**
 * The partition values of an item, from its own fields, the unit tree and its parent's partitions. Pure, so
 * seeding computes them from memory and repositories from one batched read.
 */
export function partitionsOf<K extends ItemKind>(
  kind: K,
  entity: EntityByKind[K],
  units: ReadonlyMap<string, OrgUnit>,
  parent: Partitions | undefined,
): Partitions {
  const e = entity as EntityByKind[ItemKind];
  switch (kind) {
    case "board-plan": {
      const plan = e as EntityByKind["board-plan"];
      const here = at(plan.boardUnitId, plan.year);
      return { UnitYear: here, BoardYear: here };
    }
    case "work-plan": {
      const plan = e as EntityByKind["work-plan"];
      return {
        UnitYear: at(plan.ownerUnitId, plan.year),
        AdminYear: at(ancestorOfKind(plan.ownerUnitId, "administration", units), plan.year),
        BoardYear: at(ancestorOfKind(plan.ownerUnitId, "board", units), plan.year),
      };
    }
    case "individual-goal": {
      const goal = e as EntityByKind["individual-goal"];
      return {
        UnitYear: at(goal.unitId, goal.year),
        AdminYear: at(ancestorOfKind(goal.unitId, "administration", units), goal.year),
        EmployeeId: goal.employeeId,
      };
    }
    case "person": {
      const person = e as EntityByKind["person"];
      return { Planner: person.roles.length > 0 ? "yes" : undefined };
    }
    case "board-indicator":
    case "milestone":
    case "assignment":
    case "activity":
    case "follow-up":
      return { ...parent };
    default:
      return {};
  }
}
