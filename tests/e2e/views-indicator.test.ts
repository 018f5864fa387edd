/**
 * The indicator view and Kedjan's global-goal filter against the real server, local site and Chromium:
 * an indicator opened from the chain draws its outcomes (an SVG with points), gives the same figures as a
 * table and its status with the rule; no serious or critical axe finding at 1280 and 375 px in the light,
 * dark and high-contrast themes; the chain narrows to one global goal, by keyboard, kept in the URL.
 */
import type { Page } from "playwright-core";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  waitForViewReady,
  useAppAndBrowser,
} from "./support";

const maria = "maria.johansson@malkedjan.local";
const safeSchool = "grundskolenamnden-2026-ind-5";
const safeSchoolName = "5. Andel elever i åk 9 som känner sig trygga i skolan, positiva svar";

const session = useAppAndBrowser();

const open = async (route: string, theme: "light" | "dark" | "contrast" = "light"): Promise<Page> => {
  const person = await demoPerson(session.app, { id: maria });
  const page = await openTab(session.browser.context, session.app, { person, route, theme });
  await waitForViewReady(page);
  return page;
};

/** The chart has drawn: its SVG holds the lines and at least one point per outcome. */
const chartPoints = (page: Page): Promise<number> =>
  page
    .locator("figure svg")
    .first()
    .evaluate((svg) => svg.querySelectorAll("path, circle").length);

describe("the indicator view", () => {
  it("opens from Kedjan's details and shows the chart, the table of figures and the status with its rule", async () => {
    const page = await open(`#/kedjan?item=${encodeURIComponent(`board-indicator:${safeSchool}`)}`);
    const details = page.getByRole("region", { name: safeSchoolName });
    await details.getByText("Mål 4: God utbildning för alla").waitFor();
    await details.getByText("Mål 16: Fredliga och inkluderande samhällen").waitFor();
    await details.getByRole("link", { name: "Visa utfall, diagram och status" }).click();

    await page.getByRole("heading", { level: 1, name: safeSchoolName }).waitFor();
    await waitForViewReady(page);
    expect(page.url()).toContain(`#/indikator/namnd/${safeSchool}`);

    await page.locator("figure svg").first().waitFor();
    expect(await chartPoints(page)).toBeGreaterThanOrEqual(6);

    const table = page.getByRole("table", { name: /Utfall och målvärden per period/ });
    const row = (period: string) =>
      table.getByRole("row", { name: new RegExp(`^${period}\\b`) }).getByRole("cell");
    expect(await row("2025").allInnerTexts()).toEqual(["81", "79", "83", "–"]);
    expect(await row("2026").allInnerTexts()).toEqual(["–", "–", "–", "82"]);
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual([
      "Period",
      "Totalt",
      "Kvinnor",
      "Män",
      "Målvärde",
    ]);

    await page.getByRole("heading", { name: "Status" }).waitFor();
    const rule = page.getByTestId("indicator-status-rule");
    expect(await rule.innerText()).toContain(
      "Högre är bättre. Risk: senaste utfall 81 % (2025) är bättre än utgångsläget 79 % (2024) men når inte målet 82 % (2026).",
    );
    await page.getByText("Källa: Kolada").waitFor({ state: "detached" });

    await page.getByRole("link", { name: "Tillbaka till kedjan" }).click();
    await page.getByRole("heading", { level: 1, name: "Kedjan" }).waitFor();
    await page.close();
  });

  it("credits Kolada for KF 1 and speaks English when asked", async () => {
    const person = await demoPerson(session.app, { id: maria });
    const page = await openTab(session.browser.context, session.app, {
      person,
      route: "#/indikator/kf/kf-1",
      locale: "en",
    });
    await waitForViewReady(page);
    await page.getByRole("heading", { level: 1, name: "1. −10 % i nettokostnadsavvikelse" }).waitFor();
    await page.getByText("Source: Kolada").waitFor();
    expect(await page.getByTestId("indicator-status-rule").innerText()).toMatch(
      /^Lower is better\. At risk:/,
    );
    await page.getByText("Goal 16: Peace, justice and strong institutions").waitFor();
    await page.close();
  });
});

describe("the indicator view's accessibility", () => {
  const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } } as const;
  for (const [size, viewport] of Object.entries(widths)) {
    for (const theme of ["light", "dark", "contrast"] as const) {
      it(`${theme}, ${size}: no serious or critical axe finding, one h1, nothing wider than the screen`, async () => {
        const page = await open(`#/indikator/namnd/${safeSchool}`, theme);
        await page.setViewportSize(viewport);
        await page.getByRole("heading", { level: 1, name: safeSchoolName }).waitFor();
        await page.locator("figure svg").first().waitFor();
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        // The chart is drawn to its column's width, also after the window changed size.
        await page.waitForFunction(() => {
          const svg = document.querySelector("figure svg");
          return svg !== null && svg.getBoundingClientRect().right <= document.documentElement.clientWidth;
        });
        await screenshot(page, `indicator-${theme}-${size}`);
        await page.close();
      });
    }
  }
});

describe("Kedjan's global-goal filter", () => {
  it("narrows the chain to one goal by keyboard, keeps it in the URL and has no axe finding", async () => {
    const page = await open("#/kedjan");
    await page.getByRole("heading", { level: 1, name: "Kedjan" }).waitFor();
    const select = page.getByRole("combobox", { name: "Globalt mål (Agenda 2030)" });
    await select.focus();
    // Native select: the keyboard picks an option as a person would.
    await select.selectOption({ label: "Mål 7: Hållbar energi för alla" });
    await page.waitForURL(/globalmal=7/);

    const tree = page.getByRole("tree");
    await tree.getByRole("treeitem", { name: /8\. Energiförbrukningen i verksamhetslokaler/ }).waitFor();
    expect(await tree.getByRole("treeitem", { name: /Gymnasieelever med examen/ }).count()).toBe(0);
    expect(await tree.getByRole("treeitem", { name: /^Social hållbarhet/ }).count()).toBe(0);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);

    // The URL carries the filter: opened afresh, the chain is narrowed the same way.
    const again = await open(new URL(page.url()).hash);
    await again
      .getByRole("tree")
      .getByRole("treeitem", { name: /8\. Energiförbrukningen i verksamhetslokaler/ })
      .waitFor();
    expect(await again.getByRole("combobox", { name: "Globalt mål (Agenda 2030)" }).inputValue()).toBe("7");
    await again.close();
    await page.close();
  });
});
