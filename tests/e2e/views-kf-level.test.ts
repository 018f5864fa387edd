/**
 * Mål och budget end to end against the real server, local site and Chromium, on the demo data: Lena (the
 * kommun's planner) opens a new version of the fastställd KF level, writes the programförklaring (a second
 * save over hers is offered what is stored now), adds a KF indicator under the social målområde and
 * fastställer with KF's decision. Johan (Grundskolenämnden's planner) then finds the new KF indicator among
 * those his fastställd 2026 verksamhetsplan has not translated yet, reads Mål och budget read-only with a plain
 * note of who changes it, and a KF write forced with his token is refused in Swedish. Lena starts the next
 * mandate period from this one. axe finds nothing serious or critical in light, dark and high contrast at 1280
 * and 375 px, and nothing scrolls sideways on a phone.
 */
import type { Page } from "playwright-core";
import { unsignedToken } from "../../src/localsite";
import { runAxe, screenshot, seriousOrCritical, useAppAndBrowser, waitForViewReady } from "./support";
import { horizontalOverflow, openViewAs, type ViewOptions } from "./support/openAs";

const lena = "lena.aberg@malkedjan.local";
const johan = "johan.wikstrom@malkedjan.local";
const mandate = "programforklaring-2023-2026";
const social = "Social hållbarhet – Den sociala basen";
const newKf = "Elever som känner sig trygga i skolan";
const declarationText =
  "Vi har människan i fokus. Under mandatperioden prioriterar majoriteten tryggheten i skolan.";
const decision = "KF 2026-11-16 § 12";
const visionText =
  "Huddinge ska vara en av de tre populäraste kommunerna i Stockholms län att bo och verka i.";

const session = useAppAndBrowser();

const openAs = (personId: string, hash: string, options?: ViewOptions): Promise<Page> =>
  openViewAs(session, personId, hash, options);

const overflow = horizontalOverflow;

const declarationForm = (page: Page) => page.getByRole("form", { name: "Politisk programförklaring" });
const declarationField = (page: Page) =>
  declarationForm(page).getByRole("textbox", { name: "Programförklaringens text" });

describe("Mål och budget: a new version of the KF level, written and fastställd by the kommun's planner", () => {
  it("Lena opens a new version, writes the programförklaring, adds a KF indicator and fastställer", async () => {
    const page = await openAs(lena, "#/mal-och-budget");
    await page.getByRole("heading", { level: 1, name: "Mål och budget" }).waitFor();
    await page.getByText("Version 1, fastställt").waitFor();
    await page.getByRole("heading", { level: 3, name: social }).waitFor();
    await page.getByRole("heading", { level: 4, name: "2. Gymnasieelever med examen inom tre år" }).waitFor();
    expect(await declarationForm(page).count()).toBe(0);

    // The vision is untimed: changed at once, with who and when.
    const visionForm = page.getByRole("form", { name: "Visionens lydelse" });
    await visionForm.getByRole("textbox", { name: "Visionens lydelse" }).fill(visionText);
    await visionForm.getByRole("textbox", { name: /^Beslutsreferens/ }).fill("KF 2026-10-12 § 4");
    await visionForm.getByRole("button", { name: "Spara" }).click();
    await visionForm.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    const visionSection = page.getByRole("region", { name: "Vision" });
    await visionSection.getByText(/^Senast ändrad \d{4}-\d{2}-\d{2} av Lena Åberg$/).waitFor();
    await visionSection.getByText("Beslut: KF 2026-10-12 § 4").waitFor();

    await page.getByRole("button", { name: "Ny version" }).click();
    await page.getByText("Version 2, utkast").waitFor();
    await page.getByText("Version 1 fastställdes").waitFor();

    // A second page of hers, opened before the first saves: its save is offered what is stored now.
    const second = await openAs(lena, "#/mal-och-budget");
    await declarationField(second).waitFor();

    await declarationField(page).fill(declarationText);
    await declarationForm(page).getByRole("button", { name: "Spara" }).click();
    await declarationForm(page).getByRole("status").filter({ hasText: "Sparat." }).waitFor();

    await declarationField(second).fill("Något annat.");
    await declarationForm(second).getByRole("button", { name: "Spara" }).click();
    const conflict = declarationForm(second).getByRole("region", {
      name: "Någon annan har sparat under tiden",
    });
    await conflict.getByText(declarationText, { exact: false }).waitFor();
    await declarationForm(second)
      .getByRole("alert")
      .filter({ hasText: "Någon annan har ändrat det här under tiden." })
      .waitFor();
    expect(await declarationField(second).inputValue()).toBe("Något annat.");
    await conflict.getByRole("button", { name: "Använd det sparade" }).click();
    expect(await declarationField(second).inputValue()).toBe(declarationText);
    await second.close();

    // A KF indicator under the social målområde, numbered by the server.
    await page.getByRole("button", { name: `Ny KF-indikator under ${social}` }).click();
    const form = page.getByRole("form", { name: `Ny KF-indikator under ${social}` });
    await form.getByRole("textbox", { name: "Namn" }).fill(newKf);
    await form.getByRole("textbox", { name: "Enhet (t.ex. % eller index)" }).fill("%");
    await form.getByRole("textbox", { name: "Utgångsvärde (valfritt)" }).fill("81,5");
    await form.getByRole("textbox", { name: "Målvärde (valfritt)" }).fill("90");
    await form.getByRole("textbox", { name: /^Globala mål/ }).fill("16, 4");
    await form.getByRole("button", { name: "Lägg till" }).click();
    const added = page
      .getByRole("list", { name: `KF-indikatorer: ${social}` })
      .getByRole("listitem")
      .filter({
        has: page.getByRole("heading", { level: 4, name: `9. ${newKf}` }),
      });
    await added.getByText("Målvärde: 90 % (2026)").waitFor();
    await added.getByText("Utgångsvärde: 81,5 % (2022)").waitFor();
    await added.getByText("Ingen nämndindikator översätter den än.").waitFor();
    await added.getByText("Mål 16: Fredliga och inkluderande samhällen").waitFor();

    // Changed from its stored version; removing a KF indicator a nämnd translates is refused in Swedish.
    await added.getByRole("button", { name: "Ändra KF-indikator 9" }).click();
    const change = page.getByRole("form", { name: `Ändra ”${newKf}”` });
    await change.getByRole("textbox", { name: "Målvärde (valfritt)" }).fill("92");
    await change.getByRole("button", { name: "Spara" }).click();
    await added.getByText("Målvärde: 92 % (2026)").waitFor();
    await change.getByRole("button", { name: "Stäng" }).click();
    const kf2 = page
      .getByRole("list", { name: `KF-indikatorer: ${social}` })
      .getByRole("listitem")
      .filter({
        has: page.getByRole("heading", { level: 4, name: "2. Gymnasieelever med examen inom tre år" }),
      });
    await kf2.getByRole("button", { name: "Ta bort KF-indikator 2" }).click();
    await kf2
      .getByRole("group", { name: "Ta bort KF-indikator 2" })
      .getByRole("button", { name: "Ta bort" })
      .click();
    await kf2
      .getByRole("alert")
      .getByText(
        /^KF-indikator 2 \("Gymnasieelever med examen inom tre år"\) översätts av .+ och kan inte tas bort\./,
      )
      .waitFor();
    await kf2.getByRole("button", { name: "Avbryt" }).click();

    // Fastställ needs KF's decision.
    const adoption = page.getByRole("form", { name: "Fastställ" });
    await adoption.getByRole("button", { name: "Fastställ" }).click();
    await adoption.getByText("Fyll i det här fältet.").waitFor();
    await adoption.getByRole("textbox", { name: /^Beslutsreferens/ }).fill(decision);
    await adoption.getByRole("button", { name: "Fastställ" }).click();
    await page.getByText("Version 2, fastställt").waitFor();
    await page.getByText(/^Fastställd av Lena Åberg /).waitFor();
    await page.getByText(`Beslut: ${decision}`).waitFor();
    await page
      .getByText(
        "Mål och budget för mandatperioden är fastställt och kan inte ändras. Öppna en ny version för att ändra det.",
      )
      .waitFor();
    expect(await declarationForm(page).count()).toBe(0);

    // Read again from the site: everything is stored.
    await page.reload();
    await waitForViewReady(page);
    await page.getByText(declarationText).waitFor();
    await page.getByRole("heading", { level: 4, name: `9. ${newKf}` }).waitFor();
    await screenshot(page, "mal-och-budget-lena");
    await page.close();
  }, 180_000);

  it("Johan sees the new KF indicator among those his fastställd 2026 verksamhetsplan has not translated", async () => {
    const page = await openAs(johan, "#/planering?enhet=grundskolenamnden&ar=2026");
    await page.getByRole("heading", { level: 1, name: "Planering – Grundskolenämnden 2026" }).waitFor();
    const untranslated = page.getByRole("region", { name: "KF-indikatorer som inte är översatta än" });
    await untranslated.getByText(newKf, { exact: true }).waitFor();
    // Fastställd: read-only here, nothing to translate from this page until a new version.
    expect(await untranslated.getByRole("button").count()).toBe(0);
    await page.close();
  }, 120_000);

  it("Johan reads Mål och budget read-only, told who changes it, and a forced KF write is refused in Swedish", async () => {
    const page = await openAs(johan, "#/mal-och-budget");
    await page.getByRole("heading", { level: 1, name: "Mål och budget" }).waitFor();
    await page
      .getByText(
        "Du kan läsa Mål och budget men inte ändra det. Det ändras av kommunens planerare (KF-planerarna).",
      )
      .waitFor();
    await page.getByRole("heading", { level: 4, name: `9. ${newKf}` }).waitFor();
    await page.getByText(declarationText).waitFor();
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(
      await page
        .getByRole("button", { name: /^(Spara|Lägg till|Fastställ|Ny version|Ändra|Ta bort|Starta|Ny KF)/ })
        .count(),
    ).toBe(0);

    // Forcing a change of the programförklaring from the page with his own token: refused, in Swedish.
    const refused = await page.evaluate(
      async ({ token, path }) => {
        const read = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
        const desk = (await read.json()) as { declaration: { version: string } };
        const response = await fetch(path, {
          method: "PUT",
          headers: {
            "Content-Type": "application/json",
            "If-Match": desk.declaration.version,
            Authorization: `Bearer ${token}`,
          },
          body: JSON.stringify({ title: "Kapad programförklaring", text: "Johans text" }),
        });
        return { status: response.status, body: (await response.json()) as { detail?: string } };
      },
      { token: unsignedToken(johan), path: `/api/kf/mandates/${mandate}` },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      "Det får du inte göra: bara kommunens planerare får ändra KF-nivån och organisationen.",
    );
    await page.reload();
    await waitForViewReady(page);
    await page.getByText(declarationText).waitFor();
    // Anyone may download Mål och budget as Word: fetched with his token, handed to the browser as a file.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Ladda ner Mål och budget (Word)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/2023.2026.*\.docx$/);
    await page
      .getByRole("status")
      .filter({ hasText: /^Filen .+\.docx är hämtad\.$/ })
      .waitFor();
    await screenshot(page, "mal-och-budget-johan");
    await page.close();
  }, 120_000);

  it("Lena starts the next mandate period from this one: an utkast with the målområden and KF indicators", async () => {
    const page = await openAs(lena, "#/mal-och-budget");
    await page.getByRole("button", { name: "Starta nästa mandatperiod" }).click();
    await page.getByText("Mandatperioden 2027–2030 är startad som utkast.").waitFor();
    await page.getByRole("link", { name: "Öppna mandatperioden 2027–2030" }).click();
    await page.getByText("Version 1, utkast").waitFor();
    await page.getByRole("combobox", { name: "Mandatperiod" }).waitFor();
    await page.getByRole("heading", { level: 3, name: social }).waitFor();
    await page.getByRole("heading", { level: 4, name: `9. ${newKf}` }).waitFor();
    await declarationField(page).waitFor();
    await page.close();
  }, 120_000);
});

describe("Mål och budget: accessibility", () => {
  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`axe finds nothing serious or critical in ${theme} at ${width} px; nothing scrolls sideways`, async () => {
        // The next mandate's utkast with a KF indicator form open to Lena, and the reader's view.
        for (const [person, hash] of [
          [lena, "#/mal-och-budget?mandat=programforklaring-2027-2030"],
          [johan, "#/mal-och-budget"],
        ] as const) {
          const page = await openAs(person, hash, { theme, width });
          await page.getByRole("heading", { level: 1 }).waitFor();
          await page.getByRole("heading", { level: 3, name: social }).waitFor();
          if (person === lena) {
            await page.getByRole("button", { name: `Ny KF-indikator under ${social}` }).click();
            await page.getByRole("form", { name: `Ny KF-indikator under ${social}` }).waitFor();
          }
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          const { scrollWidth, innerWidth } = await overflow(page);
          expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
          if (person === lena) await screenshot(page, `mal-och-budget-${theme}-${width}`);
          await page.close();
        }
      }, 120_000);
    }
  }
});
