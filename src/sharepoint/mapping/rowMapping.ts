import { ValidationError, parseEntity, type EntityByKind, type ItemKind, type Versioned } from "../../domain";
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
  return fields;
}

/** Data in the list that the domain refuses: a person edited the list by hand, or the schema moved on. */
export class StoredDataError extends Error {
  constructor(
    readonly listTitle: string,
    readonly key: string,
    readonly invalid: ValidationError,
  ) {
    super(`${listTitle}: the row with Key ${key} is not a valid entity: ${invalid.message}`);
    this.name = "StoredDataError";
  }
}

/** SharePoint row → validated entity with its version. */
export function fromRow<K extends ItemKind>(list: EntityList<K>, row: ListRow): Versioned<EntityByKind[K]> {
  const entity: Record<string, unknown> = { id: row["Key"] };
  if ("from" in list.titleColumn) setPath(entity, list.titleColumn.from, row["Title"]);
  for (const column of list.entityColumns) {
    const raw = row[column.name];
    if (raw === null || raw === undefined || raw === "") continue;
    if (column.json === true) setPath(entity, column.from, JSON.parse(String(raw)));
    else if (column.kind === "number") setPath(entity, column.from, Number(raw));
    else setPath(entity, column.from, String(raw));
  }
  const parsed = parseEntity(list.kind, entity);
  if (!parsed.ok) throw new StoredDataError(list.title, String(row["Key"]), parsed.error);
  return { value: parsed.value, version: versionOf(row) };
}
