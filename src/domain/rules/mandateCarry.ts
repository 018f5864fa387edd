/**
 * Next year's verksamhetsplan across a mandate boundary: the copy follows the new mandate's KF level, each
 * tolkning and link re-pointed to the new mandate's item copied from the one it pointed at (`copiedFromId`).
 * What the new mandate no longer has is left out: a tolkning of a målområde, a translated KF indicator
 * (with its etappmål), an uppdrag's målområde.
 */
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { ProgramDeclaration } from "../model/programDeclaration";
import { carriedInto } from "./kfLevel";
import type { BoardPlanItems } from "./planCopy";

export interface NewMandate {
  readonly declaration: ProgramDeclaration;
  /** The new mandate's målområden and KF indicators (others may be among them: they are ignored). */
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
}

export const carryPlanIntoMandate = (
  plan: BoardPlan,
  items: BoardPlanItems,
  into: NewMandate,
): { readonly plan: BoardPlan; readonly items: BoardPlanItems } => {
  const areas = into.focusAreas.filter((f) => f.programDeclarationId === into.declaration.id);
  const areaIds = new Set(areas.map((f) => f.id));
  const indicators = into.kfIndicators.filter((k) => areaIds.has(k.focusAreaId));
  const interpretations = plan.interpretations.flatMap((i) => {
    const area = carriedInto(i.focusAreaId, areas);
    return area === undefined ? [] : [{ ...i, focusAreaId: area.id }];
  });
  const boardIndicators = items.indicators.flatMap((x): BoardIndicator[] => {
    const kf = carriedInto(x.kfIndicatorId, indicators);
    return kf === undefined ? [] : [{ ...x, kfIndicatorId: kf.id, number: kf.number }];
  });
  const kept = new Set(boardIndicators.map((x) => x.id));
  const assignments = items.assignments.map((x): Assignment => {
    if (x.focusAreaId === undefined) return x;
    const { focusAreaId, ...rest } = x;
    const area = carriedInto(focusAreaId, areas);
    return area === undefined ? rest : { ...rest, focusAreaId: area.id };
  });
  return {
    plan: { ...plan, programDeclarationId: into.declaration.id, interpretations },
    items: {
      indicators: boardIndicators,
      milestones: items.milestones.filter((m) => kept.has(m.boardIndicatorId)),
      assignments,
    },
  };
};
