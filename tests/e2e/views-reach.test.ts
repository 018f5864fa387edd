/**
 * Räckvidd end to end against the real server, local site and Chromium, on the demo data: Lena (the kommun's
 * planner) sees the municipality's three circles and every group in the table, suppressed groups with the
 * server's Swedish reason instead of figures; the Excel export downloads the same table; nothing on the page
 * names a demo person or an individual goal; Maria (a medarbetare) is refused in Swedish with no figures and
 * is not offered the view. axe finds nothing serious or critical in light, dark and high contrast at 1280 and
 * 375 px, nothing scrolls sideways on a phone, and the circles are drawn in forced colours too.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { reachReportSchema, type ReachReport } from "../../src/contracts/reachApi";
import { huddinge } from "../../src/demo";
import { unsignedToken } from "../../src/localsite";
import { reachRings } from "../../src/tab/views/reach/reachModel";
import { xlsxSheets } from "../support/officeFiles";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  useAppAndBrowser,
  waitForViewReady,
} from "./support";
import type { ThemeChoice } from "./support/tab";

const lena = "lena.aberg@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";
const year = 2026;
const session = useAppAndBrowser();

async function openAs(
  personId: string,
  options: { theme?: ThemeChoice; width?: number; hash?: string } = {},
): Promise<Page> {
  const person = await demoPerson(session.app, { id: personId });
  const page = await openTab(session.browser.context, session.app, {
    person,
    route: options.hash ?? `#/rackvidd?ar=${year}`,
    locale: "sv",
    ...(options.theme === undefined ? {} : { theme: options.theme }),
  });
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 812 });
  await waitForViewReady(page);
  await page.getByRole("heading", { level: 1, name: "Räckvidd" }).waitFor();
  return page;
}

/** The report as the server answers Lena, to compare the page with. */
async function reportFor(personId: string): Promise<ReachReport> {
  const response = await fetch(new URL(`api/reach?ar=${year}`, session.app.url), {
    headers: { Authorization: `Bearer ${unsignedToken(personId)}`, Accept: "application/json" },
  });
  expect(response.status).toBe(200);
  return reachReportSchema.parse(await response.json());
}

const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("Räckvidd", () => {
  it("shows Lena the municipality's circles and every group, suppressed ones with the reason", async () => {
    const report = await reportFor(lena);
    const top = report.groups[0];
    if (top === undefined) throw new Error("the report has no groups");
    expect(top.kind).toBe("municipality");
    const page = await openAs(lena);
    try {
      await page.getByRole("tab", { name: "Räckvidd", selected: true }).waitFor();
      await page.getByRole("heading", { level: 2, name: top.name }).waitFor();
      const circles = page.getByRole("img", {
        name: new RegExp(`^Räckvidd per målområde för ${top.name}: `),
      });
      await circles.waitFor();
      expect(
        await circles.locator("g[data-dimension]").evaluateAll((gs) => gs.map((g) => g.dataset.dimension)),
      ).toEqual(["social", "economic", "ecological"]);
      // Each ring's percentage is the server's count over the group's staff.
      if (!top.result.shown) throw new Error("the municipality's figures are hidden");
      const { figures } = top.result;
      const percent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });
      expect((await circles.locator("text").allTextContents()).map(plain)).toEqual(
        reachRings(report, figures).map((ring) => plain(percent.format(ring.share))),
      );
      await page.getByText(`${figures.staffWithAgreedGoals} av ${figures.staff} medarbetare`).waitFor();

      const table = page.getByRole("table", { name: `Räckvidd per grupp ${year}` });
      const rowHeaders = await table.getByRole("rowheader").allTextContents();
      expect(rowHeaders).toEqual(report.groups.map((g) => g.name));
      const suppressed = report.groups.filter((g) => !g.result.shown);
      expect(suppressed.length).toBeGreaterThan(0);
      for (const group of suppressed) {
        if (group.result.shown) continue;
        const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: group.name }) });
        expect(await row.getByRole("cell").allTextContents()).toEqual([group.result.text]);
      }
      await page.getByRole("heading", { level: 2, name: "Så räknas räckvidden" }).waitFor();
      await screenshot(page, "reach-desktop");

      // Nothing on the page names a person or an individual goal: counts only.
      const text = await page.getByRole("main").innerText();
      for (const person of huddinge.person)
        expect([person.name, text.includes(person.name)]).toEqual([person.name, false]);
      for (const goal of huddinge["individual-goal"])
        expect([goal.title, text.includes(goal.title)]).toEqual([goal.title, false]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("opens a suppressed group from the table and says why it has no figures", async () => {
    const report = await reportFor(lena);
    const group = report.groups.find((g) => !g.result.shown);
    if (group === undefined || group.result.shown || group.unitId === undefined)
      throw new Error("no suppressed group in the demo");
    const page = await openAs(lena);
    try {
      await page
        .getByRole("table", { name: `Räckvidd per grupp ${year}` })
        .getByRole("button", { name: group.name })
        .click();
      await page.getByRole("heading", { level: 2, name: group.name }).waitFor();
      await page.getByText(`Inga siffror för ${group.name}`).waitFor();
      expect(await page.getByRole("img", { name: /^Räckvidd per målområde/ }).count()).toBe(0);
      expect(page.url()).toContain(`#/rackvidd?ar=${year}&enhet=${encodeURIComponent(group.unitId)}`);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("exports the table to Excel with the person's token", async () => {
    const report = await reportFor(lena);
    const page = await openAs(lena);
    const dir = mkdtempSync(path.join(tmpdir(), "malkedjan-reach-"));
    try {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Exportera till Excel" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const file = path.join(dir, "rackvidd.xlsx");
      await download.saveAs(file);
      await page.getByText(`${download.suggestedFilename()} är nedladdad.`).waitFor();
      const sheets = await xlsxSheets(readFileSync(file));
      // The file indents names by depth, as the view does.
      const cells = [...sheets.values()].flat(2).map((v) => String(v ?? "").trim());
      for (const group of report.groups)
        expect([group.name, cells.includes(group.name)]).toEqual([group.name, true]);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses Maria in Swedish with no figures, and does not offer her the view", async () => {
    const page = await openAs(maria);
    try {
      await page.getByText("Räckvidden visas inte för dig").waitFor();
      await page.getByText(/Räckvidden visas för planerare och chefer/).waitFor();
      expect(await page.getByRole("img").count()).toBe(0);
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await page.getByRole("tab", { name: "Räckvidd" }).count()).toBe(0);
      await page.getByRole("tab", { name: "Kedjan" }).waitFor();
    } finally {
      await page.close();
    }
  }, 60_000);

  it("draws the circles in forced colours (Windows high contrast)", async () => {
    const page = await openAs(lena);
    try {
      await page.emulateMedia({ forcedColors: "active" });
      const fills = await page
        .getByRole("img", { name: /^Räckvidd per målområde/ })
        .evaluate((svg) => [...svg.querySelectorAll("path")].map((p) => getComputedStyle(p).fill));
      // Tracks in the background colour, filled parts in the highlight colour: never all one colour.
      expect(new Set(fills).size).toBeGreaterThan(1);
      await screenshot(page, "reach-forced-colours", { fullPage: false });
    } finally {
      await page.close();
    }
  }, 60_000);

  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`has no serious or critical axe violation in ${theme} at ${width} px`, async () => {
        const page = await openAs(lena, { theme, width });
        try {
          await page.getByRole("img", { name: /^Räckvidd per målområde/ }).waitFor();
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          if (width === 375) {
            const fit = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
            await screenshot(page, `reach-mobile-${theme}`);
          } else if (theme !== "light") await screenshot(page, `reach-desktop-${theme}`);
        } finally {
          await page.close();
        }
      }, 60_000);
    }
  }
});
