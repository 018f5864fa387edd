/**
 * The tab on a phone (Teams mobile: 375 × 740 CSS pixels) against the real server, local site and Chromium:
 * no view scrolls sideways, the header stays small, and each view is screenshot in light and dark into
 * screenshots/mobile-*.png.
 *
 * The header's bound, 96 px: two rows of 44-px touch targets plus its border. The phone header is one row
 * (the views as tabs and a "Fler alternativ" button, about 45 px); before it was 161 px, more than a fifth
 * of the screen. 96 px still leaves 87 % of a 740-px screen to the view.
 */
import type { Page } from "playwright-core";
import type { DirectoryPerson } from "../../src/contracts/directory";
import {
  demoPerson,
  expectedHeaderColours,
  headerColours,
  launchBrowser,
  openTab,
  screenshot,
  settle,
  startApp,
  waitForViewReady,
  type RunningApp,
  type TestBrowser,
} from "./support";

const phone = { width: 375, height: 740 } as const;
const headerBoundPx = 96;

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
/** Kedjan's deepest level in the demo: Maria's own goal, under three levels of activities. */
const deepestItem = "individual-goal:maria.johansson-2026-1";

let app: RunningApp;
let browser: TestBrowser;
beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser({ viewport: phone });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Fit {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  readonly headerHeight: number;
}

function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    headerHeight: document.querySelector("header")?.getBoundingClientRect().height ?? Number.NaN,
  }));
}

async function expectToFit(page: Page): Promise<void> {
  const fit = await measure(page);
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
  expect(fit.headerHeight).toBeLessThanOrEqual(headerBoundPx);
}

async function open(person: DirectoryPerson | undefined, route: string, theme: "light" | "dark") {
  const page = await openTab(browser.context, app, { ...(person ? { person } : {}), route, theme });
  await waitForViewReady(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

describe("the tab on a 375-px phone screen", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`Kedjan at its deepest level with the item selected fits the width (${theme})`, async () => {
      const person = await demoPerson(app, { id: maria });
      const page = await open(person, `#/kedjan?item=${encodeURIComponent(deepestItem)}`, theme);
      const tree = page.getByRole("tree", { name: "Kedjan från vision till individuella mål" });
      const goal = tree.getByRole("treeitem", { name: /Mitt mål: Alla elever i min åk 2 läser/ });
      expect(await goal.getAttribute("aria-level")).toBe("9");
      expect(await goal.getAttribute("aria-current")).toBe("true");
      await expectToFit(page);
      // Every status chip in the tree is whole and on screen: never cut to "▲ R".
      const chips = await tree.locator("[data-status]").evaluateAll((elements) =>
        elements.map((element) => ({
          text: element.textContent ?? "",
          cut: element.scrollWidth > element.clientWidth,
          right: element.getBoundingClientRect().right,
        })),
      );
      expect(chips.length).toBeGreaterThan(5);
      expect(chips.filter((chip) => chip.cut || chip.right > phone.width)).toEqual([]);
      await screenshot(page, `mobile-kedjan-deepest-${theme}`);
      await page.close();
    });

    it(`Mina mål fits the width (${theme})`, async () => {
      const person = await demoPerson(app, { id: maria });
      const page = await open(person, "#/mina-mal", theme);
      await expectToFit(page);
      await screenshot(page, `mobile-mina-mal-${theme}`);
      await page.close();
    });

    it(`Mitt team as a chef fits the width (${theme})`, async () => {
      const person = await demoPerson(app, { id: rektor });
      const page = await open(person, "#/mitt-team", theme);
      await page.getByRole("heading", { level: 1, name: /Sjödalsskolan/ }).waitFor();
      await expectToFit(page);
      await screenshot(page, `mobile-mitt-team-${theme}`);
      await page.close();
    });

    it(`the person picker fits the width, on the start page and from the header (${theme})`, async () => {
      const page = await open(undefined, "#/kedjan", theme);
      await page.getByRole("heading", { name: /^Chefer/ }).waitFor();
      await expectToFit(page);
      await screenshot(page, `mobile-person-picker-${theme}`);

      await page.getByRole("searchbox").fill("Maria");
      await page.getByRole("button", { name: /^Maria Johansson/ }).click();
      await page.getByRole("button", { name: "Fler alternativ" }).click();
      await page.getByRole("button", { name: "Du är Maria Johansson" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("heading", { name: /^Chefer/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        phone.width,
      );
      const box = await dialog.boundingBox();
      expect(box === null ? Number.NaN : box.x + box.width).toBeLessThanOrEqual(phone.width);
      await screenshot(page, `mobile-person-picker-dialog-${theme}`, { fullPage: false });
      await page.close();
    });
  }

  it("keeps who you are, theme and language one tap away, and the header small again once closed", async () => {
    const person = await demoPerson(app, { id: maria });
    const page = await open(person, "#/kedjan", "light");
    expect(await page.getByLabel("Tema").isVisible()).toBe(false);
    const more = page.getByRole("button", { name: "Fler alternativ" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");

    await more.click();
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    await page.getByLabel("Tema").selectOption("dark");
    const colours = (): ReturnType<typeof headerColours> => headerColours(page);
    expect(await settle(colours, expectedHeaderColours("dark"))).toEqual(expectedHeaderColours("dark"));
    expect(await page.getByRole("button", { name: "Du är Maria Johansson" }).isVisible()).toBe(true);

    await page.getByLabel("Tema").press("Escape");
    expect(await settle(() => more.getAttribute("aria-expanded"), "false")).toBe("false");
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    await expectToFit(page);
    await page.close();
  });

  it("fits in English too", async () => {
    const person = await demoPerson(app, { id: rektor });
    const page = await openTab(browser.context, app, { person, route: "#/mitt-team", locale: "en" });
    await waitForViewReady(page);
    await page.getByRole("tab", { name: "My team", selected: true }).waitFor();
    await expectToFit(page);
    await page.close();
  });
});
