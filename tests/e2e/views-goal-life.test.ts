/**
 * A goal's life in the tab, end to end against the real server, local site and Chromium: the whole
 * medarbetarsamtal with the keyboard alone (focus never falls to <body>), a goal deleted before agreement
 * and one withdrawn after it leaving Mitt team's counts right, the warning before an agreed goal is changed,
 * Mina mål on a 375-px phone, and errors that never show a code name or an id.
 */
import type { Locator, Page } from "playwright-core";
import { municipalDate } from "../../src/domain";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  useAppAndBrowser,
  waitForViewReady,
} from "./support";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
const agreedTitle = "Dela ett bedömningsexempel per månad i ämneslaget";
const readingActivity = "Dagliga lässtunder i förskoleklass till åk 3";

/** A follow-up date ahead of the server's today (a new date may not lie in the past). */
const daysAhead = (days: number) => municipalDate(new Date(Date.now() + days * 24 * 3600 * 1000));

/** Code names and ids a person must never read. */
const CODE_NAMES =
  /\b(title|description|followUpDates|activityIds|coreValues|employeeId)\b|mal-20\d\d-|\.\d+:/;

const session = useAppAndBrowser();

async function openAs(personId: string, route: string): Promise<Page> {
  const person = await demoPerson(session.app, { id: personId });
  const page = await openTab(session.browser.context, session.app, { person, route });
  await waitForViewReady(page);
  return page;
}

const card = (page: Page, title: string): Locator => page.getByRole("article", { name: title });

/** What has focus, roughly as a screen reader names it, and where it sits. */
interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly goalId: string | null;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return { tag: "none", name: "", goalId: null };
    const byIds = (ids: string | null) =>
      (ids ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
    const labels = (el as HTMLInputElement).labels;
    const name = (
      el.getAttribute("aria-label") ??
      (el.hasAttribute("aria-labelledby") ? byIds(el.getAttribute("aria-labelledby")) : null) ??
      (labels && labels.length > 0 ? (labels[0]?.textContent ?? "") : null) ??
      el.textContent ??
      ""
    ).trim();
    return {
      tag: el.tagName.toLowerCase(),
      name,
      goalId: el.closest("[data-goal-id]")?.getAttribute("data-goal-id") ?? null,
    };
  });

/** After every action: focus is somewhere that says what happened, never the page's body. */
async function expectFocusNotOnBody(page: Page, after: string): Promise<Focused> {
  // Focus may move a frame after the action (the saved card appears, the form's field mounts).
  await page.waitForTimeout(100);
  const now = await focused(page);
  if (now.tag === "body" || now.tag === "none") throw new Error(`focus fell to <body> after ${after}`);
  return now;
}

/**
 * Presses Tab (only Tab) until focus is on an element named `name` (optionally inside one goal's card);
 * the keyboard alone, as a person without a mouse moves.
 */
async function tabTo(page: Page, name: string | RegExp, goalId?: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const now = await focused(page);
    const matches = typeof name === "string" ? now.name === name : name.test(now.name);
    if (matches && (goalId === undefined || now.goalId === goalId)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${String(name)}"${goalId === undefined ? "" : ` in ${goalId}`}`);
}

describe("a goal's life in the tab", () => {
  it("the whole medarbetarsamtal with the keyboard alone, focus never on <body>", async () => {
    const title = "Läsa en bok högt för klassen varje fredag";
    const date = daysAhead(21);
    const page = await openAs(maria, "#/mina-mal");
    await page.getByRole("heading", { name: "Mina mål 2026" }).waitFor();

    await tabTo(page, "Nytt mål");
    await page.keyboard.press("Enter");
    let now = await expectFocusNotOnBody(page, "Nytt mål");
    // The form's code may still be loading (it says so, with focus); once it is there, focus is on its first field.
    await page.getByRole("textbox", { name: /^Rubrik/ }).waitFor();
    now = await expectFocusNotOnBody(page, "the form loaded");
    expect(now.name).toMatch(/^Rubrik/);
    await page.keyboard.type(title);

    await tabTo(page, readingActivity);
    await page.keyboard.press("Space");
    await expectFocusNotOnBody(page, "linking an activity");

    await tabTo(page, /^Nytt uppföljningsdatum/);
    await page.keyboard.type(date);
    await tabTo(page, "Lägg till datum");
    await page.keyboard.press("Enter");
    now = await expectFocusNotOnBody(page, "Lägg till datum");
    expect(now.name).toMatch(/^Nytt uppföljningsdatum/);
    await page.getByRole("form", { name: "Nytt mål" }).getByText(date, { exact: true }).waitFor();

    await tabTo(page, "Spara");
    await page.keyboard.press("Enter");
    await card(page, title).waitFor();
    now = await expectFocusNotOnBody(page, "Spara");
    const goalId = (await card(page, title).getAttribute("data-goal-id")) ?? "";
    expect(now.goalId).toBe(goalId);
    await page.getByText("Målet är sparat.").waitFor();

    await tabTo(page, "Markera överenskommet som medarbetare", goalId);
    await page.keyboard.press("Enter");
    await card(page, title)
      .getByText(/Medarbetare: överenskommet \d{4}-\d{2}-\d{2}/)
      .waitFor();
    now = await expectFocusNotOnBody(page, "Markera överenskommet (medarbetare)");
    expect(now.goalId).toBe(goalId);
    await page.getByText("Överenskommelsen är markerad.").waitFor();

    // Escape closes a form and gives focus back to what opened it.
    await tabTo(page, "Ändra", goalId);
    await page.keyboard.press("Enter");
    await page.getByRole("form", { name: /Ändra målet/ }).waitFor();
    await expectFocusNotOnBody(page, "Ändra");
    await page.keyboard.press("Escape");
    await page.getByRole("form", { name: /Ändra målet/ }).waitFor({ state: "detached" });
    now = await expectFocusNotOnBody(page, "Escape");
    expect(now).toMatchObject({ name: "Ändra", goalId });
    await page.close();

    const chef = await openAs(rektor, `#/mina-mal?medarbetare=${encodeURIComponent(maria)}`);
    await chef.getByRole("heading", { name: "Mål för Maria Johansson 2026" }).waitFor();
    await tabTo(chef, "Markera överenskommet som chef", goalId);
    await chef.keyboard.press("Enter");
    await card(chef, title)
      .getByText(/Chef: överenskommet \d{4}-\d{2}-\d{2}/)
      .waitFor();
    now = await expectFocusNotOnBody(chef, "Markera överenskommet (chef)");
    expect(now.goalId).toBe(goalId);

    await tabTo(chef, "Registrera uppföljning", goalId);
    await chef.keyboard.press("Enter");
    const form = card(chef, title).getByRole("form");
    await form.waitFor();
    now = await expectFocusNotOnBody(chef, "Registrera uppföljning");
    expect(now.name).toBe(`Planerad uppföljning ${date}`);
    await tabTo(chef, "Kommentar", goalId);
    await chef.keyboard.type("Klassen har valt de tre första böckerna.");
    await tabTo(chef, "Spara", goalId);
    await chef.keyboard.press("Enter");
    await chef.getByText("Uppföljningen är sparad.").waitFor();
    now = await expectFocusNotOnBody(chef, "Spara (uppföljning)");
    expect(now.goalId).toBe(goalId);
    // Recorded today, answering the planned date ahead.
    const latest = await card(chef, title)
      .getByText(/Senaste uppföljning/)
      .locator("..")
      .textContent();
    expect(latest).toContain(municipalDate(new Date()));
    expect(latest).toContain(`gäller planerad uppföljning ${date}`);
    expect(latest).toContain("av Karin Lindqvist");
    await chef.close();
  }, 180_000);

  it("a goal deleted before agreement and one withdrawn after it leave Mitt team's counts right", async () => {
    const counts = async (): Promise<{ agreed: number; goals: number; covered: number }> => {
      const team = await openAs(rektor, "#/mitt-team");
      await team.getByRole("heading", { name: /Mitt team – Sjödalsskolan 2026/ }).waitFor();
      const row = team.getByRole("row").filter({ hasText: "Maria Johansson" }).first();
      const match = /(\d+)(?:\/| av )(\d+)/.exec((await row.textContent()) ?? "");
      const plan = team.getByRole("list", { name: "Sjödalsskolans arbetsplan 2026" });
      const item = plan
        .getByRole("listitem")
        .filter({ hasText: "Kollegialt lärande i bedömning och betygssättning" })
        .first();
      const covered = /(\d+) överenskom/.exec((await item.textContent()) ?? "");
      await team.close();
      return { agreed: Number(match?.[1]), goals: Number(match?.[2]), covered: Number(covered?.[1] ?? 0) };
    };
    const before = await counts();
    // Read for real: Maria's agreed goals (the demo's two, and the one the keyboard test may have agreed), one
    // of them covering the kollegialt lärande.
    expect(before.goals).toBeGreaterThanOrEqual(2);
    expect(before.agreed).toBeGreaterThanOrEqual(2);
    expect(before.covered).toBeGreaterThanOrEqual(1);

    const page = await openAs(maria, "#/mina-mal");
    const draft = "Ett mål skrivet av misstag";
    await page.getByRole("button", { name: "Nytt mål" }).click();
    const form = page.getByRole("form", { name: "Nytt mål" });
    await form.getByRole("textbox", { name: "Rubrik" }).fill(draft);
    await form.getByRole("checkbox", { name: readingActivity }).check();
    await form.getByRole("button", { name: "Spara" }).click();
    await card(page, draft).waitFor();
    await card(page, draft).getByRole("button", { name: "Ta bort" }).click();
    await card(page, draft).getByRole("button", { name: "Ja, ta bort målet" }).click();
    await card(page, draft).waitFor({ state: "detached" });
    await page.getByText(`Målet ”${draft}” är borttaget.`).waitFor();

    // An agreed goal has no "Ta bort": it is withdrawn instead.
    const agreed = card(page, agreedTitle);
    expect(await agreed.getByRole("button", { name: "Ta bort" }).count()).toBe(0);
    await agreed.getByRole("button", { name: "Avsluta målet" }).click();
    await agreed.getByRole("button", { name: "Ja, avsluta målet" }).click();
    await agreed.getByText(/^Avslutat \d{4}-\d{2}-\d{2} av Maria Johansson$/).waitFor();
    expect(await agreed.getByRole("button").count()).toBe(0);
    await page.close();

    // The avslutat goal reads well in the dark theme too.
    const dark = await openTab(session.browser.context, session.app, {
      person: await demoPerson(session.app, { id: maria }),
      route: "#/mina-mal",
      theme: "dark",
    });
    await waitForViewReady(dark);
    await card(dark, agreedTitle).getByText("Avslutat", { exact: true }).waitFor();
    expect(seriousOrCritical(await runAxe(dark))).toEqual([]);
    await screenshot(dark, "view-mina-mal-withdrawn-dark");
    await dark.close();

    const after = await counts();
    expect(after.goals).toBe(before.goals - 1);
    expect(after.agreed).toBe(before.agreed - 1);
    expect(after.covered).toBe(before.covered - 1);
  });

  it("editing an agreed goal says the agreement will be asked for again, before saving", async () => {
    const page = await openAs(maria, "#/mina-mal");
    const title = "Alla elever i min åk 2 läser minst 20 minuter varje skoldag";
    await card(page, title).getByRole("button", { name: "Ändra" }).click();
    const form = page.getByRole("form", { name: /Ändra målet/ });
    await form.getByText(/^Målet är överenskommet\. Ändrar du rubrik/).waitFor();
    expect(await form.getByText("Överenskommelsen tas bort när du sparar").count()).toBe(0);
    // A new date keeps the agreement: no warning.
    await form.getByRole("combobox", { name: "Nytt uppföljningsdatum" }).fill(daysAhead(40));
    await form.getByRole("button", { name: "Lägg till datum" }).click();
    expect(await form.getByText("Överenskommelsen tas bort när du sparar").count()).toBe(0);
    await form.getByRole("textbox", { name: "Rubrik" }).fill(`${title} – och skriver om det`);
    await form.getByText("Överenskommelsen tas bort när du sparar").waitFor();
    await form.getByRole("button", { name: "Spara" }).click();
    const saved = card(page, `${title} – och skriver om det`);
    await saved.getByText("Medarbetare: inte markerat").waitFor();
    expect(await saved.textContent()).toContain("Chef: inte markerat");
    await page.close();
  });

  it("Mina mål on a 375-px phone: nothing scrolls sideways, with the goal form open too", async () => {
    const page = await openAs(maria, "#/mina-mal");
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole("heading", { name: "Mina mål 2026" }).waitFor();
    const fits = () =>
      page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
    let size = await fits();
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
    await screenshot(page, "view-mina-mal-375");
    await page.getByRole("button", { name: "Nytt mål" }).click();
    await page
      .getByRole("form", { name: "Nytt mål" })
      .getByRole("combobox", { name: "Nytt uppföljningsdatum" })
      .waitFor();
    size = await fits();
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, "view-mina-mal-375-form");

    // The Swedish calendar opens within the screen, breaks no Content-Security-Policy, and Escape closes
    // it first and the form second, each time giving focus back.
    await page.evaluate(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(event.violatedDirective),
      );
    });
    await page.getByRole("combobox", { name: "Nytt uppföljningsdatum" }).click();
    const calendar = page.getByRole("dialog", { name: "Kalender" });
    await calendar.waitFor();
    expect(await calendar.textContent()).toMatch(/MTOTFLS/);
    size = await fits();
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
    await screenshot(page, "view-mina-mal-375-calendar", { fullPage: false });
    await page.keyboard.press("Escape");
    await calendar.waitFor({ state: "detached" });
    expect(await page.getByRole("form", { name: "Nytt mål" }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await page.getByRole("form", { name: "Nytt mål" }).waitFor({ state: "detached" });
    expect((await focused(page)).name).toBe("Nytt mål");
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });

  it("every error Mina mål shows is in plain words: no code name, no id", async () => {
    const page = await openAs(maria, "#/mina-mal");
    const shownErrors = async (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll('[role="alert"], .fui-Field__validationMessage, .fui-MessageBar')]
          .map((el) => el.textContent?.trim() ?? "")
          .filter((text) => text !== ""),
      );
    const seen: string[] = [];

    await page.getByRole("button", { name: "Nytt mål" }).click();
    const form = page.getByRole("form", { name: "Nytt mål" });
    await form.getByRole("textbox", { name: "Rubrik" }).fill("x".repeat(2000));
    await form.getByText("Rubriken får vara högst 255 tecken.").waitFor();
    await form.getByRole("button", { name: "Spara" }).click();
    await form.getByText("Koppla målet till minst en aktivitet.").waitFor();
    seen.push(...(await shownErrors()));

    const picker = form.getByRole("combobox", { name: "Nytt uppföljningsdatum" });
    await picker.fill("61216-01-01");
    await form.getByRole("button", { name: "Lägg till datum" }).click();
    await form.getByText(/^Uppföljningsdatum 61216-01-01 är inte ett riktigt datum/).waitFor();
    seen.push(...(await shownErrors()));
    await picker.fill("2020-01-01");
    await form.getByRole("button", { name: "Lägg till datum" }).click();
    await form.getByText(/^Uppföljningsdatum 2020-01-01 har redan passerat/).waitFor();
    seen.push(...(await shownErrors()));

    // The server's own refusal, as it words it for programs: paths and ids stay out of sight.
    await page.route("**/api/goals", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "urn:malkedjan:problem:validation",
          title: "Uppgifterna kunde inte sparas som de är",
          status: 400,
          code: "validation",
          detail:
            'Fel i Individuellt mål "mal-2026-abc": title: högst 255 tecken; followUpDates.0: datum ska skrivas ÅÅÅÅ-MM-DD',
          issues: [
            { path: "title", code: "too_big", message: "högst 255 tecken" },
            { path: "followUpDates.0", code: "invalid_format", message: "datum ska skrivas ÅÅÅÅ-MM-DD" },
          ],
        }),
      }),
    );
    await form.getByRole("textbox", { name: "Rubrik" }).fill("Ett mål");
    await form.getByRole("checkbox", { name: readingActivity }).check();
    await picker.fill(daysAhead(10));
    await form.getByRole("button", { name: "Lägg till datum" }).click();
    await form.getByRole("button", { name: "Spara" }).click();
    await form.getByText(/^Uppföljningsdatum \d{4}-\d{2}-\d{2} är inte ett riktigt datum/).waitFor();
    await form.getByText("Rubriken får vara högst 255 tecken.").waitFor();
    expect(await form.getByRole("button", { name: "Försök igen" }).count()).toBe(0);
    seen.push(...(await shownErrors()));
    await page.unroute("**/api/goals");

    // A refusal of state from the server (someone agreed it meanwhile), said by its reason.
    await page.keyboard.press("Escape");
    await page.route("**/api/goals/*?employeeId=*", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "urn:malkedjan:problem:goal-state",
          title: "Det går inte med målet som det är nu",
          status: 409,
          code: "goal-state",
          reason: "agreed",
          action: "delete",
          detail:
            "Ett mål som både medarbetaren och chefen har markerat som överenskommet kan inte tas bort.",
        }),
      }),
    );
    await page.getByRole("button", { name: "Nytt mål" }).click();
    await form.getByRole("textbox", { name: "Rubrik" }).fill("Ett mål att ta bort");
    await form.getByRole("checkbox", { name: readingActivity }).check();
    await form.getByRole("button", { name: "Spara" }).click();
    await card(page, "Ett mål att ta bort").getByRole("button", { name: "Ta bort" }).click();
    await card(page, "Ett mål att ta bort").getByRole("button", { name: "Ja, ta bort målet" }).click();
    await card(page, "Ett mål att ta bort")
      .getByText(/kan inte tas bort\. Avsluta det i stället/)
      .waitFor();
    seen.push(...(await shownErrors()));

    // Said accessibly too: the messages, the question and the card pass axe.
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    expect(seen.length).toBeGreaterThan(4);
    for (const text of seen) expect(text).not.toMatch(CODE_NAMES);
    await page.close();
  });
});
