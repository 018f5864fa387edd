import { compileFilter, leadingCondition, type FilterExpr, type QueryOptions } from "../odata";
import { thresholdExceeded } from "../http/errors";
import type { SiteDatabase } from "../storage/database";
import { itemTable } from "../storage/lists";
import type { ItemColumns } from "./item-columns";

function pathsOf(expr: FilterExpr): string[][] {
  switch (expr.kind) {
    case "and":
    case "or":
      return [...pathsOf(expr.left), ...pathsOf(expr.right)];
    case "startswith":
    case "substringof":
      return [expr.field];
    case "compare":
      return [expr.left, expr.right].flatMap((operand) =>
        operand.kind === "field" ? [operand.path] : operand.kind === "datePart" ? [operand.field] : [],
      );
  }
}

/**
 * SharePoint's list view threshold: on a list holding more items than the threshold, a query must be served
 * by an index — its leading and-joined condition on indexed columns and matching no more than the threshold,
 * its ordering on indexed columns, its page no larger than the threshold.
 */
export function enforceThreshold(
  store: SiteDatabase,
  columns: ItemColumns,
  options: QueryOptions,
  threshold: number,
): void {
  if (columns.list.ItemCount <= threshold) return;
  if (options.top !== undefined && options.top > threshold) throw thresholdExceeded();
  for (const key of options.orderBy ?? []) {
    if (!columns.resolve(key.field).indexed) throw thresholdExceeded();
  }
  if (options.filter === undefined) return;
  const leading = leadingCondition(options.filter);
  for (const path of pathsOf(leading)) {
    if (!columns.resolve(path).indexed) throw thresholdExceeded();
  }
  const compiled = compileFilter(leading, (path) => columns.resolve(path));
  const row = store.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${itemTable(columns.list)} t WHERE ${compiled.sql} LIMIT ?)`,
    ...compiled.params,
    threshold + 1,
  );
  if ((row?.n ?? 0) > threshold) throw thresholdExceeded();
}
