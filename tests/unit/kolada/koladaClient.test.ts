import {
  KoladaClient,
  KoladaError,
  backoffMs,
  defaultRetry,
  koladaDataUrl,
  measurementOf,
  parseKoladaAnswer,
  reasonOf,
  retryAfterMs,
} from "../../../src/kolada";

const base = "https://kolada.example/";
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that answers from a script, URL by URL, and records what was asked. */
function scripted(answers: Record<string, Answer[]>) {
  const asked: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    asked.push(url);
    const queue = answers[url];
    const next = queue?.shift();
    if (next === undefined) throw new Error(`unexpected request ${url}`);
    const status = next.status ?? 200;
    return new Response(status === 200 ? JSON.stringify(next.body) : "trouble", {
      status,
      headers: next.headers ?? {},
    });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const entry = (kpi: string, period: number, values: unknown[]) => ({
  kpi,
  municipality: "0126",
  period,
  values,
});
const total = (value: number | null, status = "") => ({ gender: "T", value, status, count: 1 });

const noWait = { sleep: async () => undefined, random: () => 0.5 };
const dataUrl = `${base}v3/data/kpi/N00097,N15428/municipality/0126/year/2024,2025`;

describe("the Kolada URL", () => {
  it("lists KPI ids, municipalities and years comma-separated under /v3/data, on a base with a path", () => {
    expect(
      koladaDataUrl(base, { kpiIds: ["N00097", "N15428"], municipalities: ["0126"], years: [2024, 2025] }),
    ).toBe(dataUrl);
    expect(
      koladaDataUrl(
        "http://127.0.0.1:4010/kolada/",
        { kpiIds: ["U00401"], municipalities: ["0126", "0000"], years: [2021] },
        {
          page: 2,
          perPage: 50,
        },
      ),
    ).toBe(
      "http://127.0.0.1:4010/kolada/v3/data/kpi/U00401/municipality/0126,0000/year/2021?page=2&per_page=50",
    );
  });

  it("refuses anything that is not a KPI id, a municipality code or a year, so nothing else reaches the path", () => {
    expect(() =>
      koladaDataUrl(base, { kpiIds: ["N00097/../x"], municipalities: ["0126"], years: [2024] }),
    ).toThrow(/KPI-id/);
    expect(() => koladaDataUrl(base, { kpiIds: ["N00097"], municipalities: ["126"], years: [2024] })).toThrow(
      /kommunkod/,
    );
    expect(() => koladaDataUrl(base, { kpiIds: [], municipalities: ["0126"], years: [2024] })).toThrow(
      /minst ett/,
    );
  });
});

describe("Kolada's answer as measurements", () => {
  it("maps gender T to the total, K to kvinnor and M to män", () => {
    expect(
      measurementOf([
        { gender: "K", value: 87.4, status: "" },
        { gender: "T", value: 85.1, status: "" },
        { gender: "M", value: 82.9, status: "" },
      ]),
    ).toEqual({ kind: "value", total: 85.1, women: 87.4, men: 82.9 });
    expect(measurementOf([{ gender: "T", value: 0, status: "" }])).toEqual({ kind: "value", total: 0 });
  });

  it("makes a null value a missing measurement with a reason from the status, never a zero", () => {
    expect(measurementOf([{ gender: "T", value: null, status: "Missing" }])).toEqual({
      kind: "missing",
      reason: "not-collected",
    });
    expect(reasonOf("Sekretess")).toBe("suppressed");
    expect(reasonOf("Ej relevant")).toBe("not-applicable");
    expect(reasonOf("Ej publicerad")).toBe("not-yet-published");
    expect(reasonOf(null)).toBe("not-collected");
    // A null part of the split leaves that part out; the total stands.
    expect(
      measurementOf([
        { gender: "T", value: 70, status: "" },
        { gender: "K", value: null, status: "Sekretess" },
      ]),
    ).toEqual({ kind: "value", total: 70 });
    expect(measurementOf([])).toEqual({ kind: "missing", reason: "not-collected" });
  });

  it("names each wrong field of a malformed answer", () => {
    const url = "https://kolada.example/x";
    expect(() => parseKoladaAnswer("<html>", url)).toThrow(/inte är JSON/);
    expect(() =>
      parseKoladaAnswer(
        JSON.stringify({ values: [entry("N00097", 2024, [{ gender: "X", value: "12" }])] }),
        url,
      ),
    ).toThrow(/values\.0\.values\.0\.gender.*values\.0\.values\.0\.value/s);
    expect(() => parseKoladaAnswer(JSON.stringify({ count: 1 }), url)).toThrow(KoladaError);
  });
});

describe("the Kolada client", () => {
  it("follows next_page, relative or absolute, and next_url, to the last page", async () => {
    const page2 = `${base}v3/data/kpi/N00097,N15428/municipality/0126/year/2024,2025?page=2`;
    const page3 = `${base}v3/data/kpi/N00097,N15428/municipality/0126/year/2024,2025?page=3`;
    const { fetch, asked } = scripted({
      [dataUrl]: [
        { body: { count: 3, values: [entry("N00097", 2024, [total(-5.8)])], next_page: "?page=2" } },
      ],
      [page2]: [{ body: { count: 3, values: [entry("N00097", 2025, [total(-7.1)])], next_url: page3 } }],
      [page3]: [{ body: { count: 3, values: [entry("N15428", 2025, [total(85.1)])], next_page: null } }],
    });
    const client = new KoladaClient({ baseUrl: base, fetch, ...noWait });
    const figures = await client.figures({
      kpiIds: ["N00097", "N15428"],
      municipality: "0126",
      years: [2024, 2025],
    });
    expect(asked).toEqual([dataUrl, page2, page3]);
    expect(figures.map((f) => [f.kpi, f.year, f.measurement])).toEqual([
      ["N00097", 2024, { kind: "value", total: -5.8 }],
      ["N00097", 2025, { kind: "value", total: -7.1 }],
      ["N15428", 2025, { kind: "value", total: 85.1 }],
    ]);
  });

  it("pages with page/per_page when the answer has no next link, until a page is not full", async () => {
    const at = (page: number) => `${dataUrl}?page=${page}&per_page=2`;
    const { fetch, asked } = scripted({
      [at(1)]: [{ body: { values: [entry("N00097", 2024, [total(1)]), entry("N00097", 2025, [total(2)])] } }],
      [at(2)]: [{ body: { values: [entry("N15428", 2024, [total(3)]), entry("N15428", 2025, [total(4)])] } }],
      [at(3)]: [{ body: { values: [] } }],
    });
    const client = new KoladaClient({ baseUrl: base, fetch, perPage: 2, ...noWait });
    const figures = await client.figures({
      kpiIds: ["N00097", "N15428"],
      municipality: "0126",
      years: [2024, 2025],
    });
    expect(asked).toEqual([at(1), at(2), at(3)]);
    expect(figures).toHaveLength(4);
  });

  it("ends at the last linked page even when it is full: a server that names next pages is taken at its word", async () => {
    const at = (page: number) => `${dataUrl}?page=${page}&per_page=1`;
    const { fetch, asked } = scripted({
      [at(1)]: [{ body: { values: [entry("N00097", 2024, [total(1)])], next_url: at(2) } }],
      [at(2)]: [{ body: { values: [entry("N00097", 2025, [total(2)])] } }],
    });
    const client = new KoladaClient({ baseUrl: base, fetch, perPage: 1, ...noWait });
    await client.figures({ kpiIds: ["N00097", "N15428"], municipality: "0126", years: [2024, 2025] });
    expect(asked).toEqual([at(1), at(2)]);
  });

  it("stops a next link that points back at a page already read", async () => {
    const { fetch } = scripted({
      [dataUrl]: [{ body: { values: [entry("N00097", 2024, [total(1)])], next_page: dataUrl } }],
    });
    const client = new KoladaClient({ baseUrl: base, fetch, ...noWait });
    await expect(
      client.figures({ kpiIds: ["N00097", "N15428"], municipality: "0126", years: [2024, 2025] }),
    ).rejects.toThrow(/redan lästs/);
  });

  it("retries a 500 and a 429 (waiting its Retry-After), then succeeds", async () => {
    const waits: number[] = [];
    const { fetch, asked } = scripted({
      [dataUrl]: [
        { status: 500 },
        { status: 429, headers: { "Retry-After": "3" } },
        { body: { values: [entry("N00097", 2024, [total(-5.8)])] } },
      ],
    });
    const client = new KoladaClient({
      baseUrl: base,
      fetch,
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    const figures = await client.figures({
      kpiIds: ["N00097", "N15428"],
      municipality: "0126",
      years: [2024, 2025],
    });
    expect(asked).toHaveLength(3);
    expect(waits).toEqual([250, 3000]); // jittered backoff (half of 500 ms), then Retry-After
    expect(figures).toHaveLength(1);
  });

  it("gives up after the bounded number of tries, saying so", async () => {
    const { fetch, asked } = scripted({ [dataUrl]: [{ status: 503 }, { status: 503 }, { status: 503 }] });
    const client = new KoladaClient({
      baseUrl: base,
      fetch,
      retry: { ...defaultRetry, maxAttempts: 3 },
      ...noWait,
    });
    await expect(
      client.figures({ kpiIds: ["N00097", "N15428"], municipality: "0126", years: [2024, 2025] }),
    ).rejects.toThrow("Kolada svarade 503 efter 3 försök");
    expect(asked).toHaveLength(3);
  });

  it("does not retry a 404, and times out a server that does not answer", async () => {
    const { fetch, asked } = scripted({ [dataUrl]: [{ status: 404 }] });
    const client = new KoladaClient({ baseUrl: base, fetch, ...noWait });
    await expect(
      client.figures({ kpiIds: ["N00097", "N15428"], municipality: "0126", years: [2024, 2025] }),
    ).rejects.toThrow("Kolada svarade 404");
    expect(asked).toHaveLength(1);

    let tries = 0;
    const silent = ((_url: string, init?: RequestInit) => {
      tries += 1;
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    }) as typeof globalThis.fetch;
    const slow = new KoladaClient({
      baseUrl: base,
      fetch: silent,
      timeoutMs: 20,
      retry: { ...defaultRetry, maxAttempts: 2 },
      ...noWait,
    });
    await expect(slow.figures({ kpiIds: ["N00097"], municipality: "0126", years: [2024] })).rejects.toThrow(
      "svarade inte inom 0.02 s efter 2 försök",
    );
    expect(tries).toBe(2);
  });

  it("backs off with full jitter under a cap and reads Retry-After as seconds or a date", () => {
    const policy = { ...defaultRetry, baseMs: 100, capMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(policy, n, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(retryAfterMs("2", 0, policy)).toBe(2000);
    expect(retryAfterMs(new Date(5000).toUTCString(), 0, policy)).toBe(5000);
    expect(retryAfterMs("3600", 0, policy)).toBe(defaultRetry.retryAfterCapMs);
    expect(retryAfterMs("soon", 0, policy)).toBeUndefined();
  });
});
