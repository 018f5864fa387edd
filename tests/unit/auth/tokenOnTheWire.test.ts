import { DefaultParse } from "@pnp/queryable";
import { DefaultHeaders, DefaultInit, spfi } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { BearerTokenFrom, RefreshTokenOnUnauthorized } from "../../../src/sharepoint/pnp/behaviors";
import { FetchWithRetry, type RetryEnvironment } from "../../../src/sharepoint/pnp/retry";
import { createGoalApiClient } from "../../../src/tab/api/goalApiClient";
import { createTeamApiClient } from "../../../src/tab/api/teamApiClient";

/** Hands out `token-1`, `token-2`, … and records whether each was asked to skip the cache. */
function tokenSource() {
  const asked: boolean[] = [];
  const get = (options?: { readonly forceRefresh?: boolean }): Promise<string> => {
    asked.push(options?.forceRefresh ?? false);
    return Promise.resolve(`token-${asked.length}`);
  };
  return { get, asked };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const unauthorized = (): Response =>
  json(401, { "odata.error": { code: "-2147024891", message: { value: "Access denied." } } });

/** A PnPjs root wired as the tab wires it (createSp, then the refresh), over a scripted fetch. */
function scriptedSite(answers: (() => Response)[]) {
  const sent: { method: string; authorization: string | undefined }[] = [];
  const tokens = tokenSource();
  const environment: Partial<RetryEnvironment> = {
    fetch: (_url, init) => {
      const headers = init.headers as Record<string, string>;
      sent.push({ method: init.method ?? "GET", authorization: headers.Authorization });
      const next = answers.shift();
      if (next === undefined) throw new Error("no more scripted answers");
      return Promise.resolve(next());
    },
    sleep: () => Promise.resolve(),
  };
  const sp = spfi("https://huddinge.sharepoint.com/sites/styrning")
    .using(
      DefaultHeaders(),
      DefaultInit(),
      FetchWithRetry({ attempts: 3 }, environment),
      DefaultParse(),
      BearerTokenFrom(() => tokens.get()),
    )
    .using(RefreshTokenOnUnauthorized((options) => tokens.get(options)));
  return { sp, sent, tokens };
}

/** The API clients call the global fetch: a scripted one for the test's length. */
function scriptedApi(answers: (() => Response)[]) {
  const sent: { url: string; authorization: string | undefined }[] = [];
  const spy = jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ url: String(input), authorization: headers.Authorization });
    const next = answers.shift();
    return next === undefined ? Promise.reject(new Error("no more answers")) : Promise.resolve(next());
  });
  return { sent, restore: () => spy.mockRestore() };
}

/** A write the server answers without a body (deleting a goal the two have not agreed). */
const deleted = (): Response => new Response(null, { status: 204 });

/** Silences the console in the describe it is called in, and fails a test if any token reached it. */
function failIfATokenIsLogged(): void {
  let logged: jest.SpyInstance[] = [];
  beforeEach(() => {
    logged = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    );
  });
  afterEach(() => {
    for (const spy of logged) expect(JSON.stringify(spy.mock.calls)).not.toMatch(/token-\d/);
    for (const spy of logged) spy.mockRestore();
  });
}

describe("the token on SharePoint requests (PnPjs)", () => {
  failIfATokenIsLogged();

  it("sets Authorization: Bearer on every request", async () => {
    const { sp, sent } = scriptedSite([() => json(200, { Title: "Styrning" })]);
    await sp.web.select("Title")();
    expect(sent).toEqual([{ method: "GET", authorization: "Bearer token-1" }]);
  });

  it("on a 401 gets a fresh token once (forceRefresh) and sends once more", async () => {
    const { sp, sent, tokens } = scriptedSite([unauthorized, () => json(200, { Title: "Styrning" })]);
    await expect(sp.web.select("Title")()).resolves.toMatchObject({ Title: "Styrning" });
    expect(sent.map((s) => s.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(tokens.asked).toEqual([false, true]);
  });

  it("does not loop: a second 401 is the answer", async () => {
    const { sp, sent, tokens } = scriptedSite([unauthorized, unauthorized, unauthorized]);
    const error = await sp.web
      .select("Title")()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(sent).toHaveLength(2);
    expect(tokens.asked).toEqual([false, true]);
    expect(String((error as Error).message)).not.toMatch(/token-\d/);
  });

  it("refreshes a write's token too: nothing was written under a 401", async () => {
    const { sp, sent } = scriptedSite([unauthorized, () => json(200, { Id: 1 })]);
    await sp.web.lists.getByTitle("Aktiviteter").items.add({ Title: "Ny" });
    expect(sent.map((s) => s.method)).toEqual(["POST", "POST"]);
  });
});

describe("the token on the API's requests", () => {
  failIfATokenIsLogged();

  it("sets Authorization: Bearer on a write and a read", async () => {
    const api = scriptedApi([deleted, () => json(200, { units: [] })]);
    const tokens = tokenSource();
    const connection = { origin: "https://malkedjan.huddinge.se", getToken: tokens.get };
    try {
      await createGoalApiClient(connection).deleteGoal("g1", "anna.berg@huddinge.se", "1");
      await createTeamApiClient(connection)
        .overview("u1", 2026)
        .catch(() => undefined);
    } finally {
      api.restore();
    }
    expect(api.sent.map((s) => s.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(tokens.asked).toEqual([false, false]);
  });

  it("on a 401 gets a fresh token once and tries once more; a second 401 is the answer", async () => {
    const problem = (): Response =>
      new Response(JSON.stringify({ title: "Inte inloggad", status: 401 }), {
        status: 401,
        headers: { "Content-Type": "application/problem+json" },
      });
    const refreshed = scriptedApi([problem, deleted]);
    const tokens = tokenSource();
    const connection = { origin: "https://malkedjan.huddinge.se", getToken: tokens.get };
    try {
      await createGoalApiClient(connection).deleteGoal("g1", "anna.berg@huddinge.se", "1");
    } finally {
      refreshed.restore();
    }
    expect(refreshed.sent.map((s) => s.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(tokens.asked).toEqual([false, true]);

    const refused = scriptedApi([problem, problem, problem]);
    const again = tokenSource();
    let error: unknown;
    try {
      error = await createGoalApiClient({ ...connection, getToken: again.get })
        .deleteGoal("g1", "anna.berg@huddinge.se", "1")
        .catch((e: unknown) => e);
    } finally {
      refused.restore();
    }
    expect(refused.sent).toHaveLength(2);
    expect(again.asked).toEqual([false, true]);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toMatch(/token-\d/);
  });
});
