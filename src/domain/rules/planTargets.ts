/**
 * What a plan's form may offer: the items an activity of a plan may serve, and the KF indicators a
 * verksamhetsplan has not translated yet. Both are worked out with the same link rules the server checks
 * on a write, so a form never offers what the server would refuse.
 */
import type { ServedItem } from "../model/activity";
import type { BoardPlan } from "../model/boardPlan";
import type { KfIndicator } from "../model/kfIndicator";
import type { WorkPlan } from "../model/workPlan";
import { checkActivity } from "./links/workPlans";
import type { ModelIndex } from "./snapshot";

/** One item an activity may serve, with the words a form shows. */
export interface LinkTarget {
  readonly serves: ServedItem;
  readonly title: string;
}

/** The valid targets for an activity of `plan`: etappmål and uppdrag, or the parent plan's activities; always the basuppdrag. */
export const linkTargetsOf = (plan: WorkPlan, model: ModelIndex): LinkTarget[] => {
  const candidates: LinkTarget[] =
    plan.level === "administration"
      ? [
          ...model
            .all("milestone")
            .filter((m) => m.boardPlanId === plan.parentPlanId)
            .map((m) => ({ serves: { kind: "milestone", id: m.id } as const, title: m.title })),
          ...model
            .all("assignment")
            .filter((a) => a.boardPlanId === plan.parentPlanId)
            .map((a) => ({ serves: { kind: "assignment", id: a.id } as const, title: a.title })),
        ]
      : model
          .all("activity")
          .filter((a) => a.workPlanId === plan.parentPlanId)
          .map((a) => ({ serves: { kind: "activity", id: a.id } as const, title: a.title }));
  const valid = candidates.filter(
    (c) =>
      checkActivity({ id: "candidate", workPlanId: plan.id, title: c.title, serves: c.serves }, model)
        .length === 0,
  );
  return [...valid, { serves: { kind: "core-mission" }, title: "Basuppdraget" }];
};

/** KF indicators of the plan's mandate that no nämnd indicator of the plan translates yet, in KF's order. */
export const untranslatedKfIndicators = (plan: BoardPlan, model: ModelIndex): KfIndicator[] => {
  const translated = new Set(
    model
      .all("board-indicator")
      .filter((x) => x.boardPlanId === plan.id)
      .map((x) => x.kfIndicatorId),
  );
  return model
    .all("kf-indicator")
    .filter(
      (kf) => model.get("focus-area", kf.focusAreaId)?.programDeclarationId === plan.programDeclarationId,
    )
    .filter((kf) => !translated.has(kf.id))
    .sort((a, b) => a.number - b.number);
};
