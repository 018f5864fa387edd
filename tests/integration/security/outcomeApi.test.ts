/**
 * The indicator outcome API of the real server (in-process local mode, the Huddinge demo seeded into the
 * local site), called over HTTP with each demo person's own token: KF indicators' outcomes are the municipal
 * planners' (Lena), a nämnd indicator's its nämnd's planners' (Johan); anyone else is refused in Swedish.
 * Source, author and time come from the server, never from the body.
 */
import { planners, staff } from "../../../src/demo/huddinge";
import { apiCall, useLocalServer, type Json } from "../server/support/localServer";

const lena = planners.kommun.id; // municipal planner
const johan = planners.namnd.id; // planner for Grundskolenämnden
const sofia = planners.forvaltning.id; // planner for Utbildningsförvaltningen, below the nämnd
const maria = staff.sjodal.maria.id;
const gsn = (n: number) => ({ kind: "board-indicator", id: `grundskolenamnden-2026-ind-${n}` }) as const;
const kf = (n: number) => ({ kind: "kf-indicator", id: `kf-${n}` }) as const;

const session = useLocalServer("outcomes");

const call = (method: string, url: string, options: { as?: string; body?: unknown; ifMatch?: string } = {}) =>
  apiCall(
    session.server.origin,
    method,
    url,
    options.as,
    options.body,
    options.ifMatch === undefined ? {} : { "If-Match": options.ifMatch },
  );
const record = (as: string | undefined, body: unknown) =>
  call("POST", "/api/indicator-outcomes", { as, body });
const outcomeOf = (answer: { body: Json }) => answer.body["outcome"] as Json;
const value = (total: number, split: { women?: number; men?: number } = {}) => ({
  kind: "value",
  total,
  ...split,
});

describe("recording indicator outcomes over the API", () => {
  it("answers 401 without a token", async () => {
    const anonymous = await record(undefined, { indicator: kf(3), period: "2021", measurement: value(80) });
    expect(anonymous.status).toBe(401);
  });

  it("lets a municipal planner record a KF indicator's outcome, stamped by the server", async () => {
    const before = Date.now();
    const created = await record(lena, { indicator: kf(3), period: "2021", measurement: value(80) });
    expect(created.status).toBe(201);
    expect(outcomeOf(created)).toMatchObject({
      id: "kf:kf-3:2021:manual",
      indicator: kf(3),
      period: "2021",
      measurement: { kind: "value", total: 80 },
      source: "manual",
      recordedBy: lena,
    });
    const at = Date.parse(String(outcomeOf(created)["recordedAt"]));
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(created.body["attribution"]).toBeUndefined();

    // The same again is the stored one; a different value for the period is a conflict (correct it instead).
    const again = await record(lena, { indicator: kf(3), period: "2021", measurement: value(80) });
    expect(again.status).toBe(201);
    expect(again.body["version"]).toBe(created.body["version"]);
    const other = await record(lena, { indicator: kf(3), period: "2021", measurement: value(81) });
    expect(other.status).toBe(409);
  });

  it("refuses someone who does not own the indicator, saying why in Swedish", async () => {
    const byJohan = await record(johan, { indicator: kf(3), period: "2020", measurement: value(79) });
    expect(byJohan.status).toBe(403);
    expect(byJohan.body["detail"]).toBe(
      "Det får du inte göra: bara kommunens planerare får ändra KF-nivån och organisationen.",
    );
    for (const someone of [sofia, maria]) {
      const refused = await record(someone, { indicator: gsn(3), period: "2021", measurement: value(76) });
      expect(refused.status).toBe(403);
      expect(refused.body["detail"]).toBe(
        "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
      );
    }
    const stranger = await record("okand@malkedjan.local", {
      indicator: gsn(3),
      period: "2021",
      measurement: value(76),
    });
    expect(stranger.status).toBe(403);
  });

  it("lets the nämnd's planner record its indicator, split only where the indicator is, missing as a reason", async () => {
    const split = await record(johan, {
      indicator: gsn(3),
      period: "2021",
      measurement: value(76, { women: 78, men: 74 }),
    });
    expect(split.status).toBe(201);
    expect(outcomeOf(split)["measurement"]).toEqual({ kind: "value", total: 76, women: 78, men: 74 });

    const noSplit = await record(johan, {
      indicator: gsn(1),
      period: "2021",
      measurement: value(119_000, { women: 1 }),
    });
    expect(noSplit.status).toBe(400);
    expect(noSplit.body["issues"]).toEqual([
      expect.objectContaining({
        path: "measurement.women",
        message: "indikatorn redovisas inte uppdelad på kvinnor och män",
      }),
    ]);

    const missing = await record(johan, {
      indicator: gsn(7),
      period: "2021",
      measurement: { kind: "missing", reason: "not-yet-published" },
    });
    expect(missing.status).toBe(201);
    expect(outcomeOf(missing)["measurement"]).toEqual({ kind: "missing", reason: "not-yet-published" });
  });

  it("refuses odd bodies with 400: the server's fields, a value without a total, text for a number, a bad period", async () => {
    const good = { indicator: gsn(5), period: "2021", measurement: value(80) };
    for (const odd of [
      { ...good, source: "kolada" },
      { ...good, recordedBy: lena },
      { ...good, recordedAt: "2020-01-01T00:00:00Z" },
      { ...good, measurement: { kind: "value" } },
      { ...good, measurement: { kind: "value", total: "80" } },
      { ...good, measurement: { kind: "missing", reason: "zero" } },
      { ...good, indicator: { kind: "focus-area", id: "kf-1" } },
      { ...good, period: "förra året" },
      [],
    ]) {
      const answer = await record(johan, odd);
      expect([answer.status, answer.body["code"]]).toEqual([400, "validation"]);
    }
    const unknown = await record(johan, { ...good, indicator: gsn(4) });
    expect(unknown.status).toBe(404);
  });

  it("corrects and removes a manual outcome at the version seen; Kolada's are the import's", async () => {
    const created = await record(lena, { indicator: kf(6), period: "2021", measurement: value(70) });
    const id = String(outcomeOf(created)["id"]);
    const version = String(created.body["version"]);
    const url = `/api/indicator-outcomes/${encodeURIComponent(id)}`;

    expect((await call("PUT", url, { as: lena, body: { measurement: value(71) } })).status).toBe(400);
    const byJohan = await call("PUT", url, { as: johan, ifMatch: version, body: { measurement: value(71) } });
    expect(byJohan.status).toBe(403);
    const corrected = await call("PUT", url, {
      as: lena,
      ifMatch: version,
      body: { measurement: value(71), comment: "Rättad efter SCB:s nya siffror" },
    });
    expect(corrected.status).toBe(200);
    expect(outcomeOf(corrected)).toMatchObject({
      measurement: value(71),
      recordedBy: lena,
      comment: "Rättad efter SCB:s nya siffror",
    });
    const stale = await call("PUT", url, { as: lena, ifMatch: version, body: { measurement: value(72) } });
    expect(stale.status).toBe(412);

    const kolada = await call("PUT", "/api/indicator-outcomes/kf%3Akf-1%3A2024%3Akolada", {
      as: lena,
      ifMatch: "1|x",
      body: { measurement: value(-6) },
    });
    expect(kolada.status).toBe(403);
    expect(kolada.body["detail"]).toBe(
      "Det får du inte göra: utfall som hämtats från Kolada ändras bara av Kolada-importen.",
    );

    const removed = await call("DELETE", url, { as: lena, ifMatch: String(corrected.body["version"]) });
    expect(removed.status).toBe(204);
    expect((await call("DELETE", url, { as: lena, ifMatch: String(corrected.body["version"]) })).status).toBe(
      404,
    );
  });
});
