/**
 * Mål och budget from the local demo site, over real HTTP and unmodified PnPjs, read as a medarbetare (the KF
 * level is public): the mandate's KF level in one round trip, then the Word file unzipped and parsed — the
 * vision, the programförklaring and all eight KF indicators each in its own målområde's table, the målområden
 * innermost circle first; and `npm run report -- --kind mal-och-budget` writing the same file.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { malOchBudgetFile, produceMalOchBudget } from "../../../src/report";
import { SharePointMalOchBudgetSource } from "../../../src/sharepoint/queries";
import { startDemoSite, huddinge } from "../sharepoint/support/demoSite";
import { createRequestCounter, type TestSite } from "../sharepoint/support/localSite";
import { docxParagraphs } from "../../support/officeFiles";

const run = promisify(execFile);
const maria = "maria.johansson@malkedjan.local";
const options = { municipality: "Huddinge kommun", today: "2026-11-28" };
const declaration = huddinge["program-declaration"][0];

/** The målområden innermost circle first, as the document must show them. */
const areas = ["social", "economic", "ecological"].map((dimension) => {
  const area = huddinge["focus-area"].find((a) => a.dimension === dimension);
  if (area === undefined) throw new Error(`the demo has no ${dimension} målområde`);
  return area;
});

/**
 * The Word file's paragraphs hold, in order, each målområde's heading, its indicator table's header (`Nr`)
 * and the names of exactly its KF indicators, before the next målområde's heading.
 */
function expectIndicatorsUnderTheirAreas(paragraphs: readonly string[]): void {
  const headingAt = areas.map((a) => paragraphs.indexOf(a.heading));
  expect(headingAt.every((i) => i > 0)).toBe(true);
  expect([...headingAt].sort((a, b) => a - b)).toEqual(headingAt);
  for (const [n, area] of areas.entries()) {
    const section = paragraphs.slice(headingAt[n], headingAt[n + 1]);
    const tableAt = section.indexOf("Nr");
    expect(section[tableAt - 1]).toBe("Kommunövergripande indikatorer");
    const mine = huddinge["kf-indicator"].filter((k) => k.focusAreaId === area.id);
    expect(section).toContain(area.citizenText);
    for (const kf of huddinge["kf-indicator"]) {
      const at = section.indexOf(kf.name);
      if (mine.includes(kf)) {
        expect(at).toBeGreaterThan(tableAt);
        expect(section[at - 1]).toBe(String(kf.number));
      } else expect(at).toBe(-1);
    }
  }
  expect(huddinge["kf-indicator"]).toHaveLength(8);
}

let site: TestSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 60_000);
afterAll(() => site.close());

describe("Mål och budget from the demo site", () => {
  it("reads the mandate's KF level in one round trip, by the year it covers or by its programförklaring", async () => {
    const counter = createRequestCounter();
    const source = new SharePointMalOchBudgetSource(site.as(maria, counter));
    const byYear = await produceMalOchBudget(source, { year: 2026 }, options);
    expect(counter.count).toBe(1);
    expect(byYear?.programDeclaration.id).toBe(declaration?.id);
    expect(byYear?.focusAreas.flatMap((a) => a.indicators).map((k) => k.number)).toEqual([
      2, 3, 4, 5, 6, 7, 1, 8,
    ]);
    const byId = await produceMalOchBudget(source, { declarationId: declaration?.id ?? "" }, options);
    expect(byId).toEqual(byYear);
    expect(await produceMalOchBudget(source, { year: 2031 }, options)).toBeNull();
    expect(
      await produceMalOchBudget(source, { declarationId: "programforklaring-1999" }, options),
    ).toBeNull();
    expect(counter.count).toBe(4);
  });

  it("writes a Word file with the vision, the programförklaring and each KF indicator in its målområde", async () => {
    const doc = await produceMalOchBudget(
      new SharePointMalOchBudgetSource(site.as(maria)),
      { year: 2026 },
      options,
    );
    if (doc === null) throw new Error("no mandate covers 2026 in the demo");
    const file = await malOchBudgetFile(doc);
    expect(file.fileName).toBe("Mål och budget 2023–2026.docx");
    const paragraphs = await docxParagraphs(file.bytes);
    expect(paragraphs.slice(0, 3)).toEqual([
      "Mål och budget 2023–2026",
      "Huddinge kommun",
      "Fastställd av kommunfullmäktige",
    ]);
    const visionAt = paragraphs.indexOf("Vision");
    expect(paragraphs[visionAt + 1]).toBe(huddinge.vision[0]?.text);
    const declarationAt = paragraphs.indexOf("Politisk programförklaring");
    expect(declarationAt).toBeGreaterThan(visionAt);
    expect(paragraphs[declarationAt + 1]).toBe(declaration?.text);
    expectIndicatorsUnderTheirAreas(paragraphs);
    expect(paragraphs).toContain("N00097");
  });

  it("is written by npm run report -- --kind mal-och-budget, by year and by programförklaring", async () => {
    const dir = mkdtempSync(join(tmpdir(), "malkedjan-mal-och-budget-"));
    try {
      for (const choice of [
        ["--year", "2026"],
        ["--mandat", declaration?.id ?? ""],
      ]) {
        const out = join(dir, "mal-och-budget.docx");
        const { stdout } = await run(
          process.execPath,
          [
            "--import",
            "tsx",
            "scripts/report.ts",
            "--kind",
            "mal-och-budget",
            "--format",
            "docx",
            "--out",
            out,
            ...choice,
            "--site",
            site.url,
          ],
          { env: { ...process.env, MALKEDJAN_ENV: "" } },
        );
        expect(stdout).toContain(`Skrev ${out}`);
        expect(stdout).toContain("Mål och budget 2023–2026, fastställd, 3 målområden, 8 KF-indikatorer");
        const paragraphs = await docxParagraphs(readFileSync(out));
        expect(paragraphs[0]).toBe("Mål och budget 2023–2026");
        expectIndicatorsUnderTheirAreas(paragraphs);
        rmSync(out);
      }
      const unknown = run(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/report.ts",
          "--kind",
          "mal-och-budget",
          "--format",
          "docx",
          "--out",
          join(dir, "x.docx"),
          "--mandat",
          "programforklaring-1999",
          "--site",
          site.url,
        ],
        { env: { ...process.env, MALKEDJAN_ENV: "" } },
      );
      await expect(unknown).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('Det finns ingen programförklaring "programforklaring-1999"'),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
