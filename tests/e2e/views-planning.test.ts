/**
 * Planering end to end against the real server, local site and Chromium, on the demo data: Johan (the
 * nämnd's planner) writes Grundskolenämnden's verksamhetsplan for 2025 from scratch — a tolkning, a
 * translated KF indicator, two etappmål, an uppdrag; Sofia (the förvaltning's planner) adds an activity
 * serving the new etappmål; Helena (avdelningschef) and Karin (rektor) add activities down the chain, and
 * Maria's Mina mål for 2025 offers Karin's. Lena (planner of another nämnd) reads the plan read-only, told
 * who may change it, and a forced write is refused in Swedish. Karin starts 2027's arbetsplan from 2026's and
 * Maria writes a 2027 goal linked to it. axe finds nothing serious or critical on the view in light, dark
 * and high contrast at 1280 and 375 px, and nothing scrolls sideways on a phone.
 */
import type { Page } from "playwright-core";
import { municipalDate } from "../../src/domain";
import { unsignedToken } from "../../src/localsite";
import { runAxe, screenshot, seriousOrCritical, useAppAndBrowser, waitForViewReady } from "./support";
import { horizontalOverflow, openViewAs, type ViewOptions } from "./support/openAs";

const johan = "johan.wikstrom@malkedjan.local";
const sofia = "sofia.ekstrom@malkedjan.local";
const helena = "helena.bergstrom@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";
const lena = "lena.aberg@malkedjan.local";

const session = useAppAndBrowser();

const openAs = (personId: string, hash: string, options?: ViewOptions): Promise<Page> =>
  openViewAs(session, personId, hash, options);

const overflow = horizontalOverflow;

const daysAhead = (days: number) => municipalDate(new Date(Date.now() + days * 24 * 3600 * 1000));

const milestoneShort = "Examen inom tre år 80 %";
const milestoneLong = "Examen inom tre år 85 %";
const assignment = "Ta fram en plan för fler med examen";
const forvaltningActivity = "Studiehandledning för elever som riskerar att inte nå examen";
const avdelningActivity = "Gemensam modell för studiehandledning";
const schoolActivity = "Studiehandledning två eftermiddagar i veckan";
const kfName = "Gymnasieelever med examen inom tre år";

/** Makes the unit's plan for the year as its owner: "Skapa plan", then waits for the utkast. */
async function createPlan(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Skapa plan" }).click();
  await page.getByText("Version 1, utkast").waitFor();
}

/** Adds an activity serving `serves` (an option of the "Tjänar" select, which holds only valid links). */
async function addActivity(page: Page, title: string, serves: string): Promise<readonly string[]> {
  const form = page.getByRole("form", { name: "Ny aktivitet" });
  await form.getByRole("textbox", { name: /^Aktivitetens namn/ }).fill(title);
  const select = form.getByRole("combobox", { name: /^Tjänar/ });
  const options = await select.locator("option").allTextContents();
  await select.selectOption({ label: serves });
  await form.getByRole("button", { name: "Lägg till" }).click();
  await page.getByRole("heading", { level: 3, name: title }).waitFor();
  return options;
}

describe("Planering: a verksamhetsplan written from scratch and the arbetsplaner under it", () => {
  it("Johan writes Grundskolenämnden's verksamhetsplan 2025: tolkning, a translated indicator, two etappmål, an uppdrag", async () => {
    const page = await openAs(johan, "#/planering?ar=2025");
    await page.getByRole("heading", { level: 1, name: "Planering – Grundskolenämnden 2025" }).waitFor();
    await page.getByText("Grundskolenämnden har ingen plan för 2025 än.").waitFor();
    await createPlan(page);

    // Tolkning of the first målområde, saved on its own; the typed text stays in the field.
    const interpretation = page.getByRole("textbox", { name: /^Nämndens tolkning av/ }).first();
    await interpretation.fill("Alla elever ska nå kunskapsmålen och känna sig trygga.");
    await interpretation.locator("xpath=ancestor::form").getByRole("button", { name: "Spara" }).click();
    await page.getByRole("status").filter({ hasText: "Sparat." }).first().waitFor();

    // The KF indicators not translated yet, and one translated into a nämnd indicator.
    const untranslated = page.getByRole("region", { name: "KF-indikatorer som inte är översatta än" });
    await untranslated.getByText(kfName, { exact: true }).waitFor();
    const before = await untranslated.getByRole("listitem").count();
    await untranslated.getByRole("button", { name: `Översätt: ${kfName}` }).click();
    const translate = page.getByRole("form", { name: `Översätt ”${kfName}”` });
    await translate.getByRole("textbox", { name: "Utgångsvärde (valfritt)" }).fill("76");
    await translate.getByRole("textbox", { name: "Målvärde (valfritt)" }).fill("85");
    await translate.getByRole("button", { name: "Översätt", exact: true }).click();
    const indicators = page.getByRole("region", { name: "Nämndens indikatorer och etappmål" });
    await indicators.getByRole("heading", { level: 3, name: kfName }).waitFor();
    await untranslated.getByText(kfName, { exact: true }).waitFor({ state: "detached" });
    expect(await untranslated.getByRole("listitem").count()).toBe(before - 1);

    for (const [title, horizon, value, date] of [
      [milestoneShort, "Kort sikt", "80", "2025-12-31"],
      [milestoneLong, "Lång sikt", "85", "2026-12-31"],
    ] as const) {
      const form = indicators.getByRole("form", { name: `Nytt etappmål för ${kfName}` });
      await form.getByRole("textbox", { name: /^Etappmålets namn/ }).fill(title);
      await form.getByRole("combobox", { name: "Sikt" }).selectOption({ label: horizon });
      await form.getByRole("textbox", { name: /^Målvärde/ }).fill(value);
      await form.getByLabel(/^Måldatum/).fill(date);
      await form.getByRole("button", { name: "Lägg till" }).click();
      await indicators.getByText(title).waitFor();
    }
    await indicators.getByText("Kort sikt: 80 % senast 2025-12-31").waitFor();

    const uppdrag = page.getByRole("form", { name: "Nytt uppdrag" });
    await uppdrag.getByRole("textbox", { name: /^Uppdragets namn/ }).fill(assignment);
    await uppdrag.getByLabel(/^Ska vara klart/).fill("2025-06-30");
    await uppdrag.getByRole("textbox", { name: /^Beslutsreferens/ }).fill("GSN 2025/17 § 45");
    await uppdrag.getByRole("button", { name: "Lägg till" }).click();
    const assignments = page.getByRole("region", { name: "Uppdrag till förvaltningen" });
    await assignments.getByRole("heading", { level: 3, name: assignment }).waitFor();
    await assignments.getByText("Till Utbildningsförvaltningen, klart senast 2025-06-30").waitFor();
    await assignments.getByText("Beslut: GSN 2025/17 § 45").waitFor();

    // Read again from the site: everything is stored, and the page says who made the plan.
    await page.reload();
    await waitForViewReady(page);
    await page.getByText(/^Skapad av Johan Wikström/).waitFor();
    await expect(
      page
        .getByRole("textbox", { name: /^Nämndens tolkning av/ })
        .first()
        .inputValue(),
    ).resolves.toBe("Alla elever ska nå kunskapsmålen och känna sig trygga.");
    await screenshot(page, "planering-verksamhetsplan-johan");
    await page.close();
  }, 180_000);

  it("Sofia's förvaltning plan offers only the nämnd's etappmål, uppdrag and the basuppdrag; her activity serves the new etappmål", async () => {
    const page = await openAs(sofia, "#/planering?ar=2025");
    await page
      .getByRole("heading", { level: 1, name: "Planering – Utbildningsförvaltningen 2025" })
      .waitFor();
    await createPlan(page);
    const options = await addActivity(page, forvaltningActivity, milestoneShort);
    expect(options).toEqual([milestoneShort, milestoneLong, assignment, "Basuppdraget"]);
    await page.getByText(`Tjänar: ${milestoneShort}`).waitFor();

    // Relinked to the uppdrag: the change starts from the activity's stored version.
    await page.getByRole("button", { name: `Ändra: ${forvaltningActivity}` }).click();
    const change = page.getByRole("form", { name: `Ändra ”${forvaltningActivity}”` });
    await change.getByRole("combobox", { name: /^Tjänar/ }).selectOption({ label: assignment });
    await change.getByRole("button", { name: "Spara" }).click();
    await change.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await page.getByText(`Tjänar: ${assignment}`).waitFor();
    await change.getByRole("combobox", { name: /^Tjänar/ }).selectOption({ label: milestoneShort });
    await change.getByRole("button", { name: "Spara" }).click();
    await page.getByText(`Tjänar: ${milestoneShort}`).waitFor();
    await change.getByRole("button", { name: "Stäng" }).click();
    await change.waitFor({ state: "detached" });
    await page.close();
  }, 120_000);

  it("Helena and Karin add activities down the chain, and Maria's Mina mål for 2025 offers Karin's", async () => {
    const avdelning = await openAs(helena, "#/planering?ar=2025");
    await avdelning.getByRole("heading", { level: 1, name: "Planering – Grundskola 2025" }).waitFor();
    await createPlan(avdelning);
    const offered = await addActivity(avdelning, avdelningActivity, forvaltningActivity);
    // Further down, an activity serves the parent plan's activities: no etappmål offered.
    expect(offered).toEqual([forvaltningActivity, "Basuppdraget"]);
    await avdelning.close();

    const school = await openAs(karin, "#/planering?ar=2025");
    await school.getByRole("heading", { level: 1, name: "Planering – Sjödalsskolan 2025" }).waitFor();
    await createPlan(school);
    await addActivity(school, schoolActivity, avdelningActivity);
    await school.close();

    const mine = await openAs(maria, "#/mina-mal?ar=2025");
    await mine.getByRole("heading", { name: "Mina mål 2025" }).waitFor();
    await mine.getByRole("button", { name: "Nytt mål" }).click();
    await mine.getByRole("checkbox", { name: schoolActivity }).waitFor();
    await mine.close();
  }, 180_000);

  it("Lena, planner of another nämnd, reads the verksamhetsplan read-only and a forced write is refused in Swedish", async () => {
    const page = await openAs(lena, "#/planering?enhet=grundskolenamnden&ar=2025");
    await page.getByRole("heading", { level: 1, name: "Planering – Grundskolenämnden 2025" }).waitFor();
    await page
      .getByText("Du kan läsa planen men inte ändra den. Den ändras av nämndens planerare.")
      .waitFor();
    await page
      .getByRole("region", { name: "Nämndens indikatorer och etappmål" })
      .getByText(milestoneShort)
      .waitFor();
    expect(await page.getByRole("button", { name: /^(Spara|Lägg till|Fastställ|Översätt)/ }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);

    // Forcing it from the page with her own token: the server refuses, in Swedish.
    const refused = await page.evaluate(async (token) => {
      const response = await fetch("/api/board-plans/grundskolenamnden-2025/assignments", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          id: "lena-forced",
          toAdministrationUnitId: "utbildningsforvaltningen",
          title: "Kapat uppdrag",
          dueDate: "2025-06-30",
        }),
      });
      return { status: response.status, body: (await response.json()) as { detail?: string } };
    }, unsignedToken(lena));
    expect(refused).toEqual({
      status: 403,
      body: expect.objectContaining({
        detail: "Det får du inte göra: bara ägande enhets chef eller planerare får ändra.",
      }),
    });
    await page.close();
  }, 120_000);

  it("Johan fastställer the plan with a decision; its forms become read-only with who and when", async () => {
    const page = await openAs(johan, "#/planering?enhet=grundskolenamnden&ar=2025");
    await page
      .getByRole("textbox", { name: /^Beslutsreferens/ })
      .first()
      .fill("GSN 2025/20 § 3");
    await page.getByRole("button", { name: "Fastställ" }).click();
    await page.getByText("Version 1, fastställd").waitFor();
    await page.getByText(/^Fastställd av Johan Wikström/).waitFor();
    await page.getByText("Beslut: GSN 2025/20 § 3").waitFor();
    await page
      .getByText("Planen är fastställd och kan inte ändras. Skapa en ny version för att ändra den.")
      .waitFor();
    expect(await page.getByRole("textbox", { name: /^Nämndens tolkning av/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Anmäl till kommunstyrelsen" }).waitFor();
    await page.getByRole("button", { name: "Ny version" }).waitFor();
    await page.close();
  }, 120_000);
});

describe("Planering: two people saving the same tolkning", () => {
  it("the later save is offered what is stored now beside what was typed, and keeps the typed text with the keyboard", async () => {
    const hash = "#/planering?enhet=grundskolenamnden&ar=2024";
    const first = await openAs(johan, hash);
    await createPlan(first);
    const second = await openAs(johan, hash);
    await second.getByText("Version 1, utkast").waitFor();

    const field = (page: Page) => page.getByRole("textbox", { name: /^Nämndens tolkning av/ }).first();
    const saveWithKeyboard = async (page: Page, text: string): Promise<void> => {
      await field(page).focus();
      await page.keyboard.type(text);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spara");
      await page.keyboard.press("Enter");
    };
    await saveWithKeyboard(first, "Fler elever når målen.");
    await first.getByRole("status").filter({ hasText: "Sparat." }).first().waitFor();

    await saveWithKeyboard(second, "Alla elever känner sig trygga.");
    const conflict = second.getByRole("region", { name: "Någon annan har sparat under tiden" });
    await conflict.getByText("Det sparade är: Fler elever når målen.").waitFor();
    await second
      .getByRole("alert")
      .filter({ hasText: "Någon annan har ändrat planen under tiden." })
      .waitFor();
    expect(await field(second).inputValue()).toBe("Alla elever känner sig trygga.");
    await conflict.getByRole("button", { name: "Spara mitt" }).click();
    await second.getByRole("status").filter({ hasText: "Sparat." }).first().waitFor();

    await first.reload();
    await waitForViewReady(first);
    expect(await field(first).inputValue()).toBe("Alla elever känner sig trygga.");
    await first.close();
    await second.close();
  }, 120_000);
});

describe("Planering: next year's plan", () => {
  it("Karin starts 2027's arbetsplan from 2026's and Maria then writes a 2027 goal linked to it", async () => {
    const page = await openAs(karin, "#/planering?enhet=sjodalsskolan&ar=2026");
    await page.getByRole("heading", { level: 1, name: "Planering – Sjödalsskolan 2026" }).waitFor();
    await page.getByRole("button", { name: "Starta nästa års plan från den här" }).click();
    await page.getByText("Planen för 2027 är startad som utkast.").waitFor();
    await page.getByRole("link", { name: "Öppna planen för 2027" }).click();
    await page.getByRole("heading", { level: 1, name: "Planering – Sjödalsskolan 2027" }).waitFor();
    await page.getByText("Version 1, utkast").waitFor();
    const copied = page.getByRole("region", { name: "Aktiviteter" }).getByRole("heading", { level: 3 });
    const titles = await copied.allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    await page.close();

    const mine = await openAs(maria, "#/mina-mal?ar=2027");
    await mine.getByRole("heading", { name: "Mina mål 2027" }).waitFor();
    await mine.getByRole("button", { name: "Nytt mål" }).click();
    await mine.getByRole("textbox", { name: /^Rubrik/ }).fill("Lästräning 2027");
    await mine.getByRole("checkbox", { name: titles[0] ?? "" }).check();
    const date = daysAhead(30);
    await mine.getByRole("combobox", { name: /^Nytt uppföljningsdatum/ }).fill(date);
    await mine.getByRole("button", { name: "Lägg till datum" }).click();
    await mine.getByRole("form", { name: "Nytt mål" }).getByText(date, { exact: true }).waitFor();
    await mine.getByRole("button", { name: "Spara" }).click();
    await mine.getByText("Målet är sparat.").waitFor();
    // The saved goal names the 2027 activity it serves.
    await mine.getByRole("link", { name: `Visa i kedjan: ${titles[0] ?? ""}` }).waitFor();
    await mine.close();
  }, 180_000);
});

describe("Planering: accessibility", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`axe finds nothing serious or critical in ${theme} at ${width} px; nothing scrolls sideways`, async () => {
        // An utkast with every form open to its owner: the förvaltning's plan, and a nämnd's empty year.
        for (const [person, hash] of [
          [sofia, "#/planering?ar=2025"],
          [johan, "#/planering?ar=2023"],
          [lena, "#/planering?enhet=grundskolenamnden&ar=2025"],
        ] as const) {
          const page = await openAs(person, hash, { theme, width });
          await page.getByRole("heading", { level: 1 }).waitFor();
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          const { scrollWidth, innerWidth } = await overflow(page);
          expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
          if (person === sofia) await screenshot(page, `planering-${theme}-${width}`);
          await page.close();
        }
      }, 120_000);
    }
  }
});
