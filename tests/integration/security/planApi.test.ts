import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { loadServerConfig, type LocalServerConfig } from "../../../config";
import { municipalDate } from "../../../src/domain";
import { unsignedToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { readSharePointFailure } from "../../../src/sharepoint/pnp/sharePointError";
import { fromRow, type ListRow } from "../../../src/sharepoint/mapping/rowMapping";
import { versionOf as rowVersion } from "../../../src/sharepoint/mapping/version";
import { eq } from "../../../src/sharepoint/odata/filter";
import { loadMyGoals } from "../../../src/sharepoint/queries/myGoalsView";
import { loadTeam } from "../../../src/sharepoint/queries/teamView";
import { goalLists, lists } from "../../../src/sharepoint/schema/lists";
import { startLocalServer, type RunningLocalServer } from "../../../src/server/local/startLocal";

const johan = "johan.wikstrom@malkedjan.local"; // planner for Grundskolenämnden
const sofia = "sofia.ekstrom@malkedjan.local"; // planner for Utbildningsförvaltningen
const helena = "helena.bergstrom@malkedjan.local"; // chef of avdelning Grundskola
const karin = "karin.lindqvist@malkedjan.local"; // rektor, chef of Sjödalsskolan
const maria = "maria.johansson@malkedjan.local"; // medarbetare at Sjödalsskolan
const lena = "lena.aberg@malkedjan.local"; // planner for Kommunstyrelsen: ANOTHER nämnd

type Json = Record<string, unknown>;
interface Answer {
  readonly status: number;
  readonly body: Json;
  readonly type: string;
}

let dir: string;
let server: RunningLocalServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "malkedjan-plans-"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>Målkedjan</title>");
  const config = loadServerConfig(
    { MALKEDJAN_ENV: "local", PORT: "0", LOCALSITE_DATA: path.join(dir, "site"), TAB_DIR: dir },
    dir,
  ) as LocalServerConfig;
  server = await startLocalServer(config);
}, 180_000);

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const call = async (
  method: string,
  url: string,
  as: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const response = await fetch(new URL(url, server.origin), {
    method,
    headers: {
      "Content-Type": "application/json",
      ...(as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? {} : (JSON.parse(text) as Json),
    type: response.headers.get("content-type") ?? "",
  };
};
const post = (url: string, as: string, body: unknown, version?: string) =>
  call("POST", url, as, body, version === undefined ? {} : { "If-Match": version });
const put = (url: string, as: string, body: unknown, version: string) =>
  call("PUT", url, as, body, { "If-Match": version });

const created = (answer: Answer, status = 201): Json => {
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  return answer.body;
};
const versionOf = (answer: Json): string => String(answer["version"]);
const plan = (answer: Json): Json => answer["plan"] as Json;
const item = (answer: Json): Json => answer["item"] as Json;

const gsn = "/api/board-plans/grundskolenamnden-2025";
const forvaltning = "/api/work-plans/utbildningsforvaltningen-2025";
const store: Record<string, string> = {};

describe("writing a verksamhetsplan and the arbetsplaner under it, over HTTP with each person's token", () => {
  it("lets the nämnd's planner write a verksamhetsplan from scratch: tolkning, a translated indicator, two etappmål, an uppdrag", async () => {
    const started = created(
      await post("/api/board-plans", johan, {
        id: "grundskolenamnden-2025",
        boardUnitId: "grundskolenamnden",
        year: 2025,
        title: "Grundskolenämndens verksamhetsplan 2025",
      }),
    );
    expect(plan(started)).toMatchObject({
      status: "draft",
      versionNumber: 1,
      createdBy: johan,
      programDeclarationId: expect.any(String),
      interpretations: [],
    });
    const before = created(await call("GET", `${gsn}/untranslated-kf-indicators`, johan), 200);
    expect((before["kfIndicators"] as Json[]).map((k) => k["number"])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const interpreted = created(
      await put(
        `${gsn}/interpretations/social-hallbarhet`,
        johan,
        { text: "Alla elever ska nå kunskapsmålen och känna sig trygga." },
        versionOf(started),
      ),
      200,
    );
    expect(plan(interpreted)["interpretations"]).toEqual([
      { focusAreaId: "social-hallbarhet", text: "Alla elever ska nå kunskapsmålen och känna sig trygga." },
    ]);

    const indicator = created(
      await post(`${gsn}/indicators`, johan, {
        id: "gsn-2025-ind-2",
        kfIndicatorId: "kf-2",
        name: "Andelen grundskoleelever som uppnår behörighet till gymnasieskolan",
        measureUnit: "%",
        direction: "increase",
        baseline: { year: 2024, value: 84 },
      }),
    );
    expect(item(indicator)).toMatchObject({ boardPlanId: "grundskolenamnden-2025", number: 2 });
    const after = created(await call("GET", `${gsn}/untranslated-kf-indicators`, sofia), 200);
    expect((after["kfIndicators"] as Json[]).map((k) => k["number"])).toEqual([1, 3, 4, 5, 6, 7, 8]);

    for (const [horizon, value, date] of [
      ["short", 86, "2025-12-31"],
      ["long", 92, "2026-12-31"],
    ] as const) {
      created(
        await post(`${gsn}/milestones`, johan, {
          id: `gsn-2025-em-${horizon}`,
          boardIndicatorId: "gsn-2025-ind-2",
          title: `Behörighet ${value} %`,
          horizon,
          targetValue: value,
          targetDate: date,
        }),
      );
    }
    const assignment = created(
      await post(`${gsn}/assignments`, johan, {
        id: "gsn-2025-upp-1",
        toAdministrationUnitId: "utbildningsforvaltningen",
        title: "Ta fram en plan för ökad behörighet",
        description: "Redovisas för nämnden i juni.",
        dueDate: "2025-06-30",
        decisionReference: "GSN 2025/17 § 45",
      }),
    );
    expect(item(assignment)).toMatchObject({ fromBoardUnitId: "grundskolenamnden" });
    store["gsn"] = versionOf(interpreted);
  });

  it("refuses a planner of ANOTHER nämnd at the API (403, Swedish reason) and at the site itself", async () => {
    const refused = await post(`${gsn}/milestones`, lena, {
      id: "gsn-2025-em-lena",
      boardIndicatorId: "gsn-2025-ind-2",
      title: "Kapat etappmål",
      horizon: "short",
      targetValue: 1,
      targetDate: "2025-12-31",
    });
    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/application\/problem\+json/);
    expect(refused.body["detail"]).toBe(
      "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
    );
    const newPlan = await post("/api/board-plans", lena, {
      id: "grundskolenamnden-2024",
      boardUnitId: "grundskolenamnden",
      year: 2024,
      title: "Kapad plan",
    });
    expect(newPlan.status).toBe(403);

    // Straight to the site's list with her own token, through PnPjs: people are readers.
    const sp = createSp({
      siteUrl: `${server.origin}/sites/styrning`,
      getToken: () => Promise.resolve(unsignedToken(lena)),
    });
    const raw = await sp.web.lists
      .getByTitle(lists.milestone.title)
      .items.add({ Key: "gsn-2025-em-raw", Title: "Kapat", BoardPlanId: "grundskolenamnden-2025" })
      .then(
        () => undefined,
        (error: unknown) => readSharePointFailure(error),
      );
    expect(raw?.status).toBe(403);
    const milestones = await server.sp.web.lists
      .getByTitle(lists.milestone.title)
      .items.filter("BoardPlanId eq 'grundskolenamnden-2025'")
      .select("Key")<{ Key: string }[]>();
    expect(milestones.map((m) => m.Key).sort()).toEqual(["gsn-2025-em-long", "gsn-2025-em-short"]);
  });

  it("lets the förvaltning's planner add activities serving the etappmål and the uppdrag, offering only valid targets", async () => {
    const started = created(
      await post("/api/work-plans", sofia, {
        id: "utbildningsforvaltningen-2025",
        ownerUnitId: "utbildningsforvaltningen",
        year: 2025,
        title: "Utbildningsförvaltningens arbetsplan 2025",
      }),
    );
    expect(plan(started)).toMatchObject({
      level: "administration",
      parentPlanId: "grundskolenamnden-2025",
      status: "draft",
      createdBy: sofia,
    });
    const targets = created(await call("GET", `${forvaltning}/link-targets`, sofia), 200);
    expect((targets["targets"] as Json[]).map((t) => t["serves"])).toEqual([
      { kind: "milestone", id: "gsn-2025-em-short" },
      { kind: "milestone", id: "gsn-2025-em-long" },
      { kind: "assignment", id: "gsn-2025-upp-1" },
      { kind: "core-mission" },
    ]);
    created(
      await post(`${forvaltning}/activities`, sofia, {
        id: "uf-2025-akt-1",
        title: "Tidiga insatser i läsning och matematik",
        serves: { kind: "milestone", id: "gsn-2025-em-short" },
      }),
    );
    created(
      await post(`${forvaltning}/activities`, sofia, {
        id: "uf-2025-akt-2",
        title: "Planen för ökad behörighet",
        serves: { kind: "assignment", id: "gsn-2025-upp-1" },
      }),
    );
    // An etappmål of another year's verksamhetsplan is not this plan's to serve.
    const wrong = await post(`${forvaltning}/activities`, sofia, {
      id: "uf-2025-akt-3",
      title: "Fel koppling",
      serves: { kind: "milestone", id: "grundskolenamnden-2026-etappmal-2-kort" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: "invalid-link", reason: "outside-chain" });
    expect(String(wrong.body["detail"])).toMatch(/kan inte kopplas till etappmål/);
  });

  it("lets a unit's chef add an activity serving the förvaltning's activity, and refuses what her plan may not serve", async () => {
    created(
      await post("/api/work-plans", helena, {
        id: "grundskola-2025",
        ownerUnitId: "grundskola",
        year: 2025,
        title: "Avdelning Grundskolas arbetsplan 2025",
      }),
    );
    const activity = created(
      await post("/api/work-plans/grundskola-2025/activities", helena, {
        id: "gs-2025-akt-1",
        title: "Samordna läslyftet",
        serves: { kind: "activity", id: "uf-2025-akt-1" },
      }),
    );
    expect(item(activity)).toMatchObject({ workPlanId: "grundskola-2025" });
    const milestone = await post("/api/work-plans/grundskola-2025/activities", helena, {
      id: "gs-2025-akt-2",
      title: "Direkt mot etappmålet",
      serves: { kind: "milestone", id: "gsn-2025-em-short" },
    });
    expect(milestone.body).toMatchObject({ code: "invalid-link", reason: "wrong-target-kind" });
    // Karin leads Sjödalsskolan, not the avdelning: not hers to write.
    const karins = await post("/api/work-plans/grundskola-2025/activities", karin, {
      id: "gs-2025-akt-3",
      title: "Rektorns egen",
      serves: { kind: "core-mission" },
    });
    expect(karins.status).toBe(403);
  });

  it("answers odd bodies with precise 400s and never lets a body set the server's stamps", async () => {
    const base = {
      id: "gsn-2025-em-odd",
      boardIndicatorId: "gsn-2025-ind-2",
      title: "Udda",
      horizon: "short",
    };
    const cases: readonly [unknown, string][] = [
      [{ ...base, targetValue: 1, targetDate: "2025-12-31", createdBy: lena }, ""],
      [{ ...base, targetValue: "många", targetDate: "2025-12-31" }, "targetValue"],
      [{ ...base, targetValue: 1, targetDate: "2025-13-45" }, "targetDate"],
      [{ ...base, title: "x".repeat(300), targetValue: 1, targetDate: "2025-12-31" }, "title"],
      [{ ...base, targetValue: 1, targetDate: "2025-12-31", boardPlanId: "grundskolenamnden-2026" }, ""],
    ];
    for (const [body, path] of cases) {
      const answer = await post(`${gsn}/milestones`, johan, body);
      expect({ status: answer.status, code: answer.body["code"] }).toEqual({
        status: 400,
        code: "validation",
      });
      expect((answer.body["issues"] as Json[]).map((i) => i["path"])).toContain(path);
    }
    for (const forged of [
      { status: "adopted" },
      { createdBy: lena },
      { createdAt: "2020-01-01T00:00:00Z" },
      { adoptedBy: johan },
      { versionNumber: 7 },
    ]) {
      const answer = await post("/api/board-plans", johan, {
        id: "grundskolenamnden-2024",
        boardUnitId: "grundskolenamnden",
        year: 2024,
        title: "Förfalskad",
        ...forged,
      });
      expect(answer.status).toBe(400);
      expect((answer.body["issues"] as Json[])[0]?.["code"]).toBe("unrecognized_keys");
    }
    const huge = await post(`${gsn}/assignments`, johan, {
      id: "gsn-2025-upp-huge",
      toAdministrationUnitId: "utbildningsforvaltningen",
      title: "Stor",
      description: "x".repeat(20_000),
      dueDate: "2025-06-30",
    });
    expect(huge.status).toBe(400);
    expect((huge.body["issues"] as Json[])[0]?.["path"]).toBe("description");
    const tooLarge = await call(
      "POST",
      `${gsn}/assignments`,
      johan,
      JSON.stringify({ x: "y".repeat(200_000) }),
    );
    expect(tooLarge.status).toBe(413);
    const noVersion = await call("PUT", `${gsn}/interpretations/social-hallbarhet`, johan, {
      text: "Utan version",
    });
    expect(noVersion.status).toBe(400);
    expect((noVersion.body["issues"] as Json[])[0]?.["path"]).toBe("If-Match");
    const stale = await put(`${gsn}/interpretations/social-hallbarhet`, johan, { text: "Gammal" }, '1|"0"');
    expect(stale.status).toBe(412);
  });

  it("fastställer a plan with who, when and the decision stamped; it then refuses every edit with a Swedish reason", async () => {
    const forged = await post(
      `${gsn}/adoption`,
      johan,
      { decisionReference: "§ 45", adoptedBy: lena },
      store["gsn"],
    );
    expect(forged.status).toBe(400);
    const adopted = created(
      await post(`${gsn}/adoption`, johan, { decisionReference: "§ 45" }, store["gsn"]),
      200,
    );
    expect(plan(adopted)).toMatchObject({ status: "adopted", adoptedBy: johan, decisionReference: "§ 45" });
    expect(Date.now() - Date.parse(String(plan(adopted)["adoptedAt"]))).toBeLessThan(60_000);

    const edit = await post(`${gsn}/milestones`, johan, {
      id: "gsn-2025-em-late",
      boardIndicatorId: "gsn-2025-ind-2",
      title: "För sent",
      horizon: "short",
      targetValue: 1,
      targetDate: "2025-12-31",
    });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ code: "plan-state", reason: "adopted" });
    expect(edit.body["detail"]).toBe(
      "Planen är fastställd och kan inte ändras. Skapa en ny version av planen för att ändra den.",
    );
    const text = await put(
      `${gsn}/interpretations/social-hallbarhet`,
      johan,
      { text: "Ny" },
      versionOf(adopted),
    );
    expect(text.body).toMatchObject({ code: "plan-state" });
    // The demo's plans were adopted before Målkedjan kept them: fastställda too.
    const demo = await post("/api/work-plans/sjodalsskolan-2026/activities", karin, {
      id: "sjodal-2026-ny",
      title: "Ny aktivitet",
      serves: { kind: "core-mission" },
    });
    expect(demo.body).toMatchObject({ status: 409, code: "plan-state", reason: "adopted" });

    const reported = created(await post(`${gsn}/report`, johan, {}, versionOf(adopted)), 200);
    expect(plan(reported)).toMatchObject({ status: "reported", reportedBy: johan });

    // A new version is the way to change it: an utkast copy, version 2, with the items.
    const v2 = created(await post(`${gsn}/versions`, johan, { id: "grundskolenamnden-2025-v2" }));
    expect(plan(v2)).toMatchObject({
      status: "draft",
      versionNumber: 2,
      supersedesPlanId: "grundskolenamnden-2025",
      interpretations: plan(adopted)["interpretations"],
    });
    const v2Milestone = await post("/api/board-plans/grundskolenamnden-2025-v2/milestones", johan, {
      id: "gsn-2025-v2-em-extra",
      boardIndicatorId: "grundskolenamnden-2025-v2-ind-1",
      title: "Nytt etappmål",
      horizon: "short",
      targetValue: 88,
      targetDate: "2025-12-31",
    });
    expect(v2Milestone.status).toBe(201);
    const adoptedV2 = created(
      await post("/api/board-plans/grundskolenamnden-2025-v2/adoption", johan, {}, versionOf(v2)),
      200,
    );
    expect(plan(adoptedV2)["status"]).toBe("adopted");
    const old = await server.sp.web.lists
      .getByTitle(lists["board-plan"].title)
      .items.filter("Key eq 'grundskolenamnden-2025'")
      .select("SupersededByPlanId")<{ SupersededByPlanId: string }[]>();
    expect(old[0]?.SupersededByPlanId).toBe("grundskolenamnden-2025-v2");
  });

  it("lets a chef start 2027's arbetsplan from 2026's, and a medarbetare then agree a 2027 goal linked to it", async () => {
    const before = await post("/api/goals", maria, {
      id: "maria-2027-before",
      employeeId: maria,
      year: 2027,
      title: "Lästräning 2027",
      activityIds: ["sjodalsskolan-2027-akt-1"],
      followUpDates: [municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000))],
    });
    expect(before.status).toBe(400);

    const started = created(
      await post("/api/work-plans/sjodalsskolan-2026/next-year", karin, { id: "sjodalsskolan-2027" }),
    );
    expect(plan(started)).toMatchObject({
      id: "sjodalsskolan-2027",
      year: 2027,
      status: "draft",
      copiedFromPlanId: "sjodalsskolan-2026",
      createdBy: karin,
      // Grundskola has no plan for 2027 yet: the utkast follows 2026's until it does.
      parentPlanId: "grundskola-2026",
    });
    expect(started["lostLinks"]).toEqual([]);
    // A retry answers the same plan.
    const again = created(
      await post("/api/work-plans/sjodalsskolan-2026/next-year", karin, { id: "sjodalsskolan-2027" }),
    );
    expect(plan(again)["id"]).toBe("sjodalsskolan-2027");
    const targets = created(await call("GET", "/api/work-plans/sjodalsskolan-2027/link-targets", maria), 200);
    expect((targets["targets"] as Json[]).length).toBeGreaterThan(1);

    const goal = await post("/api/goals", maria, {
      id: "maria-2027-1",
      employeeId: maria,
      year: 2027,
      title: "Lästräning 2027",
      activityIds: ["sjodalsskolan-2027-akt-1"],
      followUpDates: [municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000))],
    });
    expect({ status: goal.status, body: goal.body }).toMatchObject({ status: 201 });
    expect(goal.body["goal"]).toMatchObject({
      year: 2027,
      managerId: karin,
      activityIds: ["sjodalsskolan-2027-akt-1"],
    });

    // Fastställd only once it follows a parent plan of its own year.
    const adopt = await post("/api/work-plans/sjodalsskolan-2027/adoption", karin, {}, versionOf(started));
    expect(adopt.body).toMatchObject({ status: 409, code: "plan-state", reason: "parent-of-other-year" });
    // Someone else's unit is not hers to start.
    const other = await post("/api/work-plans/kvarnbergsskolan-2026/next-year", karin, {
      id: "kvarnbergsskolan-2027",
    });
    expect(other.status).toBe(403);
  });

  it("keeps agreed goals valid through a new plan version, says which links need attention, and relinks through a revision", async () => {
    const v2 = created(
      await post("/api/work-plans/sjodalsskolan-2026/versions", karin, { id: "sjodalsskolan-2026-v2" }),
    );
    expect(plan(v2)).toMatchObject({
      status: "draft",
      versionNumber: 2,
      supersedesPlanId: "sjodalsskolan-2026",
    });
    const rows = await server.sp.web.lists
      .getByTitle(lists.activity.title)
      .items.filter(eq("WorkPlanId", "sjodalsskolan-2026-v2"))
      .select("Id", "Key")<ListRow[]>();
    expect(rows).toHaveLength(6);
    const versionOfItem = (key: string): string => {
      const row = rows.find((r) => r["Key"] === key);
      if (row === undefined) throw new Error(`no ${key}`);
      return rowVersion(row);
    };
    const v2Items = "/api/work-plans/sjodalsskolan-2026-v2/activities";
    created(
      await put(
        `${v2Items}/sjodalsskolan-2026-v2-akt-1`,
        karin,
        { title: "Läsning varje dag, F–6", serves: { kind: "activity", id: "grundskola-2026-akt-1" } },
        versionOfItem("sjodalsskolan-2026-v2-akt-1"),
      ),
      200,
    );
    const removed = await call("DELETE", `${v2Items}/sjodalsskolan-2026-v2-akt-6`, karin, undefined, {
      "If-Match": versionOfItem("sjodalsskolan-2026-v2-akt-6"),
    });
    expect(removed.status).toBe(204);
    created(await post("/api/work-plans/sjodalsskolan-2026-v2/adoption", karin, {}, versionOf(v2)), 200);

    // Maria's agreed goals link to version 1's activities 1 and 6: still there, marked for attention.
    const mine = await loadMyGoals(server.sp, maria, 2026);
    expect(mine.workPlan?.id).toBe("sjodalsskolan-2026-v2");
    expect(mine.activities.map((a) => a.id)).not.toContain("sjodalsskolan-2026-akt-1");
    expect(mine.linkAttention?.["maria.johansson-2026-1"]?.map((a) => a.reason)).toEqual([
      "activity-changed",
    ]);
    expect(mine.linkAttention?.["maria.johansson-2026-2"]?.map((a) => a.reason)).toEqual([
      "activity-removed",
    ]);
    expect(mine.goals.find((g) => g.id === "maria.johansson-2026-2")?.agreedByManagerAt).toEqual(
      expect.any(String),
    );
    const team = await loadTeam(server.sp, karin, "sjodalsskolan", 2026);
    expect(Object.keys(team.linkAttention ?? {})).toEqual(
      expect.arrayContaining(["maria.johansson-2026-1", "maria.johansson-2026-2"]),
    );

    // A new link goes to the plan in force only.
    const ahead = municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000));
    const oldLink = await post("/api/goals", maria, {
      id: "maria-2026-old-link",
      employeeId: maria,
      year: 2026,
      title: "Till den gamla versionen",
      activityIds: ["sjodalsskolan-2026-akt-2"],
      followUpDates: [ahead],
    });
    expect(oldLink.body).toMatchObject({ status: 400, code: "invalid-link", reason: "superseded-plan" });

    const list = goalLists.of(maria);
    const storedGoal = async (key: string) => {
      const [row] = await server.sp.web.lists
        .getByTitle(list.title)
        .items.filter(eq("Key", key))
        .select("Id", "Key", "Title", ...list.entityColumns.map((c) => c.name))<ListRow[]>();
      if (row === undefined) throw new Error(`no goal ${key}`);
      const stored = fromRow(list, row);
      const {
        id: _id,
        managerId: _m,
        unitId: _u,
        agreedByEmployeeAt: _e,
        agreedByManagerAt: _a,
        ...content
      } = stored.value;
      return { stored, content };
    };

    // A new date alone keeps the agreement and the link as agreed; the answer says the link needs attention.
    const first = await storedGoal("maria.johansson-2026-1");
    const dated = await put(
      "/api/goals/maria.johansson-2026-1",
      maria,
      { ...first.content, followUpDates: [...first.content.followUpDates, ahead] },
      first.stored.version,
    );
    expect({ status: dated.status, body: dated.body }).toMatchObject({ status: 200 });
    expect((dated.body["goal"] as Json)["agreedByManagerAt"]).toBe(first.stored.value.agreedByManagerAt);
    expect(dated.body["linkAttention"]).toEqual([
      {
        activityId: "sjodalsskolan-2026-akt-1",
        reason: "activity-changed",
        successorId: "sjodalsskolan-2026-v2-akt-1",
        message: expect.stringMatching(/har ändrats i den nya versionen av arbetsplanen/),
      },
    ]);

    // Relinking goes through the ordinary revision: the agreement is asked for again.
    const { stored, content } = await storedGoal("maria.johansson-2026-2");
    const relinked = await put(
      "/api/goals/maria.johansson-2026-2",
      maria,
      { ...content, activityIds: ["sjodalsskolan-2026-v2-akt-5"] },
      stored.version,
    );
    expect({ status: relinked.status, body: relinked.body }).toMatchObject({ status: 200 });
    expect(relinked.body["goal"]).toMatchObject({ activityIds: ["sjodalsskolan-2026-v2-akt-5"] });
    expect((relinked.body["goal"] as Json)["agreedByManagerAt"]).toBeUndefined();
    expect(relinked.body["linkAttention"]).toEqual([]);
    const after = await loadMyGoals(server.sp, maria, 2026);
    expect(after.linkAttention?.["maria.johansson-2026-2"]).toBeUndefined();

    // The chef above sees it in numbers: how many goals at Sjödalsskolan have a link needing attention.
    const overview = created(await call("GET", "/api/teams/grundskola/overview?ar=2026", helena), 200);
    const figuresOf = (unitId: string) =>
      ((overview["units"] as Json[]).find((u) => u["unitId"] === unitId)?.["figures"] ?? {}) as Json;
    const linkedToChanged = after.goals.filter((g) =>
      g.activityIds.some((id) => id === "sjodalsskolan-2026-akt-1" || id === "sjodalsskolan-2026-akt-6"),
    );
    expect(figuresOf("sjodalsskolan")["linksNeedingAttention"]).toBeGreaterThanOrEqual(
      linkedToChanged.length,
    );
    expect(figuresOf("sjodalsskolan")["linksNeedingAttention"]).toBeGreaterThan(0);
    expect(figuresOf("kvarnbergsskolan")["linksNeedingAttention"]).toBe(0);
  });

  it("starts next year's verksamhetsplan and förvaltning plan from this year's, re-pointing the activities to the copies", async () => {
    const gsn23 = "/api/board-plans/grundskolenamnden-2023";
    const plan23 = created(
      await post("/api/board-plans", johan, {
        id: "grundskolenamnden-2023",
        boardUnitId: "grundskolenamnden",
        year: 2023,
        title: "Grundskolenämndens verksamhetsplan 2023",
      }),
    );
    await put(
      `${gsn23}/interpretations/ekologisk-hallbarhet`,
      johan,
      { text: "Mindre energi." },
      versionOf(plan23),
    );
    created(
      await post(`${gsn23}/indicators`, johan, {
        id: "gsn-2023-ind-8",
        kfIndicatorId: "kf-8",
        name: "Energiförbrukningen i verksamhetslokaler",
        measureUnit: "kWh/m²",
        direction: "decrease",
        target: { year: 2023, value: 120 },
      }),
    );
    created(
      await post(`${gsn23}/milestones`, johan, {
        id: "gsn-2023-em-8",
        boardIndicatorId: "gsn-2023-ind-8",
        title: "130 kWh/m²",
        horizon: "short",
        targetValue: 130,
        targetDate: "2023-12-31",
      }),
    );
    created(
      await post("/api/work-plans", sofia, {
        id: "utbildningsforvaltningen-2023",
        ownerUnitId: "utbildningsforvaltningen",
        year: 2023,
        title: "Utbildningsförvaltningens arbetsplan 2023",
      }),
    );
    created(
      await post("/api/work-plans/utbildningsforvaltningen-2023/activities", sofia, {
        id: "uf-2023-akt-1",
        title: "Energieffektivisera skollokalerna",
        serves: { kind: "milestone", id: "gsn-2023-em-8" },
      }),
    );

    // Only the nämnd's planners start its next plan; 2027 lies in a new mandate period.
    expect((await post(`${gsn23}/next-year`, sofia, { id: "grundskolenamnden-2024" })).status).toBe(403);
    const newMandate = await post("/api/board-plans/grundskolenamnden-2026/next-year", johan, {
      id: "grundskolenamnden-2027",
    });
    expect(newMandate.body).toMatchObject({ status: 409, code: "plan-state", reason: "new-mandate" });

    const board24 = created(await post(`${gsn23}/next-year`, johan, { id: "grundskolenamnden-2024" }));
    expect(plan(board24)).toMatchObject({
      year: 2024,
      status: "draft",
      copiedFromPlanId: "grundskolenamnden-2023",
      interpretations: [{ focusAreaId: "ekologisk-hallbarhet", text: "Mindre energi." }],
    });
    const milestones = await server.sp.web.lists
      .getByTitle(lists.milestone.title)
      .items.filter(eq("BoardPlanId", "grundskolenamnden-2024"))
      .select("Key", "BoardIndicatorId", "TargetDate", "CopiedFromId")<ListRow[]>();
    expect(milestones).toEqual([
      expect.objectContaining({
        Key: "grundskolenamnden-2024-em-1",
        BoardIndicatorId: "grundskolenamnden-2024-ind-1",
        TargetDate: "2024-12-31",
        CopiedFromId: "gsn-2023-em-8",
      }),
    ]);

    const uf24 = created(
      await post("/api/work-plans/utbildningsforvaltningen-2023/next-year", sofia, {
        id: "utbildningsforvaltningen-2024",
      }),
    );
    expect(plan(uf24)).toMatchObject({ parentPlanId: "grundskolenamnden-2024", year: 2024 });
    expect(uf24["lostLinks"]).toEqual([]);
    const activities = await server.sp.web.lists
      .getByTitle(lists.activity.title)
      .items.filter(eq("WorkPlanId", "utbildningsforvaltningen-2024"))
      .select("Key", "ServesKind", "ServesId")<ListRow[]>();
    expect(activities).toEqual([
      expect.objectContaining({ ServesKind: "milestone", ServesId: "grundskolenamnden-2024-em-1" }),
    ]);
  });
});
