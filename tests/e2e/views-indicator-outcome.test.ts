/**
 * Outcomes recorded by hand on the indicator view, end to end (real server, local site, Chromium, demo
 * data): Johan, the nämnd's planner, records 2026's outcome of a nämnd indicator split kvinnor/män, sees the
 * table and status follow, and corrects it; a correction over someone else's shows what is stored now; a
 * period that already has an outcome offers it instead of a second one. Lena, a municipal planner, sees a
 * KF indicator's Kolada outcomes credited and not correctable. Maria sees the view without the form and a
 * forced write with her token is refused in Swedish. axe finds nothing serious or critical on the form in
 * light, dark and high contrast at 1280 and 375 px.
 */
import type { Page } from "playwright-core";
import { unsignedToken } from "../../src/localsite";
import { runAxe, screenshot, seriousOrCritical, useAppAndBrowser, waitForViewReady } from "./support";
import { openViewAs, type ViewOptions } from "./support/openAs";

const johan = "johan.wikstrom@malkedjan.local";
const lena = "lena.aberg@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";

const session = useAppAndBrowser();

const openAs = (personId: string, hash: string, options?: ViewOptions): Promise<Page> =>
  openViewAs(session, personId, hash, options);

/** Trygghet i åk 7–9: split kvinnor/män, outcomes 2022–2025 recorded by hand in the demo. */
const indicatorId = "grundskolenamnden-2026-ind-3";
const hash = `#/indikator/namnd/${indicatorId}`;

const section = (page: Page) => page.getByRole("region", { name: "Registrera och rätta utfall" });
const figureRow = (page: Page, period: string) =>
  page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: period }) });

/** The period's total once the table shows `total` (the table is redrawn after a save's re-read). */
const firstCell = (page: Page, period: string, total: string) =>
  figureRow(page, period)
    .getByRole("cell")
    .first()
    .filter({ hasText: new RegExp(`^${total}$`) });

describe("Indicator outcomes recorded by hand", () => {
  it("Johan records 2026's outcome with kvinnor and män, the table follows, and he corrects it", async () => {
    const page = await openAs(johan, hash);
    const form = section(page).getByRole("form", { name: "Nytt utfall" });
    // The first year without an outcome of the nämnd's own is offered.
    expect(await form.getByRole("textbox", { name: /^Period/ }).inputValue()).toBe("2026");
    await form.getByRole("button", { name: "Spara utfall" }).click();
    // An empty total is asked for, never saved as a zero.
    await form.getByText("Fyll i det här fältet.").waitFor();
    await form.getByRole("textbox", { name: /^Totalt/ }).fill("81");
    await form.getByRole("textbox", { name: "Kvinnor (valfritt)" }).fill("82,5");
    await form.getByRole("textbox", { name: "Män (valfritt)" }).fill("79,5");
    await form.getByRole("button", { name: "Spara utfall" }).click();
    await form.getByRole("status").filter({ hasText: "Utfallet är sparat." }).waitFor();
    // The view reads the indicator again after the save: the table follows once that read is in.
    await firstCell(page, "2026", "81").waitFor();
    // Total, kvinnor, män (then 2026's target value).
    expect((await figureRow(page, "2026").getByRole("cell").allTextContents()).slice(0, 3)).toEqual([
      "81",
      "82,5",
      "79,5",
    ]);
    await section(page).getByText("2026: 81 % (kvinnor 82,5, män 79,5)").waitFor();
    // The status follows the new outcome.
    await page
      .getByTestId("indicator-status-rule")
      .filter({ hasText: "senaste utfall 81 % (2026)" })
      .waitFor();

    await section(page).getByRole("button", { name: "Rätta utfallet för 2026" }).click();
    const correct = section(page).getByRole("form", { name: "Rätta utfallet för 2026" });
    expect(await correct.getByRole("textbox", { name: /^Totalt/ }).inputValue()).toBe("81");
    await correct.getByRole("textbox", { name: /^Totalt/ }).fill("80");
    await correct.getByRole("textbox", { name: "Män (valfritt)" }).fill("77,5");
    await correct.getByRole("button", { name: "Spara utfall" }).click();
    await correct.getByRole("status").filter({ hasText: "Utfallet är sparat." }).waitFor();
    await section(page).getByText("2026: 80 % (kvinnor 82,5, män 77,5)").waitFor();
    await page
      .getByTestId("indicator-status-rule")
      .filter({ hasText: "senaste utfall 80 % (2026)" })
      .waitFor();
    await firstCell(page, "2026", "80").waitFor();
    expect((await figureRow(page, "2026").getByRole("cell").allTextContents()).slice(0, 3)).toEqual([
      "80",
      "82,5",
      "77,5",
    ]);
    await screenshot(page, "indikator-utfall-johan");

    await page.reload();
    await waitForViewReady(page);
    await section(page).getByText("2026: 80 % (kvinnor 82,5, män 77,5)").waitFor();
    await page.close();
  }, 180_000);

  it("a correction over someone else's shows what is stored now; a period with an outcome offers it instead", async () => {
    const first = await openAs(johan, hash);
    const second = await openAs(johan, hash);
    const open = async (page: Page) => {
      await section(page).getByRole("button", { name: "Rätta utfallet för 2026" }).click();
      return section(page).getByRole("form", { name: "Rätta utfallet för 2026" });
    };
    const stale = await open(second);
    const fresh = await open(first);
    await fresh.getByRole("textbox", { name: /^Totalt/ }).fill("83");
    await fresh.getByRole("button", { name: "Spara utfall" }).click();
    await fresh.getByRole("status").filter({ hasText: "Utfallet är sparat." }).waitFor();

    await stale.getByRole("textbox", { name: /^Totalt/ }).fill("84");
    await stale.getByRole("button", { name: "Spara utfall" }).click();
    const conflict = stale.getByRole("region", { name: "Någon annan har sparat under tiden" });
    await conflict.getByText("Det sparade är: 2026: 83 % (kvinnor 82,5, män 77,5)").waitFor();
    expect(await stale.getByRole("textbox", { name: /^Totalt/ }).inputValue()).toBe("84");
    await conflict.getByRole("button", { name: "Spara mitt" }).click();
    await stale.getByRole("status").filter({ hasText: "Utfallet är sparat." }).waitFor();
    await section(second).getByText("2026: 84 % (kvinnor 82,5, män 77,5)").waitFor();

    // 2025 already has the nämnd's outcome: a new one for it offers the stored one, nothing is doubled.
    const form = section(first).getByRole("form", { name: "Nytt utfall" });
    await form.getByRole("textbox", { name: /^Period/ }).fill("2025");
    await form.getByRole("radio", { name: "Nej, värdet saknas" }).check();
    await form
      .getByRole("combobox", { name: /^Varför saknas värdet/ })
      .selectOption({ label: "inte insamlat" });
    await form.getByRole("button", { name: "Spara utfall" }).click();
    await form
      .getByRole("region", { name: "Någon annan har sparat under tiden" })
      .getByText("Det sparade är: 2025: 79 % (kvinnor 80, män 78)")
      .waitFor();
    await form.getByRole("button", { name: "Använd det sparade" }).click();
    expect(await form.getByRole("textbox", { name: /^Totalt/ }).inputValue()).toBe("79");
    await first.close();
    await second.close();
  }, 120_000);

  it("Lena sees a KF indicator's Kolada outcomes credited and not correctable by hand", async () => {
    const page = await openAs(lena, "#/indikator/kf/kf-1");
    const outcomes = section(page);
    await outcomes.getByRole("form", { name: "Nytt utfall" }).waitFor();
    await outcomes.getByText("Utfall från Kolada hämtas automatiskt och rättas inte för hand.").waitFor();
    const rows = outcomes.getByRole("list", { name: "Registrerade utfall" }).getByRole("listitem");
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: "Källa: Kolada" }).count()).toBe(4);
    expect(await outcomes.getByRole("button", { name: /^Rätta/ }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it("Maria sees the indicator without the form, and a forced write with her token is refused in Swedish", async () => {
    const page = await openAs(maria, hash);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("region", { name: "Registrera och rätta utfall" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Spara utfall|Rätta/ }).count()).toBe(0);

    const refused = await page.evaluate(
      async ({ token, id }) => {
        const response = await fetch("/api/indicator-outcomes", {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: JSON.stringify({
            indicator: { kind: "board-indicator", id },
            period: "2027",
            measurement: { kind: "value", total: 100 },
          }),
        });
        return { status: response.status, body: (await response.json()) as { detail?: string } };
      },
      { token: unsignedToken(maria), id: indicatorId },
    );
    expect(refused).toEqual({
      status: 403,
      body: expect.objectContaining({
        detail: "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
      }),
    });
    await page.close();
  }, 120_000);
});

describe("The outcome form: accessibility", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`axe finds nothing serious or critical in ${theme} at ${width} px; nothing scrolls sideways`, async () => {
        const page = await openAs(johan, hash, { theme, width });
        await section(page).getByRole("button", { name: "Rätta utfallet för 2026" }).click();
        const form = section(page).getByRole("form", { name: "Nytt utfall" });
        await form.getByRole("button", { name: "Spara utfall" }).click();
        await form.getByText("Fyll i det här fältet.").waitFor();
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        await screenshot(page, `indikator-utfall-${theme}-${width}`);
        await page.close();
      }, 120_000);
    }
  }
});
