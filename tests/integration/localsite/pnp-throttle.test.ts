import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import {
  RecordUrls,
  admin,
  failureOf,
  startTestSite,
  type SharePointError,
  type TestSite,
} from "./support/pnp";

// Every second request is answered 429: deterministic, so each call meets exactly one refusal at most.
let site: TestSite;
beforeAll(async () => {
  site = await startTestSite({ throttle: "every:2" });
});
afterAll(async () => {
  await site.close();
});

describe("throttling on demand, through PnPjs", () => {
  it("answers 429 with Retry-After, which a client without retries sees", async () => {
    const once = site.as(admin, { retries: 1 });
    // Two calls in a row: whichever meets the every-second refusal fails, the other passes.
    const attempt = (): Promise<SharePointError | "ok"> =>
      failureOf(once.web.select("Title")()).catch(() => "ok" as const);
    const outcomes = [await attempt(), await attempt()];
    const refusals = outcomes.filter((outcome): outcome is SharePointError => outcome !== "ok");
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ status: 429 });
    expect(Number(refusals[0]?.retryAfter)).toBeGreaterThan(0);
  });

  it("succeeds through PnPjs's own retry, honouring Retry-After", async () => {
    const urls: string[] = [];
    const sp = site.as(admin).using(RecordUrls(urls));
    const started = Date.now();
    await sp.web.lists.add("Strypt");
    const list = sp.web.lists.getByTitle("Strypt");
    for (let n = 0; n < 4; n += 1) await list.items.add({ Title: `t${n}` });
    const rows = await list.items.select("Title")();
    expect(rows).toHaveLength(4);
    // Six calls made, each passed the pre stage once: the retries happened inside PnPjs's send.
    expect(urls).toHaveLength(6);
    // Half of the ~12 requests were refused and retried after the server's Retry-After (seconds).
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  }, 30_000);
});
