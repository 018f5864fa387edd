/** Kolada's open API v3: `{base}/v3/data/kpi/{ids}/municipality/{codes}/year/{years}`, lists comma-separated. */
export interface KoladaQuery {
  readonly kpiIds: readonly string[];
  readonly municipalities: readonly string[];
  readonly years: readonly number[];
}

/** Paging by number, for a server that answers no next link (Kolada takes `per_page` ≤ 5,000). */
export interface KoladaPage {
  readonly page: number;
  readonly perPage: number;
}

export const maxPerPage = 5000;

const kpiId = /^[NU]\d{5}$/;
const municipalityCode = /^\d{4}$/;

/** Refuses what is not a KPI id, municipality code or year, so nothing else ever reaches the path. */
function checked(query: KoladaQuery): KoladaQuery {
  const bad = [
    ...query.kpiIds.filter((id) => !kpiId.test(id)).map((id) => `KPI-id ${JSON.stringify(id)}`),
    ...query.municipalities
      .filter((code) => !municipalityCode.test(code))
      .map((code) => `kommunkod ${JSON.stringify(code)}`),
    ...query.years
      .filter((year) => !Number.isInteger(year) || year < 1900 || year > 2100)
      .map((year) => `år ${year}`),
  ];
  if (query.kpiIds.length === 0 || query.municipalities.length === 0 || query.years.length === 0)
    bad.push("minst ett KPI-id, en kommun och ett år");
  if (bad.length > 0) throw new RangeError(`Kolada-frågan går inte att ställa: ${bad.join(", ")}`);
  return query;
}

/** The data URL for the query, on a base that may carry a path of its own (a proxy, the local stand-in). */
export function koladaDataUrl(baseUrl: string, query: KoladaQuery, page?: KoladaPage): string {
  const { kpiIds, municipalities, years } = checked(query);
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  const url = new URL(base.origin);
  url.pathname = `${prefix}/v3/data/kpi/${kpiIds.join(",")}/municipality/${municipalities.join(",")}/year/${years.join(",")}`;
  return page === undefined ? url.toString() : withPage(url.toString(), page);
}

/** The same URL at another page number. */
export function withPage(url: string, page: KoladaPage): string {
  if (!Number.isInteger(page.perPage) || page.perPage < 1 || page.perPage > maxPerPage)
    throw new RangeError(`per_page ska vara 1–${maxPerPage}`);
  const next = new URL(url);
  next.searchParams.set("page", String(page.page));
  next.searchParams.set("per_page", String(page.perPage));
  return next.toString();
}
