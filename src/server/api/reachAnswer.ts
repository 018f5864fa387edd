import { SMALLEST_GROUP_SHOWN, type ReachSuppression } from "../../domain";
import { reachReportSchema, type ReachReport } from "../../contracts/reachApi";
import type { ReachReportResult } from "../../usecases";

/** Why a group shows no figures, in Swedish for the table and the Excel file. */
export const suppressionText: Record<ReachSuppression, string> = {
  "small-group": `Färre än ${SMALLEST_GROUP_SHOWN} personer – visas inte så att ingen enskilds mål kan utläsas.`,
  complementary:
    "Visas inte – siffrorna skulle tillsammans med gruppen ovanför visa en mindre grupps mål (skyddande dold).",
};

/**
 * The use case's result as the contract answers it, checked against the strict schema before it leaves:
 * counts, unit names and public chain items only — no field could carry a person's name or a goal.
 */
export function reachAnswerOf(result: ReachReportResult, municipality: string): ReachReport {
  const { table, items } = result;
  const named = <T extends { readonly id: string }>(ids: readonly string[], all: readonly T[]): T[] => {
    const byId = new Map(all.map((x) => [x.id, x]));
    return ids.flatMap((id) => {
      const item = byId.get(id);
      return item === undefined ? [] : [item];
    });
  };
  return reachReportSchema.parse({
    year: result.year,
    computedAt: result.computedAt,
    minimumGroupSize: SMALLEST_GROUP_SHOWN,
    focusAreas: named(table.focusAreaIds, items.focusAreas).map(({ id, heading, dimension }) => ({
      id,
      heading,
      dimension,
    })),
    kfIndicators: named(table.kfIndicatorIds, items.kfIndicators).map(
      ({ id, number, name, focusAreaId }) => ({
        id,
        number,
        name,
        focusAreaId,
      }),
    ),
    milestones: named(table.milestoneIds, items.milestones).map(({ id, title, boardUnitId }) => ({
      id,
      title,
      boardUnitId,
    })),
    groups: result.rows.map((row) => ({
      ...(row.unit === undefined ? {} : { unitId: row.unit.id }),
      name: row.unit?.name ?? municipality,
      kind: row.unit?.kind ?? "municipality",
      ...(row.unit?.parentId === undefined ? {} : { parentUnitId: row.unit.parentId }),
      depth: row.depth,
      result: row.result.shown
        ? { shown: true, figures: row.result.figures }
        : { shown: false, reason: row.result.reason, text: suppressionText[row.result.reason] },
    })),
  });
}
