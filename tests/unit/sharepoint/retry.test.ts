import { DefaultParse } from "@pnp/queryable";
import { DefaultHeaders, DefaultInit, spfi } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { BearerTokenFrom, CountRequests, createRequestCounter } from "../../../src/sharepoint/pnp/behaviors";
import {
  defaultRetry,
  FetchWithRetry,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs,
  retrySettings,
  type RetryEnvironment,
  type RetryOptions,
} from "../../../src/sharepoint/pnp/retry";

const now = Date.parse("2026-04-01T10:00:00Z");

describe("Retry-After", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP date against the clock, a past date as no wait", () => {
    expect(parseRetryAfter("Wed, 01 Apr 2026 10:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 01 Apr 2026 09:59:00 GMT", now)).toBe(0);
  });

  it("ignores what is neither (so the caller backs off on its own)", () => {
    for (const value of [null, undefined, "", "soon", "-1", "1.5", "Wed, 99 Foo 2026"]) {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    }
  });
});

describe("the delay before a retry", () => {
  const settings = { attempts: 10, baseMs: 100, maxMs: 1000 };

  it("waits at least what Retry-After says, spread by up to baseMs", () => {
    expect(retryDelayMs(1, 1000, settings, () => 0)).toBe(1000);
    expect(retryDelayMs(1, 1000, settings, () => 0.999)).toBe(1099);
    expect(retryDelayMs(7, 5000, settings, () => 0.5)).toBe(5050); // not capped: the server knows
  });

  it("otherwise backs off exponentially with full jitter, capped at maxMs", () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6].map((retry) => retryDelayMs(retry, undefined, settings, top))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(retryDelayMs(4, undefined, settings, () => 0)).toBe(0);
    expect(retryDelayMs(4, undefined, settings, () => 0.25)).toBe(200);
  });

  it("keeps parallel callers apart: different random draws, different delays", () => {
    const draws = [0.1, 0.4, 0.7, 0.9];
    const delays = draws.map((r) => retryDelayMs(3, undefined, settings, () => r));
    expect(new Set(delays).size).toBe(draws.length);
  });

  it("has defaults and refuses nonsense settings", () => {
    expect(retrySettings()).toEqual(defaultRetry);
    expect(retrySettings({ attempts: 3, baseMs: undefined })).toEqual({ ...defaultRetry, attempts: 3 });
    expect(() => retrySettings({ attempts: 0 })).toThrow(RangeError);
    expect(() => retrySettings({ attempts: 2.5 })).toThrow(RangeError);
    expect(() => retrySettings({ baseMs: 500, maxMs: 100 })).toThrow(RangeError);
  });
});

describe("which answers are retried", () => {
  it("429 and 503 for every method (SharePoint did not process them)", () => {
    for (const method of ["GET", "POST"]) {
      expect(isRetryableStatus(429, method)).toBe(true);
      expect(isRetryableStatus(503, method)).toBe(true);
    }
  });

  it("504 only for reads: behind a gateway timeout a write may have happened", () => {
    expect(isRetryableStatus(504, "GET")).toBe(true);
    expect(isRetryableStatus(504, "POST")).toBe(false);
  });

  it("nothing else", () => {
    for (const status of [200, 400, 401, 403, 404, 412, 500, 502])
      expect(isRetryableStatus(status, "GET")).toBe(false);
  });
});

/** A PnPjs root wired like createSp, over a scripted fetch: no network. */
function scripted(answers: (() => Response)[], options: RetryOptions = {}) {
  const calls: { url: string; method: string }[] = [];
  const waits: number[] = [];
  const environment: RetryEnvironment = {
    fetch: (url, init) => {
      calls.push({ url, method: init.method ?? "GET" });
      const next = answers.shift();
      if (next === undefined) throw new Error("no more scripted answers");
      return Promise.resolve().then(next);
    },
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => now,
  };
  const counter = createRequestCounter();
  const tokens: number[] = [];
  const sp = spfi("https://contoso.sharepoint.com/sites/styrning")
    .using(
      DefaultHeaders(),
      DefaultInit(),
      FetchWithRetry({ baseMs: 100, maxMs: 1000, ...options }, environment),
      DefaultParse(),
      BearerTokenFrom(() => {
        tokens.push(1);
        return "token";
      }),
    )
    .using(CountRequests(counter));
  return { sp, calls, waits, counter, tokens };
}

const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
const refused = (status: number, retryAfter?: string) => () =>
  new Response(JSON.stringify({ "odata.error": { code: "-2147024860", message: { value: "Throttled" } } }), {
    status,
    headers: retryAfter === undefined ? {} : { "Retry-After": retryAfter },
  });
const networkDown = () => {
  throw new TypeError("fetch failed");
};

describe("FetchWithRetry in a PnPjs root", () => {
  it("re-sends a throttled read until it passes, waiting as told, one round trip and one token", async () => {
    const { sp, calls, waits, counter, tokens } = scripted([
      refused(429, "1"),
      refused(503),
      json({ Title: "Styrning" }),
    ]);
    await expect(sp.web.select("Title")()).resolves.toMatchObject({ Title: "Styrning" });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1050, 100]); // Retry-After 1 s + jitter; then full jitter of 2·100 ms
    expect(counter.count).toBe(1);
    expect(tokens).toHaveLength(1);
  });

  it("re-sends a throttled write: 429 means SharePoint did nothing", async () => {
    const { sp, calls, counter } = scripted([refused(429, "1"), json({ Id: 7, Title: "Nytt" })]);
    await sp.web.lists.getByTitle("Aktiviteter").items.add({ Title: "Nytt" });
    expect(calls.map((c) => c.method)).toEqual(["POST", "POST"]);
    expect(counter.count).toBe(1);
  });

  it("never re-sends a write on a 504 or a network failure, which may have reached SharePoint", async () => {
    const timedOut = scripted([refused(504), json({})]);
    await expect(
      timedOut.sp.web.lists.getByTitle("Aktiviteter").items.add({ Title: "x" }),
    ).rejects.toMatchObject({
      status: 504,
    });
    expect(timedOut.calls).toHaveLength(1);

    const down = scripted([networkDown, json({})]);
    await expect(down.sp.web.lists.getByTitle("Aktiviteter").items.add({ Title: "x" })).rejects.toThrow(
      "fetch failed",
    );
    expect(down.calls).toHaveLength(1);
  });

  it("re-sends a read after a network failure or a 504", async () => {
    const { sp, calls } = scripted([networkDown, refused(504), json({ Title: "Styrning" })]);
    await expect(sp.web.select("Title")()).resolves.toMatchObject({ Title: "Styrning" });
    expect(calls).toHaveLength(3);
  });

  it("gives up after `attempts` tries with SharePoint's own error", async () => {
    const { sp, calls, counter } = scripted(
      Array.from({ length: 5 }, () => refused(429, "1")),
      { attempts: 4 },
    );
    await expect(sp.web()).rejects.toMatchObject({
      status: 429,
      message: expect.stringContaining("Throttled"),
    });
    expect(calls).toHaveLength(4);
    expect(counter.count).toBe(1);
  });

  it("does not retry other failures", async () => {
    const { sp, calls } = scripted([refused(404), json({})]);
    await expect(sp.web()).rejects.toMatchObject({ status: 404 });
    expect(calls).toHaveLength(1);
  });
});
