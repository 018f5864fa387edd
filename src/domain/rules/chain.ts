/**
 * The chain upward from any item to its målområde(n) and the vision. An item can reach more than one
 * målområde (an individual goal linked to several activities), so the result lists every route. An
 * activity serving the basuppdrag has no målområde: the result says so (`servesCoreMission`) and reaches
 * the vision through its plans instead of inventing a målområde.
 */
import type { ItemKind, ItemRef } from "../model/kinds";
import { refKey, refOf, type ModelIndex } from "./snapshot";

export interface ChainUpward {
  readonly item: ItemRef;
  /** Every route upward, each starting with the item itself and ending at the top that could be reached. */
  readonly routes: readonly (readonly ItemRef[])[];
  /** Distinct målområden reached, in first-reached order. */
  readonly focusAreaIds: readonly string[];
  readonly visionId: string | undefined;
  /** Some route ends in the unit's basuppdrag rather than an etappmål or uppdrag. */
  readonly servesCoreMission: boolean;
  /** Some route names a uppdrag without a målområde. */
  readonly hasAssignmentWithoutFocusArea: boolean;
  /** Items referred to on the way but not loaded (the chain is cut there). */
  readonly missing: readonly ItemRef[];
}

interface Step {
  readonly next: readonly ItemRef[];
  readonly coreMission?: boolean;
  readonly assignmentWithoutFocusArea?: boolean;
}

/** The items directly above one item. */
const stepUp = (ref: ItemRef, model: ModelIndex): Step | undefined => {
  switch (ref.kind) {
    case "vision":
      return model.get("vision", ref.id) && { next: [] };
    case "program-declaration": {
      const x = model.get("program-declaration", ref.id);
      return x && { next: [refOf("vision", x.visionId)] };
    }
    case "focus-area": {
      const x = model.get("focus-area", ref.id);
      return x && { next: [refOf("program-declaration", x.programDeclarationId)] };
    }
    case "kf-indicator": {
      const x = model.get("kf-indicator", ref.id);
      return x && { next: [refOf("focus-area", x.focusAreaId)] };
    }
    case "board-plan": {
      // A verksamhetsplan sits under the programförklaring; its tolkningar are content, not links, so a
      // route through a plan (basuppdrag, an uppdrag without målområde) reaches no målområde.
      const x = model.get("board-plan", ref.id);
      return x && { next: [refOf("program-declaration", x.programDeclarationId)] };
    }
    case "board-indicator": {
      const x = model.get("board-indicator", ref.id);
      return x && { next: [refOf("kf-indicator", x.kfIndicatorId)] };
    }
    case "milestone": {
      const x = model.get("milestone", ref.id);
      return x && { next: [refOf("board-indicator", x.boardIndicatorId)] };
    }
    case "assignment": {
      const x = model.get("assignment", ref.id);
      if (x === undefined) return undefined;
      return x.focusAreaId === undefined
        ? { next: [refOf("board-plan", x.boardPlanId)], assignmentWithoutFocusArea: true }
        : { next: [refOf("focus-area", x.focusAreaId)] };
    }
    case "work-plan": {
      const x = model.get("work-plan", ref.id);
      if (x === undefined) return undefined;
      return { next: [refOf(x.level === "administration" ? "board-plan" : "work-plan", x.parentPlanId)] };
    }
    case "activity": {
      const x = model.get("activity", ref.id);
      if (x === undefined) return undefined;
      return x.serves.kind === "core-mission"
        ? { next: [refOf("work-plan", x.workPlanId)], coreMission: true }
        : { next: [refOf(x.serves.kind, x.serves.id)] };
    }
    case "individual-goal": {
      const x = model.get("individual-goal", ref.id);
      return x && { next: x.activityIds.map((id) => refOf("activity", id)) };
    }
    case "follow-up": {
      const x = model.get("follow-up", ref.id);
      return x && { next: [refOf(x.target.kind, x.target.id)] };
    }
    case "indicator-outcome": {
      const x = model.get("indicator-outcome", ref.id);
      return x && { next: [refOf(x.indicator.kind, x.indicator.id)] };
    }
    case "org-unit":
    case "person":
      // Not part of the steering chain.
      return model.get(ref.kind, ref.id) && { next: [] };
  }
};

const isKind =
  <K extends ItemKind>(kind: K) =>
  (ref: ItemRef): ref is ItemRef<K> =>
    ref.kind === kind;

/** Walks every route upward from the item. Cycles in bad data end a route instead of looping. */
export const chainUpward = (item: ItemRef, model: ModelIndex): ChainUpward => {
  const routes: ItemRef[][] = [];
  const missing = new Map<string, ItemRef>();
  let servesCoreMission = false;
  let hasAssignmentWithoutFocusArea = false;

  const walk = (route: ItemRef[]): void => {
    const here = route[route.length - 1];
    if (here === undefined) return;
    const step = stepUp(here, model);
    if (step === undefined) {
      missing.set(refKey(here), here);
      routes.push(route.slice(0, -1));
      return;
    }
    if (step.coreMission === true) servesCoreMission = true;
    if (step.assignmentWithoutFocusArea === true) hasAssignmentWithoutFocusArea = true;
    const onRoute = new Set(route.map(refKey));
    const next = step.next.filter((n) => !onRoute.has(refKey(n)));
    if (next.length === 0) {
      routes.push(route);
      return;
    }
    for (const n of next) walk([...route, n]);
  };
  walk([item]);

  const reached = routes.flat();
  const focusAreaIds = [...new Set(reached.filter(isKind("focus-area")).map((r) => r.id))];
  const vision = reached.find(isKind("vision"));
  return {
    item,
    routes,
    focusAreaIds,
    visionId: vision?.id,
    servesCoreMission,
    hasAssignmentWithoutFocusArea,
    missing: [...missing.values()],
  };
};
