/**
 * The medarbetarsamtal end to end against the real server, local site and Chromium: the medarbetare creates
 * two goals linked to the unit's arbetsplan, the chef agrees them and records a follow-up, the chef's team
 * view shows them with coverage updated, the chain is walked from a målområde slice down to the goal, and a
 * colleague cannot open the goal by URL.
 */
import type { Locator, Page } from "playwright-core";
import { municipalDate } from "../../src/domain";
import { demoPerson, openTab, waitForViewReady, useAppAndBrowser } from "./support";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";

const goalA = "Leda elevrådets trygghetsvandring i höst";
const goalB = "Rörelsepass och läsfika för åk 2 varje vecka";
const trygghetsvandring = "Trygghetsvandring med elevrådet varje termin";

/** Follow-up dates ahead of the server's today (a new date may not lie in the past). */
const daysAhead = (days: number) => municipalDate(new Date(Date.now() + days * 24 * 3600 * 1000));

const session = useAppAndBrowser();
let goalAId = "";

async function openAs(personId: string, route: string): Promise<Page> {
  const person = await demoPerson(session.app, { id: personId });
  const page = await openTab(session.browser.context, session.app, { person, route });
  await waitForViewReady(page);
  return page;
}

function goalCard(page: Page, title: string): Locator {
  return page.getByRole("article", { name: title });
}

async function createGoal(page: Page, title: string, activities: readonly string[], date: string) {
  await page.getByRole("button", { name: "Nytt mål" }).click();
  const form = page.getByRole("form", { name: "Nytt mål" });
  await form.getByRole("textbox", { name: "Rubrik" }).fill(title);
  for (const activity of activities) await form.getByRole("checkbox", { name: activity }).check();
  await form.getByRole("combobox", { name: "Nytt uppföljningsdatum" }).fill(date);
  await form.getByRole("button", { name: "Lägg till datum" }).click();
  await form.getByText(date, { exact: true }).waitFor();
  await form.getByRole("button", { name: "Spara" }).click();
  await goalCard(page, title).waitFor();
}

describe("a medarbetarsamtal in the tab", () => {
  it("the medarbetare creates two goals linked to the unit's arbetsplan and marks them agreed", async () => {
    const page = await openAs(maria, "#/mina-mal");
    await page.getByRole("heading", { name: "Enhetens arbetsplan" }).waitFor();
    await createGoal(page, goalA, [trygghetsvandring], daysAhead(14));
    await createGoal(
      page,
      goalB,
      ["Aktiva raster: rörelse varje dag", "Dagliga lässtunder i förskoleklass till åk 3"],
      daysAhead(30),
    );

    for (const title of [goalA, goalB]) {
      const card = goalCard(page, title);
      expect(await card.textContent()).toContain("Chef: inte markerat");
      await card.getByRole("button", { name: "Markera överenskommet som medarbetare" }).click();
      await card.getByText(/Medarbetare: överenskommet \d{4}-\d{2}-\d{2}/).waitFor();
      // The medarbetare can never set the chef's mark.
      expect(await card.getByRole("button", { name: "Markera överenskommet som chef" }).count()).toBe(0);
    }
    goalAId = (await goalCard(page, goalA).getAttribute("data-goal-id")) ?? "";
    expect(goalAId).not.toBe("");
    // The chain upward is shown for the linked activity, up to its målområde.
    expect(await goalCard(page, goalA).textContent()).toMatch(/Social hållbarhet/);
    await page.close();
  });

  it("the chef opens the medarbetare's goals, agrees them and records a follow-up", async () => {
    const page = await openAs(rektor, `#/mina-mal?medarbetare=${encodeURIComponent(maria)}`);
    await page.getByRole("heading", { name: "Mål för Maria Johansson 2026" }).waitFor();
    for (const title of [goalA, goalB]) {
      const card = goalCard(page, title);
      await card.getByRole("button", { name: "Markera överenskommet som chef" }).click();
      await card.getByText(/Chef: överenskommet \d{4}-\d{2}-\d{2}/).waitFor();
    }
    const card = goalCard(page, goalA);
    await card.getByRole("button", { name: "Registrera uppföljning" }).click();
    const form = card.getByRole("form");
    await form.getByRole("radio", { name: "Pågår enligt plan" }).check();
    await form.getByRole("textbox", { name: "Kommentar" }).fill("Elevrådet har valt rutt och datum.");
    await form.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Uppföljningen är sparad.").waitFor();
    await card.getByText("“Elevrådet har valt rutt och datum.”").waitFor();
    expect(await card.textContent()).toContain("Pågår enligt plan");
    await page.close();
  });

  it("the chef's team view shows the goals with the arbetsplan's coverage updated", async () => {
    const page = await openAs(rektor, "#/mitt-team");
    await page.getByRole("heading", { name: "Mitt team – Sjödalsskolan 2026" }).waitFor();
    const coverage = page.getByRole("list", { name: "Sjödalsskolans arbetsplan 2026" });
    const item = coverage.getByRole("listitem").filter({ hasText: trygghetsvandring });
    // Before the talk no agreed goal linked the trygghetsvandring; now Maria's does.
    expect(await item.textContent()).toMatch(/1 överenskommet mål/);
    expect(await coverage.getByText("Inga överenskomna mål").count()).toBe(0);
    expect(await page.getByText("6 av 6").count()).toBe(1);
    const row = page.getByRole("row").filter({ hasText: "Maria Johansson" });
    expect(await row.textContent()).toMatch(/4 av 4/);
    expect(await row.textContent()).toContain("Pågår enligt plan");
    await page.close();
  });

  it("the chain is walked from a målområde slice down to the goal", async () => {
    const page = await openAs(maria, "#/kedjan");
    const circles = page.getByRole("group", { name: "Målområden och kommunövergripande indikatorer" });
    await circles.getByRole("button", { name: /^5\. Andel som känner sig trygga utomhus/ }).click();
    const tree = page.getByRole("tree", { name: "Kedjan från vision till individuella mål" });
    for (const name of [
      /Andel elever i åk 9 som känner sig trygga i skolan/,
      /Minst 82 % av eleverna i åk 9 känner sig trygga/,
      /Genomför trygghetsvandringar och en trygghetsenkät/,
      /Skolornas trygghetsplaner och rastvärdsscheman/,
      new RegExp(trygghetsvandring),
    ]) {
      await tree.getByRole("treeitem", { name }).click();
    }
    await tree.getByRole("treeitem", { name: new RegExp(`Mitt mål: ${goalA}`) }).click();
    const crumbs = page.getByRole("navigation", { name: "Var i kedjan" });
    expect(await crumbs.getByRole("button").allTextContents()).toEqual([
      "Vision",
      "Social hållbarhet – Den sociala basen",
      "5. Andel som känner sig trygga utomhus i området där de bor när det är mörkt ute",
      "5. Andel elever i åk 9 som känner sig trygga i skolan, positiva svar",
      "Minst 82 % av eleverna i åk 9 känner sig trygga i skolan",
      "Genomför trygghetsvandringar och en trygghetsenkät på alla skolor",
      "Skolornas trygghetsplaner och rastvärdsscheman",
      trygghetsvandring,
      goalA,
    ]);
    expect(page.url()).toContain(`item=individual-goal%3A${encodeURIComponent(goalAId)}`);
    await page.getByRole("link", { name: "Öppna målet i Mina mål" }).click();
    await goalCard(page, goalA).waitFor();
    expect(page.url()).toContain(`#/mina-mal/${encodeURIComponent(goalAId)}`);
    // The goal is scrolled to and has focus.
    await page.waitForFunction((id) => document.activeElement?.getAttribute("data-goal-id") === id, goalAId);
    const box = await goalCard(page, goalA).boundingBox();
    const viewport = page.viewportSize();
    expect(box !== null && viewport !== null && box.y >= 0 && box.y < viewport.height).toBe(true);
    await page.close();
  });

  it("a medarbetare cannot open a colleague's goal by URL: the tab says so and shows no data", async () => {
    const page = await openAs(erik, `#/mina-mal/${encodeURIComponent(goalAId)}`);
    await page.getByRole("region", { name: "Det här målet kan du inte öppna" }).waitFor();
    expect(await page.getByRole("article").count()).toBe(0);
    expect(await page.getByText(goalA).count()).toBe(0);

    await page.goto(
      new URL(`#/mina-mal?medarbetare=${encodeURIComponent(maria)}`, session.app.url).toString(),
    );
    await page.getByRole("region", { name: "Du kan inte se de här målen" }).waitFor();
    expect(await page.getByText(goalA).count()).toBe(0);
    expect(await page.getByText(goalB).count()).toBe(0);
    await page.close();
  });
});
