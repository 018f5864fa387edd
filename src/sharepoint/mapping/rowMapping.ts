import {
  ValidationError,
  err,
  nextDueDate,
  ok,
  parseEntity,
  type EntityByKind,
  type ItemKind,
  type Result,
  type ValidationIssue,
  type Versioned,
} from "../../domain";
import type { EntityList, PartitionColumn } from "../schema/columns";
import { getPath, setPath } from "./paths";
import { versionOf } from "./version";

/** A row as SharePoint returns it (minimalmetadata), with the fields we select. */
export type ListRow = Record<string, unknown> & { Id: number; "odata.etag"?: string };

export type Partitions = Partial<Record<PartitionColumn, string>>;

/** SharePoint's Title column holds at most 255 characters. */
export const maxTitleLength = 255;

/** The `$select` of every read of an entity list: the row id, the key, the title and every entity column. */
export function selectOf(list: EntityList): string[] {
  return ["Id", "Key", "Title", ...list.entityColumns.map((c) => c.name)];
}

/** The partition values stored on a row (what a child item copies). */
export function partitionsFromRow(row: Record<string, unknown>): Partitions {
  const partitions: Partitions = {};
  for (const name of ["UnitYear", "AdminYear", "BoardYear", "EmployeeId"] as const) {
    const value = row[name];
    if (typeof value === "string" && value !== "") partitions[name] = value;
  }
  return partitions;
}

/** The columns to select to read a row's partitions. */
export function partitionSelect(list: EntityList): string[] {
  const names = new Set<string>(list.partitions);
  if (list.entityColumns.some((c) => c.name === "EmployeeId")) names.add("EmployeeId");
  return ["Id", "Key", ...names];
}

/** Entity → SharePoint field values (plain JSON as `items.add` and MERGE take them). */
export function toFields<K extends ItemKind>(
  list: EntityList<K>,
  entity: EntityByKind[K],
  partitions: Partitions,
): Record<string, string | number | null> {
  const record = entity as unknown as Record<string, unknown>;
  const title =
    "from" in list.titleColumn
      ? String(getPath(record, list.titleColumn.from))
      : list.titleColumn.label(record);
  if ("from" in list.titleColumn && title.length > maxTitleLength) {
    throw new ValidationError(list.kind, entity.id, [
      { path: list.titleColumn.from, code: "too_big", message: `högst ${maxTitleLength} tecken` },
    ]);
  }
  const fields: Record<string, string | number | null> = {
    Key: entity.id,
    Title: title.slice(0, maxTitleLength),
  };
  for (const column of list.entityColumns) {
    const value = getPath(record, column.from);
    if (value === undefined || value === null) fields[column.name] = null;
    else if (column.json === true) fields[column.name] = JSON.stringify(value);
    else if (column.kind === "number") fields[column.name] = Number(value);
    else fields[column.name] = String(value);
  }
  // A partition that does not apply (a nämnd-level item has no förvaltning) stays empty.
  for (const partition of list.partitions) fields[partition] = partitions[partition] ?? null;
  if (list.partitions.includes("NextDue")) fields["NextDue"] = nextDueField(entity, partitions.NextDue);
  return fields;
}

/**
 * A goal's `NextDue` as the writer worked it out from the goal's follow-ups ("" = none); a writer that read no
 * follow-ups gets the goal's earliest open date, never later than the true one: such a goal is read by a
 * reminder run sooner than needed, never missed.
 */
function nextDueField(entity: unknown, given: string | undefined): string | null {
  if (given !== undefined) return given === "" ? null : given;
  const goal = entity as Parameters<typeof nextDueDate>[0];
  return nextDueDate(goal, []) ?? null;
}

/** Data in the list that the domain refuses: a person edited the list by hand, or the schema moved on. */
export class StoredDataError extends Error {
  constructor(
    readonly listTitle: string,
    readonly key: string,
    readonly invalid: ValidationError,
    /** The row's SharePoint id, when known (a row with no usable Key is still found by it). */
    readonly rowId?: number,
  ) {
    const where = rowId === undefined ? "" : ` (Id ${rowId})`;
    super(`${listTitle}: the row with Key ${key}${where} is not a valid entity: ${invalid.message}`);
    this.name = "StoredDataError";
  }
}

/** JSON text as stored in a JSON column; text that is not JSON is an issue at that column's path. */
function parseJsonColumn(raw: unknown, path: string): Result<unknown, ValidationIssue> {
  try {
    return ok(JSON.parse(String(raw)));
  } catch {
    return err({ path, code: "invalid_json", message: "ogiltig JSON" });
  }
}

/**
 * SharePoint row → validated entity with its version, or why the row is not one. Never throws: the view
 * readers leave such a row out and report it.
 */
export function readRow<K extends ItemKind>(
  list: EntityList<K>,
  row: ListRow,
): Result<Versioned<EntityByKind[K]>, StoredDataError> {
  const key = String(row["Key"]);
  const refused = (issues: readonly ValidationIssue[]) =>
    err(new StoredDataError(list.title, key, new ValidationError(list.kind, key, issues), row.Id));
  const entity: Record<string, unknown> = { id: row["Key"] };
  if ("from" in list.titleColumn) setPath(entity, list.titleColumn.from, row["Title"]);
  for (const column of list.entityColumns) {
    const raw = row[column.name];
    if (raw === null || raw === undefined || raw === "") continue;
    if (column.json === true) {
      const parsed = parseJsonColumn(raw, column.from);
      if (!parsed.ok) return refused([parsed.error]);
      setPath(entity, column.from, parsed.value);
    } else if (column.kind === "number") setPath(entity, column.from, Number(raw));
    else setPath(entity, column.from, String(raw));
  }
  const parsed = parseEntity(list.kind, entity);
  if (!parsed.ok) return err(new StoredDataError(list.title, key, parsed.error, row.Id));
  return ok({ value: parsed.value, version: versionOf(row) });
}

/** SharePoint row → validated entity with its version; throws `StoredDataError` for a row the domain refuses. */
export function fromRow<K extends ItemKind>(list: EntityList<K>, row: ListRow): Versioned<EntityByKind[K]> {
  const read = readRow(list, row);
  if (!read.ok) throw read.error;
  return read.value;
}
