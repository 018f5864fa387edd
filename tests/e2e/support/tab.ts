import type { BrowserContext, Page } from "playwright-core";
import type { RunningApp } from "../../../scripts/harness";
import type { DirectoryPerson } from "../../../src/contracts/directory";
import { storageKeys } from "../../../src/tab/app/platform/platform";

export type ThemeChoice = "light" | "dark" | "contrast";
export type LocaleChoice = "sv" | "en";

export interface OpenOptions {
  /** Act as this person (as if picked in the person picker); nobody when absent. */
  readonly person?: DirectoryPerson;
  readonly theme?: ThemeChoice;
  readonly locale?: LocaleChoice;
  /** The hash route, e.g. `#/mina-mal`; the default view when absent. */
  readonly route?: string;
}

/**
 * Opens the tab standalone with the given person, theme and language remembered (exactly what the header's
 * picker and switches store), and waits until the shell is shown.
 */
export async function openTab(
  context: BrowserContext,
  app: RunningApp,
  options: OpenOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL("config.json", app.url).toString());
  await page.evaluate(
    ({ keys, person, theme, locale }) => {
      localStorage.clear();
      if (person !== null) localStorage.setItem(keys.person, person);
      if (theme !== null) localStorage.setItem(keys.theme, theme);
      if (locale !== null) localStorage.setItem(keys.locale, locale);
    },
    {
      keys: storageKeys,
      person: options.person === undefined ? null : JSON.stringify(options.person),
      theme: options.theme ?? null,
      locale: options.locale ?? null,
    },
  );
  await page.goto(new URL(options.route ?? "", app.url).toString());
  await page.getByRole("banner").waitFor();
  return page;
}

/** Waits until the view has finished loading: no skeleton or busy region left in the main landmark. */
export async function waitForViewReady(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector("main");
      if (main === null || main.childElementCount === 0) return false;
      return main.querySelector('[aria-busy="true"], .fui-Skeleton, .fui-Spinner') === null;
    },
    undefined,
    { timeout: timeoutMs, polling: "raf" },
  );
}
