/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { ForbiddenError } from "../../../../src/domain";
import { huddinge } from "../../../../src/demo/huddinge";
import type { ReachReads } from "../../../../src/tab/api/reachApiClient";
import { reachStrings } from "../../../../src/tab/views/reach/strings";
import Reach from "../../../../src/tab/views/reach";
import { memoryPorts } from "../support/memoryPorts";
import { reachReport } from "../support/reachFixture";
import { demoReader, renderView } from "../support/renderView";

const lena = "lena.aberg@malkedjan.local";
/** Swedish writes "60 %" with a no-break space; compared as plain text. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/\u00a0/g, " ");
const maria = "maria.johansson@malkedjan.local";

/** The server's answers as the view's port gives them, recording each call. */
function fixedReach(answer: () => Promise<typeof reachReport>) {
  const calls: string[] = [];
  const reach: ReachReads = {
    report: async (year) => {
      calls.push(`report:${year}`);
      return answer();
    },
    excel: async (year) => {
      calls.push(`excel:${year}`);
      return { blob: new Blob(["xlsx"]), fileName: `Räckvidd ${year}.xlsx` };
    },
  };
  return { reach, calls };
}

function open(
  options: {
    hash?: string;
    locale?: "sv" | "en";
    person?: string;
    answer?: () => Promise<typeof reachReport>;
  } = {},
) {
  const person = options.person ?? lena;
  const { reach, calls } = fixedReach(options.answer ?? (async () => reachReport));
  const ports = { ...memoryPorts(huddinge, person, "2026-11-27"), reach };
  const view = renderView(<Reach />, {
    ports,
    reader: demoReader(person),
    hash: options.hash ?? "#/rackvidd",
    locale: options.locale ?? "sv",
  });
  return { ...view, calls };
}

describe("Räckvidd", () => {
  it("draws the municipality's three circles with their percentages, in words as well", async () => {
    const { calls } = open();
    await screen.findByRole("heading", { level: 1, name: "Räckvidd" });
    expect(screen.getByText("Når vår inriktning medarbetarna?")).toBeTruthy();
    expect(calls).toEqual(["report:2026"]);
    await screen.findByRole("heading", { level: 2, name: "Huddinge kommun" });
    const circles = screen.getByRole("img", { name: /^Räckvidd per målområde för Huddinge kommun/ });
    expect(plain(circles.getAttribute("aria-label"))).toBe(
      "Räckvidd per målområde för Huddinge kommun: " +
        "Social hållbarhet – Den sociala basen (innersta cirkeln): 60 % – 24 av 40 medarbetare; " +
        "Ekonomisk hållbarhet – God hushållning med resurser och skattepengar (mellersta ringen): 30 % – 12 av 40 medarbetare; " +
        "Ekologisk hållbarhet – Ramen för mänsklig existens (yttersta ringen): 15 % – 6 av 40 medarbetare",
    );
    // Drawn innermost first, each ring filled by its share; the percentages are text on the rings.
    const rings = [...circles.querySelectorAll("g[data-dimension]")];
    expect(rings.map((g) => [g.getAttribute("data-dimension"), g.getAttribute("data-share")])).toEqual([
      ["social", "0.6"],
      ["economic", "0.3"],
      ["ecological", "0.15"],
    ]);
    expect([...circles.querySelectorAll("text")].map((t) => plain(t.textContent))).toEqual([
      "60 %",
      "30 %",
      "15 %",
    ]);
    expect(
      screen.getByText(
        "Social hållbarhet – Den sociala basen (innersta cirkeln): 60 % – 24 av 40 medarbetare",
      ),
    ).toBeTruthy();
  });

  it("gives the key figures, and counts per KF indicator and etappmål by name", async () => {
    open();
    await screen.findByRole("heading", { level: 2, name: "Huddinge kommun" });
    const keyFigures = screen.getByRole("group", { name: "Nyckeltal" });
    expect(
      within(keyFigures)
        .getAllByRole("definition")
        .map((d) => plain(d.textContent)),
    ).toEqual([
      "75 %",
      "30 av 40 medarbetare",
      "80 %",
      "8 av 10 uppföljningar som skulle vara gjorda",
      "60",
      "individuella mål för 2026",
    ]);
    const kf = screen.getByRole("table", {
      name: "Medarbetare och mål som når varje kommunövergripande indikator",
    });
    expect(
      within(kf)
        .getAllByRole("row")
        .slice(0, 3)
        .map((r) => r.textContent),
    ).toEqual([
      "NamnMedarbetareMål",
      "1. −10 % i nettokostnadsavvikelse1212",
      "2. Gymnasieelever med examen inom tre år2425",
    ]);
    const milestones = screen.getByRole("table", { name: "Medarbetare och mål som når varje etappmål" });
    expect(
      within(milestones).getByRole("row", { name: /Minst 86 % av eleverna i åk 9 är behöriga/ }).textContent,
    ).toBe("Minst 86 % av eleverna i åk 9 är behöriga till gymnasieskolan2425");
  });

  it("lists every group indented by depth, suppressed ones with the reason instead of figures", async () => {
    open();
    const table = await screen.findByRole("table", { name: "Räckvidd per grupp 2026" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Huddinge kommun",
      "Kommunstyrelsen",
      "Grundskolenämnden",
      "Utbildningsförvaltningen",
    ]);
    expect(
      rows.map((r) => (within(r).getByRole("rowheader") as HTMLElement).style.paddingInlineStart),
    ).toEqual(["0.5rem", "1.75rem", "1.75rem", "3rem"]);
    expect(plain(rows[0]?.textContent)).toBe("Huddinge kommun4030 (75 %)60 %30 %15 %80 %");
    expect(rows[1]?.textContent).toBe(
      "KommunstyrelsenFärre än 5 personer – visas inte så att ingen enskilds mål kan utläsas.",
    );
    expect(plain(rows[3]?.textContent)).toBe("Utbildningsförvaltningen2015 (75 %)60 %25 %0 %–");
  });

  it("changes group through the picker or the table, without asking the server again", async () => {
    const { location, calls } = open();
    const picker = await screen.findByRole("combobox", { name: "Grupp" });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Huddinge kommun",
      "\u00a0\u00a0\u00a0Kommunstyrelsen",
      "\u00a0\u00a0\u00a0Grundskolenämnden",
      "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Utbildningsförvaltningen",
    ]);
    fireEvent.change(picker, { target: { value: "utbildningsforvaltningen" } });
    expect(location.history.at(-1)).toBe("#/rackvidd?ar=2026&enhet=utbildningsforvaltningen");
    await screen.findByRole("heading", { level: 2, name: "Utbildningsförvaltningen" });
    expect(
      screen.getByRole("img", { name: /^Räckvidd per målområde för Utbildningsförvaltningen/ }),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Kommunstyrelsen" }));
    expect(location.history.at(-1)).toBe("#/rackvidd?ar=2026&enhet=kommunstyrelsen");
    await screen.findByText("Inga siffror för Kommunstyrelsen");
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByRole("button", { name: "Kommunstyrelsen" }).getAttribute("aria-current")).toBe("true");
    expect(calls).toEqual(["report:2026"]);
  });

  it("reads another year when asked", async () => {
    const { location, calls } = open({ hash: "#/rackvidd?ar=2025" });
    const year = await screen.findByRole("combobox", { name: "År" });
    expect((year as HTMLSelectElement).value).toBe("2025");
    fireEvent.change(year, { target: { value: "2026" } });
    expect(location.history.at(-1)).toBe("#/rackvidd?ar=2026");
    await screen.findByRole("heading", { level: 2, name: "Huddinge kommun" });
    expect(calls).toEqual(["report:2025", "report:2026"]);
  });

  it("exports the table to Excel and says so", async () => {
    // jsdom has no object URLs; the browser's are exercised by the e2e test.
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:rackvidd";
    };
    URL.revokeObjectURL = () => undefined;
    const { calls } = open();
    fireEvent.click(await screen.findByRole("button", { name: "Exportera till Excel" }));
    await screen.findByText("Räckvidd 2026.xlsx är nedladdad.");
    expect(calls).toEqual(["report:2026", "excel:2026"]);
    expect(created).toHaveLength(1);
  });

  it("explains in plain Swedish what is counted and why small groups are hidden", async () => {
    open();
    await screen.findByRole("heading", { level: 2, name: "Så räknas räckvidden" });
    expect(screen.getByText(/En grupp med färre än 5 personer visas utan siffror/)).toBeTruthy();
    expect(screen.getByText(/både medarbetaren och chefen har markerat som överenskommet/)).toBeTruthy();
  });

  it("tells a medarbetare in Swedish that the reach is not for them, with no figures", async () => {
    open({
      person: maria,
      answer: async () => {
        throw new ForbiddenError(
          maria,
          "read",
          { kind: "org-unit", id: "" },
          "Räckvidden visas för planerare och chefer.",
        );
      },
    });
    await screen.findByText("Räckvidden visas inte för dig");
    expect(screen.getByText(/Räckvidden visas för planerare och chefer\./)).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("button", { name: "Försök igen" })).toBeNull();
  });

  it("speaks English when asked, suppressed groups' reasons too", async () => {
    open({ locale: "en" });
    await screen.findByRole("heading", { level: 2, name: "Huddinge kommun" });
    expect(screen.getByRole("heading", { level: 1, name: "Reach" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Export to Excel" })).toBeTruthy();
    expect(
      screen.getByText("Fewer than 5 people – not shown, so that no one's goals can be read from it."),
    ).toBeTruthy();
    expect(screen.getByRole("img", { name: /^Reach per focus area for Huddinge kommun/ })).toBeTruthy();
  });

  it("has plain words in both languages, with the same blanks", () => {
    for (const [key, text] of Object.entries(reachStrings.sv)) {
      const en = reachStrings.en[key as keyof typeof reachStrings.en];
      const blanks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, blanks(en)]).toEqual([key, blanks(text)]);
      for (const words of [text, en])
        expect([key, /[a-z][A-Z]|\b(undefined|null|NaN)\b/.test(words)]).toEqual([key, false]);
    }
  });
});
