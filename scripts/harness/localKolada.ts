/**
 * A local stand-in for Kolada's open API v3 (no internet here): `/v3/data/kpi/{ids}/municipality/{codes}/year/{years}`
 * answered in Kolada's documented shape from deterministic data, for demos (`npm run import-kolada --
 * --local-kolada`) and tests. It can force paging (a small page size; `next_page`, `next_url` or page
 * numbers only; absolute or relative links), answer null values with a status, and fail the first requests
 * with 500 to exercise the client's retries.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Gender = "T" | "K" | "M";

export interface LocalKoladaOptions {
  readonly port?: number;
  readonly host?: string;
  /** Values per page when the request names no `per_page` (Kolada's own default is large). */
  readonly perPage?: number;
  /** Which key carries the next page's link: Kolada's clients disagree; `none` pages by number only. */
  readonly nextKey?: "next_page" | "next_url" | "none";
  /** Next links relative to the request (`?page=2&per_page=…`) instead of absolute. */
  readonly relativeLinks?: boolean;
  /** Answer 500 to this many data requests first. */
  readonly failFirst?: number;
  /** `<kpi>:<year>` → status: that period's values are `null` with this status. */
  readonly nullValues?: Readonly<Record<string, string>>;
}

export interface LocalKolada {
  /** The base URL to configure as `KOLADA_BASE_URL`. */
  readonly url: string;
  /** Every request's path and query, in order. */
  readonly requests: string[];
  /** Changes one figure upstream (the next import should update it). */
  setValue(kpi: string, year: number, gender: Gender, value: number | null, status?: string): void;
  /** Fails the next `count` data requests with 500. */
  failNext(count: number): void;
  close(): Promise<void>;
}

/** Total, kvinnor, män per year for the demo's KPI ids (KF 1's 2024–2025 as the demo data has them). */
const demoSeries: Readonly<Record<string, Readonly<Record<number, readonly [number, number, number]>>>> = {
  // Nettokostnadsavvikelse totalt (KF 1).
  N00097: {
    2021: [-3.9, -3.9, -3.9],
    2022: [-4.6, -4.6, -4.6],
    2023: [-5.1, -5.1, -5.1],
    2024: [-5.8, -5.8, -5.8],
    2025: [-7.1, -7.1, -7.1],
  },
  // Elever i åk 9 som är behöriga till gymnasieskolan, hemkommun (Grundskolenämnden 2).
  N15428: {
    2021: [81.0, 84.0, 78.1],
    2022: [82.3, 85.2, 79.5],
    2023: [83.0, 85.9, 80.2],
    2024: [84.2, 86.9, 81.7],
    2025: [85.1, 87.4, 82.9],
  },
};

/** Any other KPI: a steady made-up series from its digits, 2015–2025 (later years are not published yet). */
function madeUp(kpi: string, year: number): readonly [number, number, number] | undefined {
  if (year < 2015 || year > 2025) return undefined;
  const seed = Number(kpi.slice(1)) % 97;
  const total = Math.round((40 + seed / 2 + (year - 2015) * 0.7) * 10) / 10;
  return [total, Math.round((total + 2.4) * 10) / 10, Math.round((total - 2.4) * 10) / 10];
}

interface Value {
  gender: Gender;
  value: number | null;
  status: string;
  count: number;
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
};

export async function startLocalKolada(options: LocalKoladaOptions = {}): Promise<LocalKolada> {
  const requests: string[] = [];
  const overrides = new Map<string, Value>();
  let failures = options.failFirst ?? 0;

  const valuesOf = (kpi: string, year: number): Value[] | undefined => {
    const series = demoSeries[kpi]?.[year] ?? (demoSeries[kpi] === undefined ? madeUp(kpi, year) : undefined);
    const nullStatus = options.nullValues?.[`${kpi}:${year}`];
    const genders: Gender[] = ["T", "K", "M"];
    const values = genders.flatMap((gender, i): Value[] => {
      const override = overrides.get(`${kpi}:${year}:${gender}`);
      if (override !== undefined) return [override];
      if (series === undefined) return [];
      if (nullStatus !== undefined) return [{ gender, value: null, status: nullStatus, count: 0 }];
      return [{ gender, value: series[i] ?? null, status: "", count: 1 }];
    });
    return values.length === 0 ? undefined : values;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://kolada.local");
    requests.push(`${url.pathname}${url.search}`);
    const match = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(url.pathname);
    if (req.method !== "GET" || match === null) {
      json(res, 404, { error: "Not found" });
      return;
    }
    if (failures > 0) {
      failures -= 1;
      res.writeHead(500, { "Content-Type": "text/plain" }).end("Internal Server Error");
      return;
    }
    const [kpis, codes, years] = [match[1], match[2], match[3]].map((part) =>
      decodeURIComponent(part ?? "").split(","),
    ) as [string[], string[], string[]];
    const entries = kpis.flatMap((kpi) =>
      codes.flatMap((municipality) =>
        years.flatMap((year) => {
          const values = valuesOf(kpi, Number(year));
          return values === undefined ? [] : [{ kpi, municipality, period: Number(year), values }];
        }),
      ),
    );
    const perPage = Number(url.searchParams.get("per_page") ?? options.perPage ?? 5000);
    const page = Number(url.searchParams.get("page") ?? 1);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 5000 || !Number.isInteger(page) || page < 1) {
      json(res, 400, { error: "page and per_page must be positive integers, per_page at most 5000" });
      return;
    }
    const slice = entries.slice((page - 1) * perPage, page * perPage);
    const body: Record<string, unknown> = { count: entries.length, values: slice };
    const key = options.nextKey ?? "next_page";
    if (page * perPage < entries.length && key !== "none") {
      const next = new URL(url.pathname, origin);
      next.searchParams.set("page", String(page + 1));
      next.searchParams.set("per_page", String(perPage));
      body[key] = options.relativeLinks === true ? next.search : next.toString();
    }
    json(res, 200, body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve),
  );
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url: origin,
    requests,
    setValue: (kpi, year, gender, value, status = "") => {
      overrides.set(`${kpi}:${year}:${gender}`, { gender, value, status, count: value === null ? 0 : 1 });
    },
    failNext: (count) => {
      failures = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
