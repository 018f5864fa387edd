/**
 * Mitt team for a chef of chefs, end to end against the real server, local site and Chromium: Helena
 * (avdelningschef, Grundskola) sees the rektorer who report to her, agrees a goal Karin has agreed and she
 * has not, and sees it agreed; the units below show in numbers only. At 375 px (Teams mobile) nothing
 * scrolls sideways. Every state is checked with axe in light, dark and high contrast, wide and narrow.
 */
import type { Page } from "playwright-core";
import { municipalDate } from "../../src/domain";
import { unsignedToken } from "../../src/localsite";
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

const helena = "helena.bergstrom@malkedjan.local";
const anders = "anders.holm@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const goalTitle = "Leda skolans arbete med trygghetsvandringar";
const goalId = "karin.lindqvist-2026-e2e";
const agreeName = `Markera överenskommet: ${goalTitle}, Karin Lindqvist`;

const session = useAppAndBrowser();

/** The server's write API as the person themselves (their own unsigned demo token). */
async function api(as: string, path: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, session.app.url), {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${unsignedToken(as)}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

async function openAs(
  personId: string,
  route: string,
  options: { theme?: ThemeChoice; width?: number } = {},
): Promise<Page> {
  const person = await demoPerson(session.app, { id: personId });
  const page = await openTab(session.browser.context, session.app, {
    person,
    route,
    ...(options.theme === undefined ? {} : { theme: options.theme }),
  });
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 812 });
  await waitForViewReady(page);
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));

describe("Mitt team for a chef of chefs", () => {
  beforeAll(async () => {
    // Karin writes her own goal for the year and marks it agreed; Helena, her chef, has not yet.
    const created = await api(karin, "/api/goals", {
      id: goalId,
      employeeId: karin,
      year: 2026,
      title: goalTitle,
      activityIds: ["sjodalsskolan-2026-akt-1"],
      // A new follow-up date lies ahead of the server's today.
      followUpDates: [municipalDate(new Date(Date.now() + 30 * 24 * 3600 * 1000))],
    });
    expect(created.status).toBe(201);
    const agreed = await api(karin, `/api/goals/${encodeURIComponent(goalId)}/agreement`, {
      employeeId: karin,
    });
    expect(agreed.status).toBe(200);
  }, 60_000);

  it("lists the rektorer who report to Helena, and the skolor below in numbers only", async () => {
    const page = await openAs(helena, "#/mitt-team");
    await page.getByRole("heading", { level: 1, name: "Mitt team – Grundskola 2026" }).waitFor();
    const table = page.getByRole("table", { name: "Medarbetare och mål" });
    const names = await table.getByRole("link").allTextContents();
    expect(names).toEqual(["Karin Lindqvist", "Mikael Sandberg"]);
    expect(await table.textContent()).toContain("Chef för Sjödalsskolan");
    const below = page.getByRole("table", { name: "Siffror för enheterna under Grundskola" });
    expect(await below.getByRole("row").count()).toBe(3);
    expect(await below.textContent()).not.toContain("Maria Johansson");
    await screenshot(page, "view-mitt-team-chef-of-chefs-light");
    await page.close();
  });

  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`has no serious or critical axe findings in the ${theme} theme at ${width} px`, async () => {
        for (const [person, route, ready] of [
          [helena, "#/mitt-team", "Mitt team – Grundskola 2026"],
          [anders, "#/mitt-team", "Mitt team – Utbildningsförvaltningen 2026"],
        ] as const) {
          const page = await openAs(person, route, { theme, width });
          await page.getByRole("heading", { level: 1, name: ready }).waitFor();
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          if (width === 375) expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(width);
          await screenshot(page, `view-mitt-team-${person.split(".")[0] ?? ""}-${theme}-${width}`);
          await page.close();
        }
      });
    }
  }

  it("Helena agrees Karin's goal from the waiting list: focus moves to the message, the goal is agreed", async () => {
    const page = await openAs(helena, "#/mitt-team");
    const waiting = page.getByRole("region", { name: "Väntar på mitt godkännande" });
    await waiting.getByText(goalTitle).waitFor();
    await waiting.getByRole("button", { name: agreeName }).click();
    const message = waiting.getByRole("status").filter({ hasText: "är överenskommet" });
    await message.waitFor();
    expect(await message.textContent()).toBe(`Målet ”${goalTitle}” för Karin Lindqvist är överenskommet.`);
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "status");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("är överenskommet");
    await waiting.getByText("Inga mål väntar på ditt godkännande.").waitFor();
    const row = page.getByRole("row").filter({ hasText: "Karin Lindqvist" });
    await row.filter({ hasText: "1 av 1" }).waitFor();
    // The message state is accessible too, in every theme's contrast: checked here in the light one.
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, "view-mitt-team-agreed-light");

    // In Mina mål, Karin's goal now carries her chef's mark.
    await page.getByRole("link", { name: "Öppna mål för Karin Lindqvist" }).first().click();
    const card = page.getByRole("article", { name: goalTitle });
    await card.getByText(/Chef: överenskommet \d{4}-\d{2}-\d{2}/).waitFor();
    await page.close();
  });

  it("at 375 px (Teams mobile) shows the team as cards with nothing to scroll sideways", async () => {
    const page = await openAs(helena, "#/mitt-team", { width: 375 });
    await page.getByRole("heading", { level: 1, name: "Mitt team – Grundskola 2026" }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    const cards = page.getByRole("list", { name: "Medarbetare och mål" });
    expect(await cards.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "Karin Lindqvist",
      "Mikael Sandberg",
    ]);
    const { scrollWidth, innerWidth } = await overflow(page);
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await screenshot(page, "view-mitt-team-375");
    await page.close();
  });
});
