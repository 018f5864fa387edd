import type { SPFI } from "@pnp/sp";
import { NotFoundError, type IndicatorQueries, type IndicatorRef, type IndicatorView } from "../../domain";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/**
 * One indicator's view in one round trip: the indicator by its `Key`, its etappmål (nämnd indicator, by the
 * indexed `BoardIndicatorId`) and outcomes (by the indexed `IndicatorId`), and the two small KF-level lists
 * whole (tens of rows per mandate period) for the KF indicator and målområde it sits under.
 */
export async function loadIndicator(
  sp: SPFI,
  ref: IndicatorRef,
  report?: SkippedRowReporter,
): Promise<IndicatorView> {
  const skipped = new SkippedRows(report);
  const { read } = viewReads(skipped);
  const [kfIndicators, focusAreas, boardIndicators, milestones, outcomes] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists["kf-indicator"]),
        read(b, lists["focus-area"]),
        ref.kind === "board-indicator"
          ? read(b, lists["board-indicator"], eq("Key", ref.id))
          : Promise.resolve([]),
        ref.kind === "board-indicator"
          ? read(b, lists.milestone, eq("BoardIndicatorId", ref.id))
          : Promise.resolve([]),
        read(b, lists["indicator-outcome"], eq("IndicatorId", ref.id)),
      ] as const,
  );
  const own = outcomes.filter((o) => o.indicator.kind === ref.kind);
  const where = (kfId: string | undefined) => {
    const kfIndicator = kfIndicators.find((k) => k.id === kfId);
    const focusArea = focusAreas.find((a) => a.id === kfIndicator?.focusAreaId);
    return { ...(kfIndicator ? { kfIndicator } : {}), ...(focusArea ? { focusArea } : {}) };
  };
  const skippedRows = skipped.count;
  if (ref.kind === "kf-indicator") {
    const indicator = kfIndicators.find((k) => k.id === ref.id);
    if (indicator === undefined) throw new NotFoundError("kf-indicator", ref.id);
    return { kind: ref.kind, indicator, outcomes: own, skippedRows, ...where(indicator.id) };
  }
  const indicator = boardIndicators[0];
  if (indicator === undefined) throw new NotFoundError("board-indicator", ref.id);
  return {
    kind: ref.kind,
    indicator,
    milestones,
    outcomes: own,
    skippedRows,
    ...where(indicator.kfIndicatorId),
  };
}

/** The indicator view's reads over SharePoint, as the tab's port. */
export class SharePointIndicatorQueries implements IndicatorQueries {
  constructor(
    private readonly sp: SPFI,
    private readonly reportSkipped?: SkippedRowReporter,
  ) {}

  indicator(ref: IndicatorRef): Promise<IndicatorView> {
    return loadIndicator(this.sp, ref, this.reportSkipped);
  }
}
