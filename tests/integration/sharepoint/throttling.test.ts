import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalSite, unsignedToken } from "../../../src/localsite";
import { huddinge } from "../../../src/demo";
import { createRequestCounter } from "../../../src/sharepoint/pnp/behaviors";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { seedData } from "../../../src/sharepoint/seed";

const admin = "admin@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";

describe("a throttling site (429 with Retry-After)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-sp-throttle-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is ridden out by PnPjs's own retry: views and writes succeed, each round trip still counted once", async () => {
    const calm = await startLocalSite({ dataDir, port: 0 });
    await seedData(createSp({ siteUrl: calm.url, getToken: () => unsignedToken(admin) }), huddinge);
    await calm.close();

    const busy = await startLocalSite({ dataDir, port: 0, throttle: "every:3" });
    try {
      const started = Date.now();
      const counter = createRequestCounter();
      const sp = createSp({ siteUrl: busy.url, getToken: () => unsignedToken(maria), counter });
      const view = await new SharePointSteeringQueries(sp).myGoals(maria, 2026);
      expect(view.goals.length).toBeGreaterThan(0);
      expect(counter.count).toBe(2);

      // Staff only read in SharePoint: the change is written with the app's identity (the admin locally).
      const app = createSp({ siteUrl: busy.url, getToken: () => unsignedToken(admin) });
      const repos = createRepositories({ sp: app, actorId: maria });
      const goal = view.goals[0];
      if (goal === undefined) throw new Error("no goal");
      const current = await repos["individual-goal"].get(goal.id);
      const updated = await repos["individual-goal"].update(
        { ...goal, description: "Efter strypning" },
        current.version,
      );
      expect((await repos["individual-goal"].get(goal.id)).value).toEqual(updated.value);
      // Every third request was answered 429 with Retry-After: 1, so some request waited at least a second.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } finally {
      await busy.close();
    }
  }, 60_000);
});
