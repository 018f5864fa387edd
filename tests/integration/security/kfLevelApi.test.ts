import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { kfApiPaths } from "../../../src/contracts/kfLevelApi";
import { unsignedToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { readSharePointFailure } from "../../../src/sharepoint/pnp/sharePointError";
import { lists } from "../../../src/sharepoint/schema/lists";
import { apiCall, useLocalServer, type ApiAnswer, type Json } from "../server/support/localServer";

const lena = "lena.aberg@malkedjan.local"; // the kommun's planner (municipal-planner)
const johan = "johan.wikstrom@malkedjan.local"; // Grundskolenämnden's planner

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
    const johans = answered(await desk(johan), 200);
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
});
