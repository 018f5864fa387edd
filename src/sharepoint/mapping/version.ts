/**
 * The domain's opaque `version` is `<item id>|<etag>`: the ETag for `IF-Match`, and the item id so an update
 * or delete is one request (no look-up of the id by key first).
 */
export function versionOf(row: { Id: number; "odata.etag"?: string }): string {
  const etag = row["odata.etag"];
  if (etag === undefined) throw new Error(`row ${row.Id} came back without an ETag`);
  return `${row.Id}|${etag}`;
}

export function parseVersion(version: string): { itemId: number; etag: string } | undefined {
  const bar = version.indexOf("|");
  const itemId = Number(version.slice(0, bar));
  if (bar < 1 || !Number.isInteger(itemId) || itemId < 1) return undefined;
  return { itemId, etag: version.slice(bar + 1) };
}
