import type { MetadataLevel } from "./metadata";

/** One SharePoint entity before it is shaped for a metadata level. */
export interface Entity {
  type: string;
  /** Absolute URL of the entity (odata.id / __metadata.uri). */
  id: string;
  /** Relative edit link, e.g. "Web/Lists(guid'…')/Items(1)". */
  editLink: string;
  etag?: string;
  props: Record<string, unknown>;
}

function verboseValue(value: unknown): unknown {
  if (Array.isArray(value)) return { results: value.map(verboseValue) };
  if (isEntity(value)) return shapeEntity(value, "verbose");
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, verboseValue(inner)]));
  }
  return value;
}

function isEntity(value: unknown): value is Entity {
  return (
    typeof value === "object" && value !== null && "props" in value && "editLink" in value && "type" in value
  );
}

function plainValue(value: unknown, level: MetadataLevel): unknown {
  if (Array.isArray(value)) return value.map((inner) => plainValue(inner, level));
  if (isEntity(value)) return shapeEntity(value, level);
  return value;
}

export function shapeEntity(entity: Entity, level: MetadataLevel): Record<string, unknown> {
  if (level === "verbose") {
    const metadata: Record<string, unknown> = { id: entity.id, uri: entity.id };
    if (entity.etag !== undefined) metadata.etag = entity.etag;
    metadata.type = entity.type;
    const out: Record<string, unknown> = { __metadata: metadata };
    for (const [key, value] of Object.entries(entity.props)) out[key] = verboseValue(value);
    return out;
  }
  const out: Record<string, unknown> = {};
  if (level === "minimal") {
    out["odata.type"] = entity.type;
    out["odata.id"] = entity.id;
    if (entity.etag !== undefined) out["odata.etag"] = entity.etag;
    out["odata.editLink"] = entity.editLink;
  }
  for (const [key, value] of Object.entries(entity.props)) out[key] = plainValue(value, level);
  return out;
}

/** Keeps only the selected properties (first path segment), unless nothing or `*` is selected. */
export function selectProps(entity: Entity, select: readonly string[] | undefined): Entity {
  if (select === undefined || select.length === 0 || select.includes("*")) return entity;
  const wanted = new Set(select.map((path) => (path.split("/")[0] ?? path).toLowerCase()));
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.props))
    if (wanted.has(key.toLowerCase())) props[key] = value;
  return { ...entity, props };
}
