import type { Page } from "playwright-core";
import { demoPerson } from "../../../scripts/harness";
import type { E2eSession } from "./session";
import { openTab, waitForViewReady } from "./tab";
import type { ThemeChoice } from "./tab";

export interface ViewOptions {
  readonly theme?: ThemeChoice;
  /** The viewport's width in px (812 high), e.g. 375 for a phone; absent: the browser's default. */
  readonly width?: number;
}

/** Opens the tab at `hash` as the demo person `personId` and waits for the view to be ready. */
export async function openViewAs(
  session: E2eSession,
  personId: string,
  hash: string,
  options: ViewOptions = {},
): Promise<Page> {
  const person = await demoPerson(session.app, { id: personId });
  const page = await openTab(session.browser.context, session.app, {
    person,
    route: hash,
    ...(options.theme === undefined ? {} : { theme: options.theme }),
  });
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 812 });
  await waitForViewReady(page);
  return page;
}

/** How wide the page is against the window: a phone layout must not scroll sideways. */
export const horizontalOverflow = (page: Page): Promise<{ scrollWidth: number; innerWidth: number }> =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
