import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { municipalDate } from "../../../src/domain";
import { unsignedToken } from "../../../src/localsite";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { startApp, type RunningApp } from "../../../scripts/harness";

const maria = "maria.johansson@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
/** A follow-up date ahead of the server's today (new dates may not lie in the past). */
const ahead = municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000));

/**
 * The app's writes while SharePoint throttles: the real server (local mode, the Huddinge demo) with its site
 * answering a fifth of all requests 429. Every operation through the API completes, and nothing is doubled.
 */
describe("writes through the API with 20 % of SharePoint's answers 429", () => {
  let app: RunningApp;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "malkedjan-throttled-"));
  beforeAll(async () => {
    // Seeded calmly first; the same data directory is then served with throttling on.
    await (await startApp({ dataDir })).stop();
    app = await startApp({ dataDir, env: { LOCALSITE_THROTTLE: "0.2" } });
  }, 300_000);
  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = async (as: string, method: string, route: string, body: unknown, headers = {}) => {
    const response = await fetch(new URL(route, app.url), {
      method,
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${unsignedToken(as)}`,
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("really throttles: raw requests to the site are answered 429 about a fifth of the time", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const response = await fetch(new URL("sites/styrning/_api/web?$select=Title", app.url), {
        headers: { Accept: "application/json", Authorization: `Bearer ${unsignedToken(maria)}` },
      });
      statuses.push(response.status);
    }
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 429 && s !== 200)).toEqual([]);
  });

  it("completes a medarbetarsamtal's writes and stores each exactly once", async () => {
    const content = {
      employeeId: maria,
      year: 2026,
      activityIds: ["sjodalsskolan-2026-akt-1"],
      followUpDates: [ahead],
    };
    const ids = ["mal-trottlad-1", "mal-trottlad-2", "mal-trottlad-3"];
    for (const id of ids) {
      expect((await api(maria, "POST", "/api/goals", { id, title: `Mål ${id}`, ...content })).status).toBe(
        201,
      );
    }
    // A retried create answers the stored goal.
    const again = await api(maria, "POST", "/api/goals", { id: ids[0], title: `Mål ${ids[0]}`, ...content });
    expect(again.status).toBe(201);
    const first = again.body;
    const revised = await api(
      karin,
      "PUT",
      `/api/goals/${ids[0]}`,
      { title: "Reviderat mål", ...content, employeeId: maria },
      { "If-Match": String(first["version"]) },
    );
    expect(revised.status).toBe(200);
    expect((await api(maria, "POST", `/api/goals/${ids[0]}/agreement`, { employeeId: maria })).status).toBe(
      200,
    );
    expect((await api(karin, "POST", `/api/goals/${ids[0]}/agreement`, { employeeId: maria })).status).toBe(
      200,
    );
    const entry = { id: "uppf-trottlad-1", employeeId: maria, answers: ahead, status: "on-track" };
    expect((await api(karin, "POST", `/api/goals/${ids[0]}/follow-ups`, entry)).status).toBe(201);
    expect((await api(karin, "POST", `/api/goals/${ids[0]}/follow-ups`, entry)).status).toBe(201);

    // Read back as Maria with her own token (the reads ride out the throttling too).
    const siteUrl = new URL("sites/styrning", app.url).toString();
    const view = await new SharePointSteeringQueries(
      createSp({ siteUrl, getToken: () => unsignedToken(maria) }),
    ).myGoals(maria, 2026);
    const written = view.goals.filter((g) => ids.includes(g.id));
    expect(written.map((g) => g.id).sort()).toEqual(ids);
    const agreed = written.find((g) => g.id === ids[0]);
    expect(agreed).toMatchObject({ title: "Reviderat mål", managerId: karin });
    expect(agreed?.agreedByEmployeeAt).toEqual(expect.any(String));
    expect(agreed?.agreedByManagerAt).toEqual(expect.any(String));
    expect(view.followUps.filter((f) => f.id === "uppf-trottlad-1")).toHaveLength(1);
  }, 240_000);
});
