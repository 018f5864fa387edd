/**
 * The plan follow-up API of the real app server in local mode (the Huddinge demo seeded into the local site),
 * over HTTP with each demo person's own token: a tertial 1 follow-up recorded on every level by its owners,
 * one follow-up per item and period with ETags, the roll-ups, klarmarkering and the overview of units not
 * finished, and another nämnd's planner refused by the API and by the site itself.
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import {
  planFollowUpBoardSchema,
  type PlanFollowUpBoardAnswer,
} from "../../../src/contracts/planFollowUpApi";
import { unsignedToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { apiCall, useLocalServer, type Json } from "../server/support/localServer";

const johan = "johan.wikstrom@malkedjan.local"; // Grundskolenämndens planerare
const sofia = "sofia.ekstrom@malkedjan.local"; // Utbildningsförvaltningens planerare
const anders = "anders.holm@malkedjan.local"; // förvaltningschef
const helena = "helena.bergstrom@malkedjan.local"; // avdelningschef Grundskola
const karin = "karin.lindqvist@malkedjan.local"; // rektor Sjödalsskolan
const lena = "lena.aberg@malkedjan.local"; // Kommunstyrelsens planerare: another nämnd
const period = "2026-tertial1";

const session = useLocalServer("planfu");

const call = (
  method: string,
  url: string,
  as: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
) => apiCall(session.server.origin, method, url, as, body, headers);
const record = (as: string, kind: string, id: string, body: Json, version?: string) =>
  call(
    "PUT",
    `/api/plan-follow-ups/${kind}/${encodeURIComponent(id)}/${period}`,
    as,
    body,
    version === undefined ? {} : { "If-Match": version },
  );
const board = async (as: string, unitId: string): Promise<PlanFollowUpBoardAnswer> => {
  const answer = await call("GET", `/api/plan-follow-ups?enhet=${unitId}&period=${period}`, as);
  expect(answer.status).toBe(200);
  return planFollowUpBoardSchema.parse(answer.body);
};
const followUpOf = (answer: { body: Json }) => answer.body["followUp"] as Json;
const sjodal = (n: number) => `sjodalsskolan-2026-akt-${n}`;

describe("plan follow-up of tertial 1 across levels", () => {
  it("records the nämnd's, the förvaltning's and a skola's items by their owners, stamped by the server", async () => {
    const before = Date.now();
    const byJohan = await record(johan, "board-indicator", "grundskolenamnden-2026-ind-2", {
      status: "on-track",
      comment: "  Behörigheten ökar enligt vårens prognos.  ",
    });
    expect(byJohan.status).toBe(200);
    expect(followUpOf(byJohan)).toMatchObject({
      id: "grundskolenamnden-2026-ind-2--2026-tertial1",
      target: { kind: "board-indicator", id: "grundskolenamnden-2026-ind-2" },
      period,
      status: "on-track",
      comment: "Behörigheten ökar enligt vårens prognos.",
      authorId: johan,
    });
    const at = Date.parse(String(followUpOf(byJohan)["recordedAt"]));
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    expect(
      (await record(anders, "activity", "utbildningsforvaltningen-2026-akt-3", { status: "at-risk" })).status,
    ).toBe(200);
    // An uppdrag is followed up by the receiving förvaltning.
    expect(
      (await record(sofia, "assignment", "grundskolenamnden-2026-uppdrag-1", { status: "done" })).status,
    ).toBe(200);
    expect(
      (await record(karin, "activity", sjodal(2), { status: "at-risk", comment: "Få elever." })).status,
    ).toBe(200);

    // Who and when are the server's: a body naming them is refused whole.
    const forged = await record(karin, "activity", sjodal(3), {
      status: "done",
      authorId: johan,
      recordedAt: "2020-01-01T00:00:00Z",
    });
    expect(forged.status).toBe(400);
    // Only calendar periods, and only the year's plan items.
    const notAPeriod = await call("PUT", `/api/plan-follow-ups/activity/${sjodal(3)}/2026-tertial7`, karin, {
      status: "done",
    });
    expect(notAPeriod.status).toBe(400);
    const otherYear = await call("PUT", `/api/plan-follow-ups/activity/${sjodal(3)}/2027-tertial1`, karin, {
      status: "done",
    });
    expect(otherYear.status).toBe(400);
    expect(otherYear.body["detail"]).toContain("2027");
  });

  it("keeps one follow-up per item and period: a second save needs the current version, a stale one is 409", async () => {
    const first = await record(karin, "activity", sjodal(5), { status: "not-started" });
    expect(first.status).toBe(200);
    const version = String(first.body["version"]);
    const blind = await record(karin, "activity", sjodal(5), { status: "on-track" });
    expect(blind.status).toBe(409);
    expect(blind.body["current"]).toMatchObject({ version, value: { status: "not-started" } });

    const second = await record(
      karin,
      "activity",
      sjodal(5),
      { status: "on-track", comment: "Igång." },
      version,
    );
    expect(second.status).toBe(200);
    expect(followUpOf(second)).toMatchObject({ id: followUpOf(first)["id"], status: "on-track" });
    const stale = await record(karin, "activity", sjodal(5), { status: "done" }, version);
    expect(stale.status).toBe(409);
    expect(stale.body["code"]).toBe("conflict");
    expect(stale.body["current"]).toMatchObject({
      version: second.body["version"],
      value: { status: "on-track", comment: "Igång." },
    });
  });

  it("refuses another nämnd's planner in Swedish, and a rektor another skola's items", async () => {
    const byLena = await record(lena, "board-indicator", "grundskolenamnden-2026-ind-2", {
      status: "off-track",
    });
    expect(byLena.status).toBe(403);
    expect(byLena.body["detail"]).toBe(
      "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
    );
    expect((await record(karin, "activity", "kvarnbergsskolan-2026-akt-1", { status: "done" })).status).toBe(
      403,
    );
    expect((await record(lena, "activity", sjodal(1), { status: "done" })).status).toBe(403);
    expect(
      (await call("POST", "/api/plan-follow-ups/completions", lena, { unitId: "grundskolenamnden", period }))
        .status,
    ).toBe(403);
  });

  it("refuses the same planner's raw REST writes at the site: staff only read the lists", async () => {
    const asLena = createSp({
      siteUrl: `${session.server.origin}${session.sitePath}`,
      getToken: () => Promise.resolve(unsignedToken(lena)),
    });
    const followUps = asLena.web.lists.getByTitle("Uppföljningar");
    const rows = await followUps.items.select("Id", "Key")<{ Id: number; Key: string }[]>();
    expect(rows.length).toBeGreaterThan(0); // she reads them: plans are public
    await expect(
      followUps.items.add({ Title: "x", Key: "forged--2026-tertial1", TargetKind: "board-indicator" }),
    ).rejects.toMatchObject({ status: 403 });
    const row = rows.find((r) => r.Key === "grundskolenamnden-2026-ind-2--2026-tertial1");
    expect(row).toBeDefined();
    await expect(followUps.items.getById(row?.Id ?? 0).update({ Status: "off-track" })).rejects.toMatchObject(
      {
        status: 403,
      },
    );
    await expect(
      asLena.web.lists
        .getByTitle("Klarmarkeringar")
        .items.add({ Title: "x", Key: `grundskolenamnden--${period}`, State: "complete" }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("refuses klarmarkering while items lack a follow-up, saying how many; accepts it after and locks the period", async () => {
    const early = await call("POST", "/api/plan-follow-ups/completions", karin, {
      unitId: "sjodalsskolan",
      period,
    });
    expect(early.status).toBe(409);
    expect(early.body["code"]).toBe("period-state");
    // Of 7 (the arbetsplan and 6 activities), the demo has akt-1 and akt-4, this test akt-2 and akt-5.
    expect(early.body["detail"]).toBe(
      "Det går inte att klarmarkera ännu: 3 punkter av 7 saknar uppföljning för Tertial 1 2026.",
    );
    expect((await record(karin, "work-plan", "sjodalsskolan-2026", { status: "on-track" })).status).toBe(200);
    expect((await record(karin, "activity", sjodal(3), { status: "done" })).status).toBe(200);
    expect((await record(karin, "activity", sjodal(6), { status: "off-track" })).status).toBe(200);

    const marked = await call("POST", "/api/plan-follow-ups/completions", karin, {
      unitId: "sjodalsskolan",
      period,
    });
    expect(marked.status).toBe(200);
    expect(marked.body["completion"]).toMatchObject({
      unitId: "sjodalsskolan",
      period,
      state: "complete",
      completedBy: karin,
      completedByName: "Karin Lindqvist",
    });
    const locked = await record(karin, "activity", sjodal(3), { status: "on-track" });
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ code: "period-state", reason: "completed" });
    expect(String(locked.body["detail"])).toContain(
      "Sjödalsskolan har klarmarkerat uppföljningen för Tertial 1 2026",
    );
  });

  it("rolls the skola's items up to its plan and to the målområde", async () => {
    const answer = await board(karin, "sjodalsskolan");
    expect(answer.plan?.followUp?.followUp.status).toBe("on-track");
    // akt-1 on-track (demo), akt-2 at-risk, akt-3 done, akt-4 not-started (demo), akt-5 on-track, akt-6 off-track.
    expect(answer.plan?.rollup).toEqual({
      status: "off-track",
      counts: { "not-started": 1, "on-track": 2, "at-risk": 1, "off-track": 1, done: 1, missing: 0 },
      followedUp: 6,
      total: 6,
    });
    expect([answer.progress.followedUp, answer.progress.total]).toEqual([7, 7]);
    // akt-6 serves the basuppdrag: in no målområde; the other five reach social hållbarhet.
    expect(answer.focusAreas.map((a) => [a.focusAreaId, a.status, a.followedUp, a.total])).toEqual([
      ["social-hallbarhet", "at-risk", 5, 5],
    ]);
    expect(answer.completion?.completion.state).toBe("complete");
    expect(answer.may).toEqual({ record: false, complete: false, reopen: false });
  });

  it("shows a chef and a nämnd's planner which units below have finished and which have not", async () => {
    const forHelena = await board(helena, "grundskola");
    expect(
      forHelena.overview.map((r) => [
        r.unit.name,
        r.depth,
        r.followedUp,
        r.total,
        r.completion?.completedByName ?? null,
      ]),
    ).toEqual([
      ["Kvarnbergsskolan", 1, 1, 7, null],
      ["Sjödalsskolan", 1, 7, 7, "Karin Lindqvist"],
    ]);
    const forJohan = await board(johan, "grundskolenamnden");
    expect(forJohan.overview.map((r) => [r.unit.name, r.depth, r.completion === null])).toEqual([
      ["Utbildningsförvaltningen", 1, true],
      ["Grundskola", 2, true],
      ["Kvarnbergsskolan", 3, true],
      ["Sjödalsskolan", 3, false],
    ]);
    // The nämnd's own: its plan and 7 indicators and 12 etappmål, of which one is followed up; its plan rolls
    // up the uppdrag too (one done by the förvaltning).
    expect([forJohan.progress.followedUp, forJohan.progress.total]).toEqual([1, 20]);
    expect(forJohan.plan?.rollup).toMatchObject({ followedUp: 2, total: 21 });
    expect(forJohan.may).toEqual({ record: true, complete: true, reopen: false });
    // A reader sees it all and may do nothing.
    const forLena = await board(lena, "grundskolenamnden");
    expect(forLena.may).toEqual({ record: false, complete: false, reopen: false });
  });

  it("lets only the level above reopen a klarmarkering; the unit may then change its follow-up", async () => {
    const reopenBody = { unitId: "sjodalsskolan", period };
    expect((await call("POST", "/api/plan-follow-ups/reopenings", karin, reopenBody)).status).toBe(403);
    const reopened = await call("POST", "/api/plan-follow-ups/reopenings", helena, reopenBody);
    expect(reopened.status).toBe(200);
    expect(reopened.body["completion"]).toMatchObject({
      state: "reopened",
      completedBy: karin,
      reopenedBy: helena,
      reopenedByName: "Helena Bergström",
    });
    const current = await board(karin, "sjodalsskolan");
    const akt3 = current.items.find((i) => i.id === sjodal(3));
    const changed = await record(
      karin,
      "activity",
      sjodal(3),
      { status: "on-track" },
      akt3?.followUp?.version,
    );
    expect(changed.status).toBe(200);
  });

  it("answers 401 without a token and 400 without a unit", async () => {
    expect((await call("GET", `/api/plan-follow-ups?enhet=sjodalsskolan`, undefined)).status).toBe(401);
    expect((await call("GET", `/api/plan-follow-ups`, karin)).status).toBe(400);
    expect((await call("GET", `/api/plan-follow-ups?enhet=ingen`, karin)).status).toBe(404);
  });
});
