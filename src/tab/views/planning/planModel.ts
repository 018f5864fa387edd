import {
  isCurrentPlan,
  planStatusOf,
  versionNumberOf,
  type BoardPlan,
  type OrgUnit,
  type PlanKind,
  type PlanStatus,
  type Versioned,
  type WorkPlan,
} from "../../../domain";

/**
 * Planering's pure rules: which unit and plan the page shows and what it offers. They only decide what to
 * offer: the server's use cases decide every write again for the verified caller.
 */

export interface PlanOwnerView {
  readonly unitId: string;
  readonly chefOf: readonly string[];
  readonly plannerFor: readonly string[];
}

/** The units a person writes plans for: those they lead and those they plan for (and the units below). */
export const ownUnits = (person: PlanOwnerView): string[] => [
  ...new Set([...person.plannerFor, ...person.chefOf]),
];

/** The unit shown when the route names none: the first they plan for or lead, else their own (to read). */
export const defaultUnitOf = (person: PlanOwnerView): string | undefined =>
  ownUnits(person)[0] ?? person.unitId;

/** A nämnd has a verksamhetsplan; every unit below it an arbetsplan. */
export const planKindOf = (unit: Pick<OrgUnit, "kind">): PlanKind =>
  unit.kind === "board" ? "board-plan" : "work-plan";

/**
 * Whether the person may write the unit's plan, as the access policy says: a nämnd's verksamhetsplan its
 * planners; an arbetsplan the unit's chef or a planner for it or a unit above (the directory's
 * `plannerFor` already holds the units below).
 */
export const mayWritePlanOf = (person: PlanOwnerView, unit: Pick<OrgUnit, "id" | "kind">): boolean =>
  unit.kind === "board"
    ? person.plannerFor.includes(unit.id)
    : person.plannerFor.includes(unit.id) || person.chefOf.includes(unit.id);

/**
 * The version the page works on among every version of the unit's plan for the year: the newest one not
 * replaced (an utkast of a new version before the fastställd one it will replace).
 */
export function workingPlanOf<P extends BoardPlan | WorkPlan>(
  plans: readonly Versioned<P>[],
): Versioned<P> | undefined {
  return plans
    .filter((p) => isCurrentPlan(p.value))
    .sort((a, b) => versionNumberOf(b.value) - versionNumberOf(a.value))[0];
}

export interface PlanOffers {
  /** The plan's items and texts can be written (an utkast in force, and the person owns it). */
  readonly edit: boolean;
  readonly adopt: boolean;
  readonly report: boolean;
  readonly newVersion: boolean;
  readonly nextYear: boolean;
  /** Why the forms are read-only, when they are. */
  readonly readOnly: "not-owner" | "state" | "superseded" | undefined;
}

/** What the page offers for a plan: read-only for anyone but its owners, and for a plan no longer an utkast. */
export function offersFor(
  plan: BoardPlan | WorkPlan,
  owner: boolean,
  others: readonly (BoardPlan | WorkPlan)[],
): PlanOffers {
  const status: PlanStatus = planStatusOf(plan);
  const current = isCurrentPlan(plan);
  const openDraft = others.some((p) => p.id !== plan.id && isCurrentPlan(p) && planStatusOf(p) === "draft");
  const draft = status === "draft" && current;
  return {
    edit: owner && draft,
    adopt: owner && draft,
    report: owner && current && status === "adopted",
    newVersion: owner && current && status !== "draft" && !openDraft,
    nextYear: owner && current,
    readOnly: !owner ? "not-owner" : !current ? "superseded" : draft ? undefined : "state",
  };
}

/** A decimal number as people type it (`86,5` or `86.5`); undefined when it is none. */
export function numberFrom(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "" || !/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The id of next year's plan of a unit; a retry of "starta nästa års plan" names the same one. */
export const nextYearPlanId = (unitId: string, year: number): string => `${unitId}-${year + 1}`;

/** The id of a new version: the unit, year and version number, readable. */
export const newVersionPlanId = (plan: BoardPlan | WorkPlan): string =>
  `${"boardUnitId" in plan ? plan.boardUnitId : plan.ownerUnitId}-${plan.year}-v${versionNumberOf(plan) + 1}`;
