import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** Where the e2e run leaves its screenshots (gitignored; the README points here). */
export const screenshotDir = path.resolve(__dirname, "../../../screenshots");

/** Saves a PNG (the full page unless told otherwise) as `screenshots/<name>.png` and returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^a-z0-9._-]+/gi, "-")}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
