import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  NotFoundError,
  authorize,
  latestDuePeriod,
  planModel,
  planOfUnit,
  periodsOfYear,
  refOf,
  reopenRefusal,
  rollUpFocusAreas,
  rollUpItems,
  rollUpPlan,
  unitFollowUpItems,
  unitsBelow,
  type DatedPeriod,
  type FocusAreaRollup,
  type FollowableRef,
  type FollowUp,
  type OrgUnit,
  type PeriodCompletion,
  type PlanRef,
  type PlanRollup,
  type RollupFigures,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanFollowUpDeps } from "./deps";
import { actorOf, calendarPeriod, completionOf } from "./scene";

export interface PlanFollowUpBoardRequest {
  readonly unitId: string;
  /** A calendar period; the latest one already due when absent. */
  readonly period?: string;
}

/** One item the unit follows up, with its follow-up for the period (and its version) when there is one. */
export interface BoardItem {
  readonly ref: FollowableRef;
  readonly title: string;
  readonly followUp: Versioned<FollowUp> | undefined;
}

/** A unit below, for the overview: how far its follow-up of the period has come, and its klarmarkering. */
export interface OverviewRow {
  readonly unit: OrgUnit;
  readonly depth: number;
  readonly followedUp: number;
  readonly total: number;
  readonly completion: PeriodCompletion | undefined;
}

/** Everything the Uppföljning view shows for one unit and period. */
export interface PlanFollowUpBoard {
  readonly period: DatedPeriod;
  /** The periods one may pick: last year's and this year's. */
  readonly periods: readonly DatedPeriod[];
  readonly unit: OrgUnit;
  readonly board: OrgUnit;
  /** The unit's own plan with its samlad bedömning and its roll-up; null when it has none this year. */
  readonly plan: (BoardItem & { readonly rollup: PlanRollup }) | null;
  /** The rest of what the unit follows up: the plan's items and, for a förvaltning, the uppdrag it got. */
  readonly items: readonly BoardItem[];
  /** The unit's own follow-up: `followedUp` of `total` items, the plan included. */
  readonly progress: RollupFigures;
  /** The målområden, rolled up over the unit's items and every unit's below it. */
  readonly focusAreas: readonly (FocusAreaRollup & { readonly heading: string })[];
  readonly completion: Versioned<PeriodCompletion> | undefined;
  readonly may: { readonly record: boolean; readonly complete: boolean; readonly reopen: boolean };
  /** The units below with a plan, in tree order. */
  readonly overview: readonly OverviewRow[];
  readonly skippedRows?: number;
}

const titleOf = (ref: FollowableRef, model: ReturnType<typeof planModel>): string => {
  switch (ref.kind) {
    case "board-indicator":
      return model.get("board-indicator", ref.id)?.name ?? ref.id;
    case "individual-goal":
      return ref.id;
    default:
      return model.get(ref.kind, ref.id)?.title ?? ref.id;
  }
};

/**
 * The plan follow-up of one unit for one period, as anyone signed in may read it (plans are public): the
 * unit's items with their follow-ups, the roll-ups to its plan and to the målområden, its klarmarkering,
 * what the caller may do, and the units below that have or have not klarmarkerat (with who and when).
 */
export async function planFollowUpBoard(
  deps: PlanFollowUpDeps,
  caller: VerifiedCaller,
  request: PlanFollowUpBoardRequest,
): Promise<PlanFollowUpBoard> {
  const calendar = deps.calendar ?? DEFAULT_FOLLOW_UP_CALENDAR;
  const period =
    request.period === undefined
      ? latestDuePeriod(calendar, deps.clock.today())
      : calendarPeriod(deps, request.period);
  const scene = await deps.planFollowUps.scene({
    callerId: caller.personId,
    period: period.id,
    anchor: { unitId: request.unitId },
  });
  const unitRef = refOf("org-unit", request.unitId);
  const { actor, org } = actorOf(scene, caller.personId, unitRef);
  const unit = org.unit(request.unitId);
  const board = scene.board;
  if (unit === undefined || board === undefined) throw new NotFoundError("org-unit", request.unitId);

  const { plans } = scene;
  const model = planModel(plans);
  const followUps = scene.followUps.map((f) => f.value);
  const boardItem = (ref: FollowableRef): BoardItem => ({
    ref,
    title: titleOf(ref, model),
    followUp: scene.followUps.find((f) => f.value.target.kind === ref.kind && f.value.target.id === ref.id),
  });
  const planRef: PlanRef | undefined = planOfUnit(unit, plans);
  const own = unitFollowUpItems(unit, plans);
  const items = own.filter((r) => r.kind !== planRef?.kind || r.id !== planRef.id);
  const below = unitsBelow(unit.id, scene.units);
  const chainItems = [unit, ...below.map((b) => b.unit)].flatMap((u) => unitFollowUpItems(u, plans));
  const completion = completionOf(scene, unit.id);
  const isOwner = authorize(actor, "edit", { scope: "unit", item: unitRef, ownerUnitIds: [unit.id] }, org).ok;
  const complete = completion?.value.state === "complete";

  return {
    period,
    periods: [...periodsOfYear(calendar, period.year - 1), ...periodsOfYear(calendar, period.year)],
    unit,
    board,
    plan:
      planRef === undefined
        ? null
        : { ...boardItem(planRef), rollup: rollUpPlan(planRef, plans, followUps, period.id) },
    items: items.map(boardItem),
    progress: rollUpItems(own, followUps, period.id),
    focusAreas: rollUpFocusAreas(chainItems, plans, followUps, period.id).map((r) => ({
      ...r,
      heading: model.get("focus-area", r.focusAreaId)?.heading ?? r.focusAreaId,
    })),
    completion,
    may: {
      record: isOwner && !complete && own.length > 0,
      complete: isOwner && !complete && own.length > 0,
      reopen: complete && reopenRefusal(actor, unit.id, org) === undefined,
    },
    overview: below.flatMap(({ unit: u, depth }) => {
      const theirs = unitFollowUpItems(u, plans);
      if (theirs.length === 0) return [];
      const figures = rollUpItems(theirs, followUps, period.id);
      const mark = completionOf(scene, u.id)?.value;
      return [{ unit: u, depth, followedUp: figures.followedUp, total: figures.total, completion: mark }];
    }),
    ...(scene.skippedRows === undefined ? {} : { skippedRows: scene.skippedRows }),
  };
}
