import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import {
  kfApiPaths,
  mandateDeskSchema,
  mandateListSchema,
  savedKfIndicatorSchema,
  savedProgramDeclarationSchema,
  savedVisionSchema,
} from "../../../src/contracts/kfLevelApi";
import { unsignedToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { readSharePointFailure } from "../../../src/sharepoint/pnp/sharePointError";
import { lists } from "../../../src/sharepoint/schema/lists";
import { apiCall, useLocalServer, type ApiAnswer, type Json } from "../server/support/localServer";

const lena = "lena.aberg@malkedjan.local"; // the kommun's planner (municipal-planner)
const johan = "johan.wikstrom@malkedjan.local"; // Grundskolenämnden's planner
const sofia = "sofia.ekstrom@malkedjan.local"; // Utbildningsförvaltningen's planner
const helena = "helena.bergstrom@malkedjan.local"; // avdelningschef Grundskola
const karin = "karin.lindqvist@malkedjan.local"; // rektor Sjödalsskolan

const session = useLocalServer("kf-level");

const call = (
  method: string,
  url: string,
  as: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> => apiCall(session.server.origin, method, url, as, body, headers);
const withVersion = (version: string | undefined): Record<string, string> =>
  version === undefined ? {} : { "If-Match": version };
const post = (url: string, as: string, body: unknown, version?: string) =>
  call("POST", url, as, body, withVersion(version));
const put = (url: string, as: string, body: unknown, version: string) =>
  call("PUT", url, as, body, withVersion(version));

const answered = (answer: ApiAnswer, status: number): Json => {
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
  return answer.body;
};
const versionOf = (answer: Json): string => String(answer["version"]);

const mandate = "programforklaring-2023-2026";
const desk = (as: string) => call("GET", kfApiPaths.mandate(mandate), as);
const indicatorNumbers = (body: Json): number[] =>
  (body["focusAreas"] as Json[]).flatMap((a) =>
    (a["kfIndicators"] as Json[]).map((k) => (k["indicator"] as Json)["number"] as number),
  );
const store: Record<string, string> = {};

describe("the KF level over HTTP with each person's token", () => {
  it("lists the mandates and shows the demo level to anyone, with mayEdit for the kommun's planner only", async () => {
    const listed = answered(await call("GET", kfApiPaths.mandates, johan), 200);
    expect(listed).toEqual({
      mandates: [
        {
          id: mandate,
          title: "Politisk programförklaring 2023–2026",
          firstYear: 2023,
          lastYear: 2026,
          status: "adopted",
          versionNumber: 1,
        },
      ],
      currentId: mandate,
    });
    expect(mandateListSchema.safeParse(listed).error).toBeUndefined();
    const johans = answered(await desk(johan), 200);
    expect(mandateDeskSchema.safeParse(johans).error).toBeUndefined();
    expect(johans["mayEdit"]).toBe(false);
    const lenas = answered(await desk(lena), 200);
    expect(lenas["mayEdit"]).toBe(true);
    expect(indicatorNumbers(lenas)).toEqual([2, 3, 4, 5, 6, 7, 1, 8]);
    const translations = Object.fromEntries(
      (lenas["focusAreas"] as Json[]).flatMap((a) =>
        (a["kfIndicators"] as Json[]).map((k) => [(k["indicator"] as Json)["id"], k["translations"]]),
      ),
    );
    // Grundskolenämnden's 2026 verksamhetsplan translates every KF indicator but 4.
    expect(translations).toMatchObject({ "kf-1": 1, "kf-2": 1, "kf-4": 0, "kf-8": 1 });
    store["declaration"] = versionOf(lenas["declaration"] as Json);
  });

  it("lets Lena open a new version, edit the programförklaring, add KF indicator 9 and fastställa it with a decision", async () => {
    const fastställd = await put(
      kfApiPaths.mandate(mandate),
      lena,
      { title: "Politisk programförklaring 2023–2026", text: "Ny text." },
      store["declaration"] ?? "",
    );
    expect(fastställd.body).toMatchObject({ status: 409, code: "plan-state", reason: "adopted" });
    expect(String(fastställd.body["detail"])).toMatch(/fastställd och kan inte ändras/);

    const closed = await post(kfApiPaths.indicators(mandate), lena, {
      id: "kf-10",
      focusAreaId: "social-hallbarhet",
      name: "För sent",
      measureUnit: "%",
      direction: "increase",
    });
    expect(closed.body).toMatchObject({ status: 409, code: "plan-state", reason: "adopted" });
    const reopened = answered(await post(kfApiPaths.versions(mandate), lena, {}, store["declaration"]), 200);
    expect(reopened["declaration"]).toMatchObject({
      id: mandate,
      status: "draft",
      versionNumber: 2,
      createdBy: lena,
      adoptions: [{ versionNumber: 1 }],
    });
    const edited = answered(
      await put(
        kfApiPaths.mandate(mandate),
        lena,
        {
          title: "Politisk programförklaring 2023–2026",
          text: "Vi har människan i fokus, och nu också fler elever som klarar skolan.",
        },
        versionOf(reopened),
      ),
      200,
    );
    const added = answered(
      await post(kfApiPaths.indicators(mandate), lena, {
        id: "kf-9",
        focusAreaId: "social-hallbarhet",
        name: "Andel elever som läser på fritiden",
        measureUnit: "%",
        direction: "increase",
        agenda2030Goals: [4, 4, 3],
      }),
      201,
    );
    expect(added["indicator"]).toEqual({
      id: "kf-9",
      focusAreaId: "social-hallbarhet",
      number: 9,
      name: "Andel elever som läser på fritiden",
      measureUnit: "%",
      direction: "increase",
      agenda2030Goals: [3, 4],
    });
    store["kf-9"] = versionOf(added);
    expect(savedKfIndicatorSchema.safeParse(added).error).toBeUndefined();
    const retried = await post(kfApiPaths.indicators(mandate), lena, {
      id: "kf-9",
      focusAreaId: "social-hallbarhet",
      name: "Andel elever som läser på fritiden",
      measureUnit: "%",
      direction: "increase",
      agenda2030Goals: [3, 4],
    });
    expect({ status: retried.status, body: retried.body }).toEqual({ status: 201, body: added });
    const taken = await post(kfApiPaths.indicators(mandate), lena, {
      id: "kf-9",
      focusAreaId: "social-hallbarhet",
      name: "Något annat",
      measureUnit: "%",
      direction: "increase",
    });
    expect(taken.body).toMatchObject({ status: 409, code: "conflict" });

    const missing = await post(
      kfApiPaths.adoption(mandate),
      lena,
      { decisionReference: " " },
      versionOf(edited),
    );
    expect(missing.body).toMatchObject({ status: 400, code: "validation" });
    const adopted = answered(
      await post(
        kfApiPaths.adoption(mandate),
        lena,
        { decisionReference: "KF 2026-11-16 § 12" },
        versionOf(edited),
      ),
      200,
    );
    expect(adopted["declaration"]).toMatchObject({
      status: "adopted",
      versionNumber: 2,
      adoptedBy: lena,
      decisionReference: "KF 2026-11-16 § 12",
    });
    store["declaration"] = versionOf(adopted);
    expect(savedProgramDeclarationSchema.safeParse(adopted).error).toBeUndefined();

    const untranslated = answered(
      await call("GET", "/api/board-plans/grundskolenamnden-2026/untranslated-kf-indicators", johan),
      200,
    );
    expect((untranslated["kfIndicators"] as Json[]).map((k) => k["number"])).toEqual([4, 9]);
  });

  it("refuses Johan every KF write (403, Swedish) and the site refuses his raw writes to the KF lists", async () => {
    const lenas = answered(await desk(lena), 200);
    const version = versionOf(lenas["declaration"] as Json);
    const visionVersion = versionOf(lenas["vision"] as Json);
    const area = (lenas["focusAreas"] as Json[])[0] as Json;
    const kf2 = (area["kfIndicators"] as Json[])[0] as Json;
    const indicator = {
      focusAreaId: "social-hallbarhet",
      name: "Kapad indikator",
      measureUnit: "%",
      direction: "increase",
    };
    const writes: [string, string, unknown, string | undefined][] = [
      ["PUT", kfApiPaths.vision, { text: "Kapad vision." }, visionVersion],
      ["PUT", kfApiPaths.mandate(mandate), { title: "Kapad", text: "Kapad." }, version],
      [
        "PUT",
        kfApiPaths.focusArea(mandate, "social-hallbarhet"),
        { heading: "Kapad", citizenText: "Kapad.", agenda2030Goals: [] },
        versionOf(area),
      ],
      ["POST", kfApiPaths.indicators(mandate), { id: "kf-johan", ...indicator }, undefined],
      ["PUT", kfApiPaths.indicator(mandate, "kf-2"), indicator, versionOf(kf2)],
      ["DELETE", kfApiPaths.indicator(mandate, "kf-9"), undefined, store["kf-9"]],
      ["POST", kfApiPaths.adoption(mandate), { decisionReference: "KF § 1" }, version],
      ["POST", kfApiPaths.versions(mandate), {}, version],
      ["POST", kfApiPaths.nextMandate(mandate), { id: "programforklaring-johan" }, undefined],
    ];
    const answers: string[] = [];
    for (const [method, url, body, ifMatch] of writes) {
      const answer = await call(method, url, johan, body, withVersion(ifMatch));
      answers.push(`${method} ${url}: ${answer.status} ${String(answer.body["detail"])}`);
    }
    expect(answers).toEqual(
      writes.map(
        ([method, url]) =>
          `${method} ${url}: 403 Det får du inte göra: bara kommunens planerare får ändra KF-nivån och organisationen.`,
      ),
    );

    // Straight to the site's lists with his own token, through PnPjs: people are readers.
    const sp = createSp({
      siteUrl: `${session.server.origin}/sites/styrning`,
      getToken: () => Promise.resolve(unsignedToken(johan)),
    });
    const refused = async (write: () => Promise<unknown>) =>
      write().then(
        () => undefined,
        async (error: unknown) => (await readSharePointFailure(error))?.status,
      );
    expect(
      await refused(() =>
        sp.web.lists
          .getByTitle(lists["program-declaration"].title)
          .items.add({ Key: "programforklaring-raw", Title: "Kapad" }),
      ),
    ).toBe(403);
    expect(
      await refused(() =>
        sp.web.lists
          .getByTitle(lists["kf-indicator"].title)
          .items.add({ Key: "kf-raw", Title: "Kapad", FocusAreaId: "social-hallbarhet" }),
      ),
    ).toBe(403);
    const after = answered(await desk(johan), 200);
    expect(indicatorNumbers(after)).toEqual([2, 3, 4, 5, 6, 7, 9, 1, 8]);
    expect(after["declaration"]).toMatchObject({ version });
  });

  it("answers odd bodies 400, oversized 413, a stale If-Match 412 with what is stored, and keeps a translated KF indicator", async () => {
    const reopened = answered(await post(kfApiPaths.versions(mandate), lena, {}, store["declaration"]), 200);
    expect(reopened["declaration"]).toMatchObject({
      status: "draft",
      versionNumber: 3,
      adoptions: [{ versionNumber: 1 }, { versionNumber: 2, decisionReference: "KF 2026-11-16 § 12" }],
    });
    const version = versionOf(reopened);
    const cases: readonly [string, string, unknown, string][] = [
      ["PUT", kfApiPaths.mandate(mandate), { title: "T", text: "Text", status: "adopted" }, ""],
      ["PUT", kfApiPaths.mandate(mandate), { title: "x".repeat(256), text: "Text" }, "title"],
      ["PUT", kfApiPaths.mandate(mandate), { title: "T", text: "x".repeat(20_001) }, "text"],
      ["PUT", kfApiPaths.vision, { text: "Vision", changedBy: johan }, ""],
      [
        "POST",
        kfApiPaths.indicators(mandate),
        { id: "kf-odd", focusAreaId: "social-hallbarhet", name: "N", measureUnit: "%", direction: "up" },
        "direction",
      ],
      [
        "POST",
        kfApiPaths.indicators(mandate),
        {
          id: "kf-odd",
          focusAreaId: "social-hallbarhet",
          name: "N",
          measureUnit: "%",
          direction: "increase",
          number: 1,
        },
        "",
      ],
      ["POST", kfApiPaths.adoption(mandate), { decisionReference: "KF § 1", adoptedBy: johan }, ""],
      ["POST", kfApiPaths.versions(mandate), { id: "x" }, ""],
    ];
    for (const [method, url, body, path] of cases) {
      const answer = await call(method, url, lena, body, { "If-Match": version });
      expect({ url, status: answer.status, code: answer.body["code"] }).toEqual({
        url,
        status: 400,
        code: "validation",
      });
      expect((answer.body["issues"] as Json[]).map((i) => i["path"])).toContain(path);
    }
    const tooLarge = await call(
      "PUT",
      kfApiPaths.mandate(mandate),
      lena,
      JSON.stringify({ title: "T", text: "y".repeat(200_000) }),
      { "If-Match": version },
    );
    expect(tooLarge.status).toBe(413);
    const noVersion = await call("PUT", kfApiPaths.mandate(mandate), lena, { title: "T", text: "Text" });
    expect((noVersion.body["issues"] as Json[])[0]?.["path"]).toBe("If-Match");

    const stale = await put(
      kfApiPaths.mandate(mandate),
      lena,
      { title: "T", text: "Gammal" },
      store["declaration"] ?? "",
    );
    expect(stale.status).toBe(412);
    expect(stale.body["current"]).toMatchObject({ version, value: { id: mandate, versionNumber: 3 } });

    const lenas = answered(await desk(lena), 200);
    const kfVersion = (id: string): string =>
      versionOf(
        (lenas["focusAreas"] as Json[])
          .flatMap((a) => a["kfIndicators"] as Json[])
          .find((k) => (k["indicator"] as Json)["id"] === id) ?? {},
      );
    const translated = await call("DELETE", kfApiPaths.indicator(mandate, "kf-2"), lena, undefined, {
      "If-Match": kfVersion("kf-2"),
    });
    expect(translated.body).toMatchObject({ status: 400, code: "invalid-link", reason: "has-dependants" });
    expect(String(translated.body["detail"])).toMatch(
      /^KF-indikator 2 .* översätts av .* och kan inte tas bort\.$/,
    );
    const staleKf = await call("DELETE", kfApiPaths.indicator(mandate, "kf-9"), lena, undefined, {
      "If-Match": '1|"0"',
    });
    expect(staleKf.status).toBe(412);
    const removed = await call("DELETE", kfApiPaths.indicator(mandate, "kf-9"), lena, undefined, {
      "If-Match": kfVersion("kf-9"),
    });
    expect(removed.status).toBe(204);

    const area = (lenas["focusAreas"] as Json[])[0] as Json;
    const rewritten = answered(
      await put(
        kfApiPaths.focusArea(mandate, "social-hallbarhet"),
        lena,
        { heading: "Social hållbarhet", citizenText: "Alla ska kunna växa.", agenda2030Goals: [16, 3, 4, 3] },
        versionOf(area),
      ),
      200,
    );
    expect(rewritten["focusArea"]).toMatchObject({
      heading: "Social hållbarhet",
      agenda2030Goals: [3, 4, 16],
    });

    const adopted = answered(
      await post(kfApiPaths.adoption(mandate), lena, { decisionReference: "KF 2026-11-30 § 2" }, version),
      200,
    );
    expect(adopted["declaration"]).toMatchObject({ status: "adopted", versionNumber: 3 });
    expect(indicatorNumbers(answered(await desk(johan), 200))).toEqual([2, 3, 4, 5, 6, 7, 1, 8]);
  });

  it("starts the next mandate as an utkast copy (a retry answers the same), and next year's plans follow it down the chain", async () => {
    const next = "programforklaring-2027-2030";
    const started = answered(await post(kfApiPaths.nextMandate(mandate), lena, { id: next }), 201);
    expect(started["declaration"]).toMatchObject({
      id: next,
      title: "Politisk programförklaring 2027–2030",
      mandate: { firstYear: 2027, lastYear: 2030 },
      status: "draft",
      versionNumber: 1,
      copiedFromPlanId: mandate,
      createdBy: lena,
    });
    const retried = answered(await post(kfApiPaths.nextMandate(mandate), lena, { id: next }), 201);
    expect(retried).toEqual(started);
    const second = await post(kfApiPaths.nextMandate(mandate), lena, { id: "programforklaring-andra" });
    expect(second.body).toMatchObject({ status: 409, code: "plan-state", reason: "plan-exists" });
    const listed = answered(await call("GET", kfApiPaths.mandates, karin), 200);
    expect((listed["mandates"] as Json[]).map((m) => [m["id"], m["status"]])).toEqual([
      [next, "draft"],
      [mandate, "adopted"],
    ]);
    const nextDesk = answered(await call("GET", kfApiPaths.mandate(next), lena), 200);
    expect(mandateDeskSchema.safeParse(nextDesk).error).toBeUndefined();
    expect((nextDesk["focusAreas"] as Json[]).map((a) => (a["focusArea"] as Json)["id"])).toEqual([
      `${next}.social-hallbarhet`,
      `${next}.ekonomisk-hallbarhet`,
      `${next}.ekologisk-hallbarhet`,
    ]);
    expect(indicatorNumbers(nextDesk)).toEqual([2, 3, 4, 5, 6, 7, 1, 8]);
    expect(
      (nextDesk["focusAreas"] as Json[]).flatMap((a) =>
        (a["kfIndicators"] as Json[]).map((k) => k["translations"]),
      ),
    ).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);

    // Grundskolenämnden's 2027 plan follows the new mandate's målområden and KF indicators.
    const gsn27 = answered(
      await post("/api/board-plans/grundskolenamnden-2026/next-year", johan, {
        id: "grundskolenamnden-2027",
      }),
      201,
    );
    const plan27 = gsn27["plan"] as Json;
    expect(plan27).toMatchObject({ year: 2027, programDeclarationId: next, status: "draft" });
    expect((plan27["interpretations"] as Json[]).map((i) => i["focusAreaId"])).toEqual(
      expect.arrayContaining([`${next}.social-hallbarhet`]),
    );
    expect(
      (plan27["interpretations"] as Json[]).every((i) => String(i["focusAreaId"]).startsWith(`${next}.`)),
    ).toBe(true);
    const untranslated = answered(
      await call("GET", "/api/board-plans/grundskolenamnden-2027/untranslated-kf-indicators", johan),
      200,
    );
    expect((untranslated["kfIndicators"] as Json[]).map((k) => [k["number"], k["id"]])).toEqual([
      [4, `${next}.kf-4`],
    ]);
    const counted = answered(await call("GET", kfApiPaths.mandate(next), sofia), 200);
    expect(counted["mayEdit"]).toBe(false);
    expect(
      (counted["focusAreas"] as Json[]).flatMap((a) =>
        (a["kfIndicators"] as Json[]).map((k) => k["translations"]),
      ),
    ).toEqual([1, 1, 0, 1, 1, 1, 1, 1]);
    const gsn28 = answered(
      await post("/api/board-plans", johan, {
        id: "grundskolenamnden-2028",
        boardUnitId: "grundskolenamnden",
        year: 2028,
        title: "Grundskolenämndens verksamhetsplan 2028",
      }),
      201,
    );
    expect(gsn28["plan"]).toMatchObject({ programDeclarationId: next, status: "draft" });
    expect(
      (
        await post("/api/board-plans", johan, {
          id: "grundskolenamnden-2031",
          boardUnitId: "grundskolenamnden",
          year: 2031,
          title: "För tidigt",
        })
      ).status,
    ).toBe(400);

    // Down the chain: the förvaltning, the avdelning and the school start 2027 from 2026, links following.
    const flows: readonly [string, string, string][] = [
      [sofia, "utbildningsforvaltningen", "grundskolenamnden-2027"],
      [helena, "grundskola", "utbildningsforvaltningen-2027"],
      [karin, "sjodalsskolan", "grundskola-2027"],
    ];
    for (const [who, unit, parent] of flows) {
      const startedPlan = answered(
        await post(`/api/work-plans/${unit}-2026/next-year`, who, { id: `${unit}-2027` }),
        201,
      );
      expect({ unit, plan: startedPlan["plan"], lostLinks: startedPlan["lostLinks"] }).toMatchObject({
        unit,
        plan: { year: 2027, parentPlanId: parent, status: "draft" },
        lostLinks: [],
      });
    }
  });

  it("changes the vision at once, stamping who and when and keeping the earlier wording", async () => {
    const before = answered(await desk(lena), 200);
    const old = before["vision"] as Json;
    const changed = answered(
      await put(
        kfApiPaths.vision,
        lena,
        { text: "Huddinge – där alla kan växa.", decisionReference: "KF 2026-11-30 § 1" },
        versionOf(old),
      ),
      200,
    );
    expect(changed["vision"]).toMatchObject({
      text: "Huddinge – där alla kan växa.",
      changedBy: lena,
      decisionReference: "KF 2026-11-30 § 1",
      earlier: [{ text: (old["vision"] as Json)["text"], replacedAt: expect.any(String) }],
    });
    expect(savedVisionSchema.safeParse(changed).error).toBeUndefined();
    const stale = await put(kfApiPaths.vision, lena, { text: "Gammal" }, versionOf(old));
    expect(stale.status).toBe(412);
    expect(stale.body["current"]).toMatchObject({ version: versionOf(changed) });
    expect((answered(await desk(johan), 200)["vision"] as Json)["vision"]).toEqual(changed["vision"]);
  });
});
