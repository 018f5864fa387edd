/**
 * Planering's changes and removals end to end (real server, local site, Chromium, demo data): Johan changes
 * an etappmål's target and removes an uppdrag of his utkast (asked first in a dialog, with the keyboard); a
 * save over someone else's shows what is stored now beside what he typed; removing an etappmål an activity
 * serves is refused in the plan's words and nothing is lost; Sofia removes an activity of her arbetsplan.
 * axe finds nothing serious or critical on the open change form and the removal dialog in light, dark and
 * high contrast at 1280 and 375 px.
 */
import type { Page } from "playwright-core";
import { unsignedToken } from "../../src/localsite";
import { runAxe, screenshot, seriousOrCritical, useAppAndBrowser, waitForViewReady } from "./support";
import { openViewAs, type ViewOptions } from "./support/openAs";

const johan = "johan.wikstrom@malkedjan.local";
const sofia = "sofia.ekstrom@malkedjan.local";

const session = useAppAndBrowser();

const openAs = (personId: string, hash: string, options?: ViewOptions): Promise<Page> =>
  openViewAs(session, personId, hash, options);

/** One planning API call from the page with the person's own token, as the tab would send it. */
async function api(page: Page, personId: string, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ token, method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
    },
    { token: unsignedToken(personId), method, path, body },
  );
}

const hash = "#/planering?enhet=grundskolenamnden&ar=2025";
const boardPlan = "grundskolenamnden-2025";
const workPlan = "utbildningsforvaltningen-2025";
const indicatorName = "Andelen elever med examen inom tre år";
const served = "Examen inom tre år 80 %";
const changed = "Examen inom tre år 85 %";
const assignment = "Kartlägg studiehandledningen";
const kept = "Studiehandledning för elever som riskerar att inte nå examen";
const removed = "Läxhjälp på biblioteket";

/** Johan's utkast for 2025 and Sofia's arbetsplan under it, made through the API (the UI is tested elsewhere). */
async function seedPlans(page: Page): Promise<void> {
  const board = (path: string, body: unknown) => api(page, johan, "POST", path, body);
  const steps = [
    await board("/api/board-plans", {
      id: boardPlan,
      boardUnitId: "grundskolenamnden",
      year: 2025,
      title: "Grundskolenämndens verksamhetsplan 2025",
    }),
    await board(`/api/board-plans/${boardPlan}/indicators`, {
      id: "gsn-2025-ind-2",
      kfIndicatorId: "kf-2",
      name: indicatorName,
      measureUnit: "%",
      direction: "increase",
    }),
    ...(await Promise.all(
      [
        ["gsn-2025-em-served", served, 80],
        ["gsn-2025-em-changed", changed, 85],
      ].map(([id, title, targetValue]) =>
        board(`/api/board-plans/${boardPlan}/milestones`, {
          id,
          boardIndicatorId: "gsn-2025-ind-2",
          title,
          horizon: "short",
          targetValue,
          targetDate: "2025-12-31",
        }),
      ),
    )),
    await board(`/api/board-plans/${boardPlan}/assignments`, {
      id: "gsn-2025-upp-1",
      toAdministrationUnitId: "utbildningsforvaltningen",
      title: assignment,
      dueDate: "2025-06-30",
    }),
    await api(page, sofia, "POST", "/api/work-plans", {
      id: workPlan,
      ownerUnitId: "utbildningsforvaltningen",
      year: 2025,
      title: "Utbildningsförvaltningens arbetsplan 2025",
    }),
    ...(await Promise.all(
      [
        ["uf-2025-akt-kept", kept, { kind: "milestone", id: "gsn-2025-em-served" }],
        ["uf-2025-akt-removed", removed, { kind: "core-mission" }],
      ].map(([id, title, serves]) =>
        api(page, sofia, "POST", `/api/work-plans/${workPlan}/activities`, { id, title, serves }),
      ),
    )),
  ];
  expect(steps.map((s) => s.status)).toEqual([201, 201, 201, 201, 201, 201, 201, 201]);
}

const indicatorsOf = (page: Page) => page.getByRole("region", { name: "Nämndens indikatorer och etappmål" });

/** Opens an item's change form with its "Ändra" button and answers the form. */
async function openChange(page: Page, title: string) {
  await page.getByRole("button", { name: `Ändra: ${title}` }).click();
  return page.getByRole("form", { name: `Ändra ”${title}”` });
}

describe("Planering: changing and removing what a plan holds", () => {
  it("Johan changes an etappmål's target and removes an uppdrag of his utkast, asked first, with the keyboard", async () => {
    const page = await openAs(johan, hash);
    await seedPlans(page);
    await page.reload();
    await waitForViewReady(page);
    const indicators = indicatorsOf(page);
    await indicators.getByText(changed).waitFor();

    const form = await openChange(page, changed);
    const target = form.getByRole("textbox", { name: /^Målvärde/ });
    expect(await target.inputValue()).toBe("85");
    await target.fill("86,5");
    await form.getByRole("button", { name: "Spara" }).click();
    await form.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await indicators.getByText("Kort sikt: 86.5 % senast 2025-12-31").waitFor();
    await form.getByRole("button", { name: "Stäng" }).click();
    await form.waitFor({ state: "detached" });
    // Focus returns to the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      `Ändra: ${changed}`,
    );

    const assignments = page.getByRole("region", { name: "Uppdrag till förvaltningen" });
    await assignments.getByRole("button", { name: `Ta bort: ${assignment}` }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Ta bort ”${assignment}”?` });
    await dialog.waitFor();
    // Esc cancels and keeps the uppdrag; asked again, Enter on the dialog's first button removes it.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await assignments.getByRole("heading", { level: 3, name: assignment }).waitFor();
    await assignments.getByRole("button", { name: `Ta bort: ${assignment}` }).focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ta bort");
    await page.keyboard.press("Enter");
    await assignments.getByRole("heading", { level: 3, name: assignment }).waitFor({ state: "detached" });
    await assignments.getByText("Inga uppdrag än.").waitFor();

    await page.reload();
    await waitForViewReady(page);
    await indicatorsOf(page).getByText("Kort sikt: 86.5 % senast 2025-12-31").waitFor();
    expect(await page.getByRole("heading", { level: 3, name: assignment }).count()).toBe(0);
    await page.close();
  }, 180_000);

  it("a save over someone else's shows what is stored now beside what was typed; 'Spara mitt' keeps the typed one", async () => {
    const first = await openAs(johan, hash);
    const second = await openAs(johan, hash);
    const stale = await openChange(second, changed);
    const fresh = await openChange(first, changed);
    await fresh.getByRole("textbox", { name: /^Målvärde/ }).fill("90");
    await fresh.getByRole("button", { name: "Spara" }).click();
    await fresh.getByRole("status").filter({ hasText: "Sparat." }).waitFor();

    await stale.getByRole("textbox", { name: /^Målvärde/ }).fill("91");
    await stale.getByRole("button", { name: "Spara" }).click();
    const conflict = stale.getByRole("region", { name: "Någon annan har sparat under tiden" });
    await conflict.getByText(`Det sparade är: ${changed} – Kort sikt: 90 % senast 2025-12-31`).waitFor();
    await stale
      .getByRole("alert")
      .filter({ hasText: "Någon annan har ändrat planen under tiden." })
      .waitFor();
    expect(await stale.getByRole("textbox", { name: /^Målvärde/ }).inputValue()).toBe("91");
    await conflict.getByRole("button", { name: "Spara mitt" }).click();
    await stale.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await indicatorsOf(second).getByText("Kort sikt: 91 % senast 2025-12-31").waitFor();

    // "Använd det sparade" takes the stored value into the form instead.
    await fresh.getByRole("textbox", { name: /^Målvärde/ }).fill("92");
    await fresh.getByRole("button", { name: "Spara" }).click();
    const again = fresh.getByRole("region", { name: "Någon annan har sparat under tiden" });
    await again.getByRole("button", { name: "Använd det sparade" }).click();
    await again.waitFor({ state: "detached" });
    expect(await fresh.getByRole("textbox", { name: /^Målvärde/ }).inputValue()).toBe("91");
    await first.close();
    await second.close();
  }, 120_000);

  it("removing an etappmål an activity serves is refused in the plan's words, and nothing is lost", async () => {
    const page = await openAs(johan, hash);
    const indicators = indicatorsOf(page);
    await indicators.getByRole("button", { name: `Ta bort: ${served}` }).click();
    await page
      .getByRole("dialog", { name: `Ta bort ”${served}”?` })
      .getByRole("button", { name: "Ta bort" })
      .click();
    await indicators
      .getByRole("alert")
      .filter({
        hasText: "Etappmålet har 1 aktivitet som tjänar det. Koppla om eller ta bort den först.",
      })
      .waitFor();
    await screenshot(page, "planering-ta-bort-vagrat");
    await page.reload();
    await waitForViewReady(page);
    await indicatorsOf(page).getByText(served).waitFor();
    await page.close();

    const forvaltning = await openAs(sofia, "#/planering?ar=2025");
    await forvaltning.getByText(`Tjänar: ${served}`).waitFor();
    await forvaltning.close();
  }, 120_000);

  it("Sofia removes an activity of her arbetsplan; the other stays", async () => {
    const page = await openAs(sofia, "#/planering?ar=2025");
    const activities = page.getByRole("region", { name: "Aktiviteter" });
    await activities.getByRole("heading", { level: 3, name: removed }).waitFor();
    await activities.getByRole("button", { name: `Ta bort: ${removed}` }).click();
    await page
      .getByRole("dialog", { name: `Ta bort ”${removed}”?` })
      .getByRole("button", { name: "Ta bort" })
      .click();
    await activities.getByRole("heading", { level: 3, name: removed }).waitFor({ state: "detached" });
    await page.reload();
    await waitForViewReady(page);
    await activities.getByRole("heading", { level: 3, name: kept }).waitFor();
    expect(await activities.getByRole("heading", { level: 3, name: removed }).count()).toBe(0);
    await page.close();
  }, 120_000);
});

describe("Planering's change form and removal dialog: accessibility", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`axe finds nothing serious or critical in ${theme} at ${width} px`, async () => {
        const page = await openAs(johan, hash, { theme, width });
        await openChange(page, changed);
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        await page.getByRole("button", { name: `Ta bort: ${served}` }).click();
        await page.getByRole("dialog").waitFor();
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        await screenshot(page, `planering-ta-bort-${theme}-${width}`);
        await page.close();
      }, 120_000);
    }
  }
});
