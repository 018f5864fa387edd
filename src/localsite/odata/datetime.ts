// Dates SharePoint accepts in filters: a day, optionally a time, optionally fractions and a zone.
const isoDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The one text form DateTime values take in the local site's tables and in filter parameters, so that
 * comparing texts compares instants (and an index on the column serves range filters): UTC to the second,
 * `2024-01-31T09:05:00Z`, as SharePoint itself returns dates. A time without a zone is read as UTC.
 * Returns undefined for anything that is not an ISO 8601 date. (Additive to the contract.)
 */
export function normalizeDateTime(value: string): string | undefined {
  const match = isoDatePattern.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  // Date.parse rolls 30 February over into March; SharePoint refuses it.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  const zoned = value.includes("T") && match[4] === undefined ? `${value}Z` : value;
  const time = Date.parse(zoned);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
