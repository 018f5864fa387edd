/**
 * Every view in every Teams theme (light, dark, high contrast) at desktop width and on a 375-px phone: no
 * serious or critical axe-core finding (WCAG 2.1 A/AA), and headings in order (one h1, no level skipped).
 * Against the real server, local site and Chromium; the high-contrast screens go to screenshots/a11y-*.png.
 * (views-accessibility.test.ts keeps the forms of Mina mål; its light and dark cases are a subset of these.)
 */
import type { Locator, Page } from "playwright-core";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  waitForViewReady,
  useAppAndBrowser,
} from "./support";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";

const session = useAppAndBrowser();

const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } } as const;
const themes = ["light", "dark", "contrast"] as const;

interface ViewCase {
  readonly name: string;
  /** Nobody picked when absent (the start page). */
  readonly person?: string;
  readonly route: string;
  /** Brings the page to the state that is checked; returns the region whose headings are checked. */
  readonly ready: (page: Page) => Promise<Locator>;
}

const mainReady = async (page: Page): Promise<Locator> => {
  await waitForViewReady(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page.getByRole("main");
};

const views: readonly ViewCase[] = [
  {
    name: "start-picker",
    route: "#/kedjan",
    ready: async (page) => {
      await page.getByRole("heading", { name: /^Chefer/ }).waitFor();
      return page.getByRole("main");
    },
  },
  {
    name: "picker-dialog",
    person: maria,
    route: "#/kedjan",
    ready: async (page) => {
      await mainReady(page);
      const more = page.getByRole("button", { name: "Fler alternativ" });
      if (await more.isVisible()) await more.click();
      await page.getByRole("button", { name: "Du är Maria Johansson" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("heading", { name: /^Chefer/ }).waitFor();
      return dialog;
    },
  },
  {
    name: "kedjan",
    person: maria,
    route: `#/kedjan?item=${encodeURIComponent("activity:sjodalsskolan-2026-akt-1")}`,
    ready: mainReady,
  },
  { name: "kedjan-indicator", person: maria, route: "#/kedjan?item=kf-indicator%3Akf-2", ready: mainReady },
  { name: "mina-mal", person: maria, route: "#/mina-mal", ready: mainReady },
  {
    name: "mina-mal-chef",
    person: rektor,
    route: `#/mina-mal?medarbetare=${encodeURIComponent(maria)}`,
    ready: mainReady,
  },
  { name: "mitt-team", person: rektor, route: "#/mitt-team", ready: mainReady },
];

/** The levels of the headings a screen reader lists, in reading order. */
function headingLevels(region: Locator): Promise<number[]> {
  return region.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6, [role=heading]")]
      .filter((h) => h.getClientRects().length > 0 && h.closest("[aria-hidden=true]") === null)
      .map((h) => Number(h.getAttribute("aria-level") ?? h.tagName.slice(1))),
  );
}

/** Level skips, e.g. "h1 → h3"; a dialog starts at its title (h2), the main region at its h1. */
function skips(levels: readonly number[], start: number): string[] {
  const found: string[] = [];
  let previous = start - 1;
  for (const level of levels) {
    if (level > previous + 1) found.push(`h${previous} → h${level}`);
    previous = level;
  }
  return found;
}

describe("every view in every theme, at desktop width and on a phone", () => {
  for (const [size, viewport] of Object.entries(widths)) {
    for (const theme of themes) {
      for (const view of views) {
        it(`${view.name}, ${theme}, ${size}: no serious or critical axe finding, headings in order`, async () => {
          const person =
            view.person === undefined ? undefined : await demoPerson(session.app, { id: view.person });
          const page = await openTab(session.browser.context, session.app, {
            ...(person ? { person } : {}),
            route: view.route,
            theme,
          });
          await page.setViewportSize(viewport);
          const region = await view.ready(page);
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);

          const levels = await headingLevels(region);
          const isDialog = view.name === "picker-dialog";
          if (!isDialog) expect(levels.filter((level) => level === 1)).toHaveLength(1);
          expect(skips(levels, isDialog ? 2 : 1)).toEqual([]);
          if (theme === "contrast") await screenshot(page, `a11y-${view.name}-${theme}-${size}`);
          await page.close();
        });
      }
    }
  }
});
