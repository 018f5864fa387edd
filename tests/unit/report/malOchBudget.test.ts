import { huddinge } from "../../../src/demo";
import type { MalOchBudgetData } from "../../../src/domain";
import { buildMalOchBudget, malOchBudgetFile } from "../../../src/report";
import { xmlSafe } from "../../../src/report/docxParts";
import { docxParagraphs, officePart } from "../../support/officeFiles";

const options = { municipality: "Huddinge kommun", today: "2026-11-28" };

const declaration = huddinge["program-declaration"][0];
if (declaration === undefined) throw new Error("the demo has no programförklaring");

/** The demo's KF level, its lists in the order given (SharePoint returns them in no promised order). */
const demo = (over: Partial<MalOchBudgetData> = {}): MalOchBudgetData => ({
  vision: huddinge.vision[0] ?? null,
  programDeclaration: declaration,
  focusAreas: huddinge["focus-area"],
  kfIndicators: huddinge["kf-indicator"],
  ...over,
});

describe("the Mål och budget model", () => {
  it("puts the målområden innermost circle first and each one's KF indicators in KF's numbering", () => {
    const doc = buildMalOchBudget(
      demo({
        focusAreas: [...huddinge["focus-area"]].reverse(),
        kfIndicators: [...huddinge["kf-indicator"]].reverse(),
      }),
      options,
    );
    expect(doc.focusAreas.map((a) => a.dimension)).toEqual(["social", "economic", "ecological"]);
    expect(doc.focusAreas.map((a) => a.indicators.map((k) => k.number))).toEqual([
      [2, 3, 4, 5, 6, 7],
      [1],
      [8],
    ]);
    expect(doc.focusAreas[1]?.indicators[0]).toMatchObject({
      koladaKpiId: "N00097",
      baseline: { year: 2022, value: -4.6 },
      agenda2030Goals: [16],
    });
    expect([doc.firstYear, doc.lastYear]).toEqual([2023, 2026]);
  });

  it("says an utkast is one, and a fastställd level its decision and the Swedish day it was taken", () => {
    expect(
      buildMalOchBudget(
        demo({ programDeclaration: { ...declaration, status: "draft", versionNumber: 2 } }),
        options,
      ).standing,
    ).toEqual({ kind: "draft", versionNumber: 2 });
    const adopted = buildMalOchBudget(
      demo({
        programDeclaration: {
          ...declaration,
          status: "adopted",
          decisionReference: "KF 2026-11-16 § 12",
          // 23:30 UTC on 15 November is already the 16th in Stockholm.
          adoptedAt: "2026-11-15T23:30:00Z",
        },
      }),
      options,
    );
    expect(adopted.standing).toEqual({
      kind: "adopted",
      versionNumber: 1,
      decisionReference: "KF 2026-11-16 § 12",
      adoptedOn: "2026-11-16",
    });
    // A row from before the KF level had a life in Målkedjan is fastställd.
    expect(buildMalOchBudget(demo(), options).standing).toEqual({ kind: "adopted", versionNumber: 1 });
  });
});

describe("the Mål och budget Word file", () => {
  it("opens with the title, the municipality and the standing, then the vision and the programförklaring", async () => {
    const file = await malOchBudgetFile(buildMalOchBudget(demo(), options));
    expect(file.fileName).toBe("Mål och budget 2023–2026.docx");
    const paragraphs = await docxParagraphs(file.bytes);
    expect(paragraphs.slice(0, 6)).toEqual([
      "Mål och budget 2023–2026",
      "Huddinge kommun",
      "Fastställd av kommunfullmäktige",
      "Upprättad 28 november 2026",
      "Vision",
      huddinge.vision[0]?.text,
    ]);
    expect(paragraphs.slice(6, 8)).toEqual(["Politisk programförklaring", declaration.text]);
    // Swedish numbers: a minus sign and a decimal comma.
    expect(paragraphs).toContain("−4,6 (2022)");
    expect(paragraphs).toContain("Lägre är bättre");
    expect(paragraphs).toContain("Mål 4: God utbildning för alla");
  });

  it("marks an utkast on its title page and on every page's header", async () => {
    const doc = buildMalOchBudget(demo({ programDeclaration: { ...declaration, status: "draft" } }), options);
    const bytes = (await malOchBudgetFile(doc)).bytes;
    expect((await docxParagraphs(bytes))[2]).toBe("Utkast – ej fastställd");
    expect(await officePart(bytes, "word/header1.xml")).toContain(
      "Huddinge kommun · Mål och budget 2023–2026 · Utkast – ej fastställd",
    );
    const adopted = buildMalOchBudget(
      demo({
        programDeclaration: {
          ...declaration,
          status: "adopted",
          versionNumber: 2,
          decisionReference: "KF 2026-11-16 § 12",
          adoptedAt: "2026-11-16T09:00:00Z",
        },
      }),
      options,
    );
    expect((await docxParagraphs((await malOchBudgetFile(adopted)).bytes))[2]).toBe(
      "Fastställd av kommunfullmäktige 16 november 2026, KF 2026-11-16 § 12 (version 2)",
    );
  });

  it("keeps markup and XML characters in people's texts as text, and drops what XML cannot hold", async () => {
    const hostile = 'Vår <w:t>vision</w:t> & "mer" </w:p><w:p>';
    const doc = buildMalOchBudget(
      demo({
        vision: { id: "vision", text: `${hostile}\u0001` },
        programDeclaration: { ...declaration, text: `Första stycket\nAndra <b>stycket</b>\u000Btredje` },
        kfIndicators: huddinge["kf-indicator"].map((k) =>
          k.number === 8 ? { ...k, name: "Fotavtryck <w:t>& mer", measureUnit: "gha/inv <x>" } : k,
        ),
      }),
      options,
    );
    const bytes = (await malOchBudgetFile(doc)).bytes;
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain(hostile);
    expect(paragraphs).toEqual(
      expect.arrayContaining(["Första stycket", "Andra <b>stycket</b>", "tredje", "Fotavtryck <w:t>& mer"]),
    );
    expect(paragraphs).toContain("gha/inv <x>");
    const xml = await officePart(bytes, "word/document.xml");
    expect(xml).toContain("Vår &lt;w:t&gt;vision&lt;/w:t&gt; &amp;");
    expect(xml).not.toContain("\u0001");
  });

  it("drops control characters and lone surrogates, keeps emoji and tabs", () => {
    expect(xmlSafe("a\u0000b\u0008c\td\u001Fe\uD800f😀\uFFFF")).toBe("abc\tdef😀");
  });
});
