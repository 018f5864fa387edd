import type { SPFI } from "@pnp/sp";
import { NotFoundError, type IndicatorQueries, type IndicatorRef, type IndicatorView } from "../../domain";
import type { BoardIndicator, EntityByKind, IndicatorOutcome, ItemKind, Versioned } from "../../domain";
import { rowsWhere } from "../lists/rows";
import { readRow, selectOf, type ListRow } from "../mapping/rowMapping";
import { eq, type Filter } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import { lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/** The rows a filter matches with their versions (ETags) and raw columns; rows the domain refuses are skipped. */
function readVersioned<K extends ItemKind>(
  sp: SPFI,
  list: EntityList<K>,
  filter: Filter,
  skipped: SkippedRows,
  extra: readonly string[] = [],
): Promise<{ stored: Versioned<EntityByKind[K]>; row: ListRow }[]> {
  return rowsWhere(sp, list.title, [...selectOf(list), ...extra], filter).then((rows) =>
    rows.flatMap((row) => {
      const read = readRow(list, row);
      if (read.ok) return [{ stored: read.value, row }];
      skipped.skip({
        listTitle: list.title,
        rowId: row.Id,
        key: String(row["Key"] ?? ""),
        reason: read.error.invalid.message,
      });
      return [];
    }),
  );
}

/** The unit of a `<unit>:<year>` partition value (ids hold no `:`). */
const unitOfPartition = (value: unknown): string | undefined =>
  typeof value === "string" && value.includes(":") ? value.slice(0, value.lastIndexOf(":")) : undefined;

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
          ? readVersioned(b, lists["board-indicator"], eq("Key", ref.id), skipped, ["BoardYear"])
          : Promise.resolve([]),
        ref.kind === "board-indicator"
          ? read(b, lists.milestone, eq("BoardIndicatorId", ref.id))
          : Promise.resolve([]),
        readVersioned(b, lists["indicator-outcome"], eq("IndicatorId", ref.id), skipped),
      ] as const,
  );
  const ownStored = outcomes.filter((o) => o.stored.value.indicator.kind === ref.kind);
  const own: IndicatorOutcome[] = ownStored.map((o) => o.stored.value);
  const outcomeVersions = Object.fromEntries(ownStored.map((o) => [o.stored.value.id, o.stored.version]));
  const where = (kfId: string | undefined) => {
    const kfIndicator = kfIndicators.find((k) => k.id === kfId);
    const focusArea = focusAreas.find((a) => a.id === kfIndicator?.focusAreaId);
    return { ...(kfIndicator ? { kfIndicator } : {}), ...(focusArea ? { focusArea } : {}) };
  };
  const skippedRows = skipped.count;
  if (ref.kind === "kf-indicator") {
    const indicator = kfIndicators.find((k) => k.id === ref.id);
    if (indicator === undefined) throw new NotFoundError("kf-indicator", ref.id);
    return { kind: ref.kind, indicator, outcomes: own, outcomeVersions, skippedRows, ...where(indicator.id) };
  }
  const first = boardIndicators[0];
  if (first === undefined) throw new NotFoundError("board-indicator", ref.id);
  const indicator: BoardIndicator = first.stored.value;
  // The nämnd's id sits in the row's BoardYear partition column, read in the same request.
  const boardUnitId = unitOfPartition(first.row["BoardYear"]);
  return {
    kind: ref.kind,
    indicator,
    milestones,
    ...(boardUnitId === undefined ? {} : { boardUnitId }),
    outcomes: own,
    outcomeVersions,
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
