/**
 * Uppföljning end to end against the real server, local site and Chromium: Karin (rektor, Sjödalsskolan)
 * follows up tertial 1 — klarmarkering is refused while an item lacks a follow-up, she records a status and
 * a bedömning with the keyboard, a failed save keeps her text, then she klarmarkerar; Helena (avdelningschef)
 * sees Sjödalsskolan finished and Kvarnbergsskolan not. axe finds nothing serious or critical in light, dark
 * and high contrast at 1280 and 375 px, and nothing scrolls sideways on a phone.
 */
import type { Page } from "playwright-core";
import { unsignedToken } from "../../src/localsite";
import { runAxe, screenshot, seriousOrCritical, useAppAndBrowser } from "./support";
import { horizontalOverflow, openViewAs, type ViewOptions } from "./support/openAs";

const karin = "karin.lindqvist@malkedjan.local";
const helena = "helena.bergstrom@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";
const route = "#/uppfoljning?period=2026-tertial1";
const lastItem = "Kollegialt lärande i bedömning och betygssättning"; // sjodalsskolan-2026-akt-6

const session = useAppAndBrowser();

async function record(kind: string, id: string, status: string): Promise<void> {
  const response = await fetch(new URL(`/api/plan-follow-ups/${kind}/${id}/2026-tertial1`, session.app.url), {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${unsignedToken(karin)}` },
    body: JSON.stringify({ status }),
  });
  expect(response.status).toBe(200);
}

const openAs = (personId: string, hash: string, options?: ViewOptions): Promise<Page> =>
  openViewAs(session, personId, hash, options);

const overflow = horizontalOverflow;

describe("Uppföljning of tertial 1", () => {
  beforeAll(async () => {
    // Everything but the basuppdrag activity is followed up already (the demo has akt-1 and akt-4).
    await record("work-plan", "sjodalsskolan-2026", "on-track");
    for (const n of [2, 3, 5]) await record("activity", `sjodalsskolan-2026-akt-${n}`, "on-track");
  }, 60_000);

  it("Karin records a status and a bedömning with the keyboard, and klarmarkerar once nothing is missing", async () => {
    const page = await openAs(karin, route);
    await page
      .getByRole("heading", { level: 1, name: "Uppföljning – Sjödalsskolan Tertial 1 2026" })
      .waitFor();
    await page.getByText("6 av 7 uppföljda").first().waitFor();

    // Klarmarkera first: refused, in Swedish, saying how many are missing.
    const completion = page.getByRole("region", { name: "Klarmarkering" });
    await completion.getByRole("button", { name: "Klarmarkera" }).focus();
    await page.keyboard.press("Enter");
    await completion
      .getByRole("alert")
      .filter({
        hasText: "Det går inte att klarmarkera ännu: 1 punkt av 7 saknar uppföljning för Tertial 1 2026.",
      })
      .waitFor();

    const card = page.locator("li", { has: page.getByRole("heading", { name: lastItem }) });
    await card.getByText("Inte uppföljd än").waitFor();
    const status = card.getByLabel("Status");
    await status.focus();
    await status.selectOption({ label: "Avviker" });
    await page.keyboard.press("Tab");
    const assessment = card.getByLabel("Bedömning");
    expect(await assessment.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("Lärgrupperna har inte kommit igång: ingen tid i schemat.");

    // A failed save keeps the text and says so.
    await page.route("**/api/plan-follow-ups/activity/**", (r) =>
      r.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "x",
          title: "Det gick inte att spara just nu",
          status: 503,
          code: "storage",
          detail: "Försök igen om en stund.",
        }),
      }),
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await card
      .getByRole("alert")
      .filter({ hasText: "Det gick inte att spara. Din text finns kvar" })
      .waitFor();
    expect(await assessment.inputValue()).toBe("Lärgrupperna har inte kommit igång: ingen tid i schemat.");
    await page.unroute("**/api/plan-follow-ups/activity/**");

    await card.getByRole("button", { name: "Spara" }).focus();
    await page.keyboard.press("Enter");
    await card.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await card.locator('[data-status="off-track"]').waitFor();
    await page.getByText("7 av 7 uppföljda").first().waitFor();

    await completion.getByRole("button", { name: "Klarmarkera" }).focus();
    await page.keyboard.press("Enter");
    await completion.getByText(/^Klarmarkerad av Karin Lindqvist \d{4}-\d{2}-\d{2}\.$/).waitFor();
    // Marked: the form is gone, the page is read-only.
    await page.getByText("Du kan läsa uppföljningen men inte ändra den").waitFor();
    expect(await page.getByRole("button", { name: "Spara" }).count()).toBe(0);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, "view-uppfoljning-klarmarkerad-light");
    await page.close();
  });

  it("shows Helena which skolor have finished tertial 1 and which have not", async () => {
    const page = await openAs(helena, route);
    await page.getByRole("heading", { level: 1, name: "Uppföljning – Grundskola Tertial 1 2026" }).waitFor();
    const overview = page.getByRole("region", { name: "Enheterna under Grundskola" });
    const sjodal = overview.locator('[data-unit-id="sjodalsskolan"]');
    await sjodal.getByText(/^Klar – Karin Lindqvist \d{4}-\d{2}-\d{2}$/).waitFor();
    await overview.locator('[data-unit-id="kvarnbergsskolan"]').getByText("Inte klar").waitFor();
    await page.close();
  });

  it("shows Maria, who leads and plans nothing, her skola's follow-up read-only, in plain words", async () => {
    const page = await openAs(maria, route);
    await page
      .getByRole("heading", { level: 1, name: "Uppföljning – Sjödalsskolan Tertial 1 2026" })
      .waitFor();
    await page.getByText("Du kan läsa uppföljningen men inte ändra den").waitFor();
    await page.getByText("Lärgrupperna har inte kommit igång: ingen tid i schemat.").waitFor();
    expect(await page.getByRole("button", { name: "Spara" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Klarmarkera" }).count()).toBe(0);
    const text = await page.locator("main").innerText();
    for (const codeName of [
      /@malkedjan\.local/,
      /\b(on-track|off-track|at-risk|not-started)\b/,
      /-2026-/,
      /\{\w+\}/,
    ]) {
      expect(text).not.toMatch(codeName);
    }
    await page.close();
  });

  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`has no serious or critical axe findings in the ${theme} theme at ${width} px`, async () => {
        for (const [person, ready] of [
          [helena, "Uppföljning – Grundskola Tertial 1 2026"],
          [karin, "Uppföljning – Sjödalsskolan Tertial 1 2026"],
        ] as const) {
          const page = await openAs(person, route, { theme, width });
          await page.getByRole("heading", { level: 1, name: ready }).waitFor();
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          if (width === 375) expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(width);
          await screenshot(page, `view-uppfoljning-${person.split(".")[0] ?? ""}-${theme}-${width}`);
          await page.close();
        }
      });
    }
  }
});
