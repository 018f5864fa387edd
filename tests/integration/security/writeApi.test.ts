import { request } from "node:http";
import { streamingRequest } from "../localsite/support/raw-http";
import { municipalDate } from "../../../src/domain";
import { unsignedToken } from "../../../src/localsite";
import { startApp, type RunningApp } from "../../../scripts/harness";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";

type Json = Record<string, unknown>;

/** A follow-up date ahead of the server's today (new dates may not lie in the past). */
const ahead = municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000));

/**
 * The write API of the real server (`src/server/main.ts`, local mode, the Huddinge demo), called over HTTP
 * with each demo person's own token as an attacker would: odd bodies, forged fields, other people's goals.
 * Who and when come from the verified caller and the server's clock, never from the request.
 */
describe("the write API as an attacker tries it", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 240_000);
  afterAll(() => app.stop());

  const call = async (
    method: string,
    path: string,
    options: { as?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Json; type: string }> => {
    const response = await fetch(new URL(path, app.url), {
      method,
      headers: {
        "Content-Type": "application/json",
        ...(options.as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(options.as)}` }),
        ...options.headers,
      },
      ...(options.raw !== undefined
        ? { body: options.raw }
        : options.body === undefined
          ? {}
          : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text === "" ? {} : (JSON.parse(text) as Json),
      type: response.headers.get("content-type") ?? "",
    };
  };

  let sequence = 0;
  const newGoal = (overrides: Json = {}): Json => ({
    id: `mal-attack-${++sequence}`,
    employeeId: maria,
    year: 2026,
    title: "Lästräning med åk 2",
    activityIds: ["sjodalsskolan-2026-akt-1"],
    followUpDates: [ahead],
    ...overrides,
  });
  const goalOf = (answer: { body: Json }) => answer.body["goal"] as Json;

  it("answers 401 without a token, and with a token the organisation does not know refuses (403)", async () => {
    const anonymous = await call("POST", "/api/goals", { body: newGoal() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.type).toMatch(/application\/problem\+json/);
    expect(anonymous.body).toMatchObject({ code: "unauthenticated", title: "Du behöver logga in" });
    const stranger = await call("POST", "/api/goals", { as: "okand@malkedjan.local", body: newGoal() });
    expect(stranger.status).toBe(403);
  });

  it("refuses a client's who and when: agreement marks, manager, unit and author are not fields of the API", async () => {
    for (const forged of [
      { agreedByManagerAt: "2026-01-01T00:00:00Z" },
      { agreedByEmployeeAt: "2026-01-01T00:00:00Z" },
      { managerId: erik },
      { unitId: "kvarnbergsskolan" },
    ]) {
      const answer = await call("POST", "/api/goals", { as: maria, body: newGoal(forged) });
      expect(answer.status).toBe(400);
      expect(answer.body["code"]).toBe("validation");
    }
  });

  it("lets a medarbetare set only her own mark and the current chef only the chef's", async () => {
    const created = await call("POST", "/api/goals", { as: maria, body: newGoal() });
    expect(created.status).toBe(201);
    const goal = goalOf(created);
    expect(goal).toMatchObject({ employeeId: maria, managerId: karin, unitId: "sjodalsskolan" });
    expect(goal["agreedByEmployeeAt"]).toBeUndefined();
    expect(goal["agreedByManagerAt"]).toBeUndefined();

    const byMaria = await call("POST", `/api/goals/${String(goal["id"])}/agreement`, {
      as: maria,
      body: { employeeId: maria },
    });
    expect(byMaria.status).toBe(200);
    expect(goalOf(byMaria)["agreedByEmployeeAt"]).toEqual(expect.any(String));
    expect(goalOf(byMaria)["agreedByManagerAt"]).toBeUndefined();

    // A revision that tries to slip the chef's mark in is refused whole.
    const forged = await call("PUT", `/api/goals/${String(goal["id"])}`, {
      as: maria,
      headers: { "If-Match": String(byMaria.body["version"]) },
      body: { ...newGoal(), id: undefined, agreedByManagerAt: "2026-11-27T08:00:00Z" },
    });
    expect(forged.status).toBe(400);

    const byKarin = await call("POST", `/api/goals/${String(goal["id"])}/agreement`, {
      as: karin,
      body: { employeeId: maria },
    });
    expect(byKarin.status).toBe(200);
    expect(goalOf(byKarin)["agreedByManagerAt"]).toEqual(expect.any(String));
    expect(goalOf(byKarin)["agreedByEmployeeAt"]).toBe(goalOf(byMaria)["agreedByEmployeeAt"]);

    // Erik is neither: the goal is not his to see.
    const byErik = await call("POST", `/api/goals/${String(goal["id"])}/agreement`, {
      as: erik,
      body: { employeeId: maria },
    });
    expect(byErik.status).toBe(404);
  });

  it("records every follow-up with the caller as author and the server's time", async () => {
    const goal = goalOf(await call("POST", "/api/goals", { as: maria, body: newGoal() }));
    const path = `/api/goals/${String(goal["id"])}/follow-ups`;
    const entry = {
      id: `uppf-attack-${sequence}`,
      employeeId: maria,
      answers: ahead,
      status: "on-track",
    };
    const forged = await call("POST", path, {
      as: karin,
      body: { ...entry, authorId: maria, recordedAt: "2020-01-01T00:00:00Z" },
    });
    expect(forged.status).toBe(400);
    // The day a follow-up is recorded is the server's too.
    expect((await call("POST", path, { as: karin, body: { ...entry, period: "2020-01-01" } })).status).toBe(
      400,
    );
    const before = Date.now();
    const recorded = await call("POST", path, { as: karin, body: entry });
    expect(recorded.status).toBe(201);
    const followUp = recorded.body["followUp"] as Json;
    expect(followUp["authorId"]).toBe(karin);
    expect(followUp["period"]).toBe(municipalDate(new Date()));
    expect(followUp["answers"]).toBe(ahead);
    expect(Date.parse(String(followUp["recordedAt"]))).toBeGreaterThanOrEqual(before - 1000);
    // The same request again is the same follow-up, not a second one.
    const again = await call("POST", path, { as: karin, body: entry });
    expect(again.status).toBe(201);
    expect(again.body["followUp"]).toEqual(followUp);
    expect((await call("POST", path, { as: erik, body: { ...entry, id: "uppf-erik" } })).status).toBe(404);
  });

  /** A goal of Maria's agreed by both, as the two would have marked it. */
  const agreedGoal = async (): Promise<{ goal: Json; version: string }> => {
    const goal = goalOf(await call("POST", "/api/goals", { as: maria, body: newGoal() }));
    const agreement = `/api/goals/${String(goal["id"])}/agreement`;
    await call("POST", agreement, { as: maria, body: { employeeId: maria } });
    const byKarin = await call("POST", agreement, { as: karin, body: { employeeId: maria } });
    return { goal: goalOf(byKarin), version: String(byKarin.body["version"]) };
  };
  const deletion = (goal: Json, employeeId = maria) =>
    `/api/goals/${String(goal["id"])}?employeeId=${encodeURIComponent(employeeId)}`;

  it("deletes only a goal that is yours, still a draft and unchanged since you read it", async () => {
    const created = await call("POST", "/api/goals", { as: maria, body: newGoal() });
    const goal = goalOf(created);
    const version = String(created.body["version"]);
    // Someone else's goal is not there for them, whichever folder they name.
    for (const employeeId of [maria, erik]) {
      const byErik = await call("DELETE", deletion(goal, employeeId), {
        as: erik,
        headers: { "If-Match": version },
      });
      expect(byErik.status).toBe(404);
    }
    expect((await call("DELETE", deletion(goal), { as: maria })).status).toBe(400);
    expect(
      (await call("DELETE", `${deletion(goal)}&force=true`, { as: maria, headers: { "If-Match": version } }))
        .status,
    ).toBe(400);
    const stale = await call("DELETE", deletion(goal), { as: maria, headers: { "If-Match": '"1|0"' } });
    expect(stale.status).toBe(412);
    expect(stale.body["current"]).toMatchObject({ value: { id: goal["id"] } });

    const deleted = await call("DELETE", deletion(goal), { as: karin, headers: { "If-Match": version } });
    expect(deleted.status).toBe(204);
    const again = await call("DELETE", deletion(goal), { as: maria, headers: { "If-Match": version } });
    expect(again.status).toBe(404);
  });

  it("never deletes an agreed goal: 409, and the goal stays", async () => {
    const { goal, version } = await agreedGoal();
    for (const as of [maria, karin]) {
      const refused = await call("DELETE", deletion(goal), { as, headers: { "If-Match": version } });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: "goal-state", reason: "agreed", action: "delete" });
      expect(String(refused.body["detail"])).not.toContain(String(goal["id"]));
    }
    const still = await call("POST", `/api/goals/${String(goal["id"])}/agreement`, {
      as: karin,
      body: { employeeId: maria },
    });
    expect(still.status).toBe(200);
  });

  it("withdraws an agreed goal with the caller and the server's time: a forged withdrawnBy is refused", async () => {
    const { goal, version } = await agreedGoal();
    const path = `/api/goals/${String(goal["id"])}/withdrawal`;
    for (const forged of [
      { withdrawnBy: erik },
      { withdrawnAt: "2020-01-01T00:00:00Z" },
      { withdrawnBy: maria, withdrawnAt: "2026-01-01T00:00:00Z" },
    ]) {
      const answer = await call("POST", path, {
        as: karin,
        headers: { "If-Match": version },
        body: { employeeId: maria, ...forged },
      });
      expect(answer.status).toBe(400);
      expect(answer.body["code"]).toBe("validation");
    }
    expect(
      (await call("POST", path, { as: erik, headers: { "If-Match": version }, body: { employeeId: maria } }))
        .status,
    ).toBe(404);
    expect((await call("POST", path, { as: karin, body: { employeeId: maria } })).status).toBe(400);
    const stale = await call("POST", path, {
      as: karin,
      headers: { "If-Match": '"1|0"' },
      body: { employeeId: maria },
    });
    expect(stale.status).toBe(412);

    const before = Date.now();
    const withdrawn = await call("POST", path, {
      as: karin,
      headers: { "If-Match": version },
      body: { employeeId: maria },
    });
    expect(withdrawn.status).toBe(200);
    expect(goalOf(withdrawn)["withdrawnBy"]).toBe(karin);
    expect(Date.parse(String(goalOf(withdrawn)["withdrawnAt"]))).toBeGreaterThanOrEqual(before - 1000);
    // Closed from now on: no edit, no follow-up.
    const edit = await call("PUT", `/api/goals/${String(goal["id"])}`, {
      as: maria,
      headers: { "If-Match": String(withdrawn.body["version"]) },
      body: { ...newGoal(), id: undefined, title: "Ändrat efteråt" },
    });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ code: "goal-state", reason: "withdrawn" });
    const followUp = await call("POST", `/api/goals/${String(goal["id"])}/follow-ups`, {
      as: maria,
      body: { id: `uppf-sent-${sequence}`, employeeId: maria, status: "done" },
    });
    expect(followUp.status).toBe(409);
  });

  it("withdraws only an agreed goal: a draft is deleted instead (409)", async () => {
    const created = await call("POST", "/api/goals", { as: maria, body: newGoal() });
    const refused = await call("POST", `/api/goals/${String(goalOf(created)["id"])}/withdrawal`, {
      as: maria,
      headers: { "If-Match": String(created.body["version"]) },
      body: { employeeId: maria },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: "goal-state", reason: "not-agreed" });
  });

  it("refuses a goal linked to an activity outside the medarbetare's unit plan, with the rule's message", async () => {
    const answer = await call("POST", "/api/goals", {
      as: maria,
      body: newGoal({ activityIds: ["kvarnbergsskolan-2026-akt-1"] }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: "invalid-link", reason: "other-unit" });
    expect(String(answer.body["detail"])).toMatch(/aktiviteten hör till .*Kvarnbergsskolan/);
  });

  it("refuses writing another person's goals: a colleague 403, a chef of another unit 403", async () => {
    expect((await call("POST", "/api/goals", { as: erik, body: newGoal() })).status).toBe(403);
    expect(
      (await call("POST", "/api/goals", { as: "mikael.sandberg@malkedjan.local", body: newGoal() })).status,
    ).toBe(403);
  });

  it("refuses a follow-up date before today and a title over 255 characters, naming each field's path", async () => {
    const past = await call("POST", "/api/goals", {
      as: maria,
      body: newGoal({ followUpDates: [ahead, "2020-01-01"] }),
    });
    expect(past.status).toBe(400);
    expect(past.body["issues"]).toEqual([
      expect.objectContaining({ path: "followUpDates.0", code: "past_date" }),
    ]);
    const long = await call("POST", "/api/goals", { as: maria, body: newGoal({ title: "x".repeat(256) }) });
    expect(long.status).toBe(400);
    expect(long.body["issues"]).toEqual([expect.objectContaining({ path: "title", code: "too_big" })]);
  });

  it("answers a stale version with 412 and what is stored now", async () => {
    const created = await call("POST", "/api/goals", { as: maria, body: newGoal() });
    const goal = goalOf(created);
    const path = `/api/goals/${String(goal["id"])}`;
    const revision = { ...newGoal(), id: undefined, title: "Ny titel" };
    const first = await call("PUT", path, {
      as: maria,
      headers: { "If-Match": String(created.body["version"]) },
      body: revision,
    });
    expect(first.status).toBe(200);
    const stale = await call("PUT", path, {
      as: karin,
      headers: { "If-Match": String(created.body["version"]) },
      body: { ...revision, title: "Chefens titel" },
    });
    expect(stale.status).toBe(412);
    expect(stale.body["current"]).toMatchObject({ value: { title: "Ny titel" } });
    const missing = await call("PUT", path, { as: maria, body: revision });
    expect(missing.status).toBe(400);
  });

  it("answers odd bodies precisely and keeps answering", async () => {
    expect((await call("POST", "/api/goals", { as: maria, raw: "{not json" })).status).toBe(400);
    expect((await call("POST", "/api/goals", { as: maria, raw: "[1,2,3]" })).status).toBe(400);
    expect((await call("POST", "/api/goals", { as: maria, raw: '"text"' })).status).toBe(400);
    expect((await call("POST", "/api/goals", { as: maria, raw: "[".repeat(50_000) })).status).toBe(400);
    expect((await call("POST", "/api/goals", { as: maria, body: newGoal({ title: 5 }) })).status).toBe(400);
    expect(
      (await call("POST", "/api/goals", { as: maria, body: newGoal({ title: "x".repeat(300) }) })).status,
    ).toBe(400);
    expect(
      (
        await call("POST", "/api/goals", {
          as: maria,
          raw: JSON.stringify(newGoal({ description: "x".repeat(200_000) })),
        })
      ).status,
    ).toBe(413);
    expect(
      (
        await call("POST", "/api/goals", {
          as: maria,
          raw: "title=x",
          headers: { "Content-Type": "text/plain" },
        })
      ).status,
    ).toBe(415);
    expect((await call("GET", "/healthz")).status).toBe(200);
  });

  it("refuses a request for another host name (DNS rebinding)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL("/api/goals", app.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "GET",
          headers: { Host: "evil.example" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it("survives an unauthenticated 600 MB body: refused early, and the server still answers", async () => {
    const port = Number(new URL(app.url).port);
    for (const path of ["/api/goals", "/sites/styrning/_api/web/lists"]) {
      for (const contentLength of [true, false]) {
        const answer = await streamingRequest(port, {
          path,
          headers: { "content-type": "application/json" },
          total: 600 * 1024 * 1024,
          contentLength,
          pauseAfterFirstChunkMs: 200,
        });
        expect([401, 413]).toContain(answer.status);
        expect(answer.headers["connection"]).toBe("close");
        expect(answer.sent).toBeLessThan(600 * 1024 * 1024);
        expect((await call("GET", "/healthz")).status).toBe(200);
      }
    }
  }, 120_000);
});
