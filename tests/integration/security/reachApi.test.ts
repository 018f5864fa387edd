import JSZip from "jszip";
import { huddinge } from "../../../src/demo";
import { municipalDate } from "../../../src/domain";
import { unsignedToken } from "../../../src/localsite";
import { reachReportSchema, type ReachReport } from "../../../src/contracts/reachApi";
import { xlsxSheets } from "../../support/officeFiles";
import { useLocalServer } from "../server/support/localServer";
import { figuresAsHand, reachByHand } from "../sharepoint/support/reachByHand";

/**
 * Reach (räckvidd) through the real server in local mode on the Huddinge demo, asked with each demo person's
 * own token: the kommun's planner sees every group, the nämnd's planner the nämnd and below, a rektor her
 * school, a lärare nothing (403). Every figure shown equals a computation straight from the demo's rows, and
 * no answer — JSON or Excel — holds a person's name or UPN or a goal's title.
 */
const session = useLocalServer("reach-api");

const lena = "lena.aberg@malkedjan.local";
const johan = "johan.wikstrom@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";

const get = async (path: string, as?: string) => {
  const response = await fetch(new URL(path, session.server.origin), {
    headers: as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` },
  });
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    cache: response.headers.get("cache-control") ?? "",
    disposition: response.headers.get("content-disposition") ?? "",
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const reach = async (as: string, year = "2026"): Promise<ReachReport> => {
  const answer = await get(`/api/reach?ar=${year}`, as);
  expect({ as, status: answer.status }).toEqual({ as, status: 200 });
  expect(answer.cache).toBe("no-store");
  return reachReportSchema.parse(JSON.parse(text(answer.bytes)));
};
const rows = (report: ReachReport) =>
  report.groups.map((g) => [
    g.unitId ?? "kommunen",
    g.depth,
    g.result.shown ? g.result.figures.staff : g.result.reason,
  ]);

describe("reach through the API, as each demo person", () => {
  it("gives Lena every group, top down, with the small and the complementary groups hidden and why", async () => {
    const report = await reach(lena);
    expect(report.minimumGroupSize).toBe(5);
    expect(rows(report)).toEqual([
      ["kommunen", 0, 19],
      ["grundskolenamnden", 1, "complementary"],
      ["utbildningsforvaltningen", 2, "complementary"],
      ["grundskola", 3, 14],
      ["kvarnbergsskolan", 4, 7],
      ["sjodalsskolan", 4, "complementary"],
      ["kommunstyrelsen", 1, "small-group"],
      ["kommunledningsforvaltningen", 2, "small-group"],
    ]);
    const small = report.groups.find((g) => g.unitId === "kommunstyrelsen")?.result;
    expect(small?.shown === false && small.text).toMatch(/^Färre än 5 personer/);
    expect(report.focusAreas.map((a) => a.dimension).sort()).toEqual(["ecological", "economic", "social"]);
    expect(report.kfIndicators.map((k) => k.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("gives Johan the nämnd and below, Karin her school; Maria and anyone without a planner's or chef's role 403", async () => {
    expect(rows(await reach(johan)).map((r) => r[0])).toEqual([
      "grundskolenamnden",
      "utbildningsforvaltningen",
      "grundskola",
      "kvarnbergsskolan",
      "sjodalsskolan",
    ]);
    expect(rows(await reach(karin))).toEqual([["sjodalsskolan", 4, "complementary"]]);
    for (const person of huddinge.person) {
      const led = huddinge["org-unit"].some((u) => u.chefId === person.id);
      if (led || person.roles.length > 0) continue;
      const refused = await get("/api/reach?ar=2026", person.id);
      expect({ who: person.id, status: refused.status }).toEqual({ who: person.id, status: 403 });
      expect(refused.type).toMatch(/application\/problem\+json/);
      expect(text(refused.bytes)).toContain("räckvidden visas bara för");
    }
    expect((await get("/api/reach.xlsx?ar=2026", maria)).status).toBe(403);
  });

  it("shows figures equal to a computation straight from the demo's rows", async () => {
    const report = await reach(lena);
    const today = municipalDate(new Date(report.computedAt));
    const shown = report.groups.filter((g) => g.result.shown);
    expect(shown).toHaveLength(3);
    for (const group of shown) {
      if (!group.result.shown) continue;
      expect({ group: group.name, ...figuresAsHand(group.result.figures) }).toEqual({
        group: group.name,
        ...reachByHand(huddinge, 2026, today, group.unitId),
      });
    }
    const municipality = shown[0]?.result;
    expect(municipality?.shown === true && municipality.figures.agreedGoals).toBeGreaterThan(0);
    // Another year's goals are not this year's: none in the demo for 2031.
    const empty = (await reach(lena, "2031")).groups[0]?.result;
    expect(empty?.shown === true && [empty.figures.staff, empty.figures.agreedGoals]).toEqual([19, 0]);
  });

  it("names no one and quotes no goal, in the JSON or anywhere in the Excel file", async () => {
    const secrets = [
      ...huddinge.person.flatMap((p) => [p.name, p.id, p.id.split("@")[0] ?? p.id]),
      ...huddinge["individual-goal"].flatMap((g) => [
        g.title,
        g.id,
        ...(g.description === undefined ? [] : [g.description]),
      ]),
      ...huddinge["follow-up"].flatMap((f) => (f.comment === undefined ? [] : [f.comment])),
    ];
    for (const as of [
      lena,
      johan,
      karin,
      "anders.holm@malkedjan.local",
      "helena.bergstrom@malkedjan.local",
    ]) {
      const json = text((await get("/api/reach?ar=2026", as)).bytes);
      const file = await get("/api/reach.xlsx?ar=2026", as);
      expect(file.status).toBe(200);
      expect(file.type).toMatch(/spreadsheetml/);
      expect(file.disposition).toContain("R%C3%A4ckvidd%202026.xlsx");
      const zip = await JSZip.loadAsync(file.bytes);
      const parts = await Promise.all(Object.values(zip.files).map((f) => f.async("string")));
      const xlsx = parts.join("\n");
      for (const secret of secrets) {
        expect({ as, secret, inJson: json.includes(secret) }).toEqual({ as, secret, inJson: false });
        expect({ as, secret, inXlsx: xlsx.includes(secret) }).toEqual({ as, secret, inXlsx: false });
      }
      expect(json.toLowerCase()).not.toContain("@malkedjan.local");
      expect(xlsx.toLowerCase()).not.toContain("@malkedjan.local");
    }
  });

  it("writes the table in Excel with Swedish headings, and says why a row has no figures", async () => {
    const sheets = await xlsxSheets((await get("/api/reach.xlsx?ar=2026", lena)).bytes);
    const table = sheets.get("Räckvidd") ?? [];
    expect(table[0]?.slice(0, 4)).toEqual(["Grupp", "Nivå", "Medarbetare", "Med överenskomna mål"]);
    const sjodal = table.find((r) => String(r[0]).trim() === "Sjödalsskolan");
    expect(sjodal?.[2]).toBeNull();
    expect(String(sjodal?.[9])).toMatch(/^Visas inte/);
    expect(table.find((r) => String(r[0]).trim() === "Kvarnbergsskolan")?.[2]).toBe(7);
    expect(sheets.get("Kedjan")?.[0]).toEqual(["Grupp", "Del av kedjan", "Namn", "Medarbetare", "Mål"]);
  });

  it("answers 401 without a token and 400 for a malformed year", async () => {
    expect((await get("/api/reach?ar=2026")).status).toBe(401);
    expect((await get("/api/reach.xlsx?ar=2026")).status).toBe(401);
    for (const path of ["/api/reach?ar=tjugo", "/api/reach.xlsx?ar=20260"]) {
      const answer = await get(path, lena);
      expect(answer.status).toBe(400);
      expect(text(answer.bytes)).toContain('"code":"validation"');
    }
  });
});
