/**
 * Rapport till KF end to end against the real server, local site and Chromium: the report for 2026 with the
 * three målområden in order, axe in light, dark and high contrast at 1280 px and at 375 px (no serious or
 * critical violation, nothing scrolling sideways on the phone), the Word file downloaded through the button,
 * and its first page rendered by LibreOffice into screenshots/kf-report-word-first-page.png.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { huddinge } from "../../src/demo";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  screenshotDir,
  seriousOrCritical,
  useAppAndBrowser,
  waitForViewReady,
} from "./support";
import type { ThemeChoice } from "./support/tab";
import { docxParagraphs } from "../support/officeFiles";

const run = promisify(execFile);
const maria = "maria.johansson@malkedjan.local";
const session = useAppAndBrowser();

async function openReport(options: { theme?: ThemeChoice; width?: number } = {}): Promise<Page> {
  const person = await demoPerson(session.app, { id: maria });
  const page = await openTab(session.browser.context, session.app, {
    person,
    route: "#/rapport?ar=2026",
    locale: "sv",
    ...(options.theme === undefined ? {} : { theme: options.theme }),
  });
  if (options.width !== undefined) await page.setViewportSize({ width: options.width, height: 812 });
  await waitForViewReady(page);
  await page.getByRole("heading", { level: 1, name: "Återrapportering till kommunfullmäktige" }).waitFor();
  return page;
}

describe("Rapport till KF", () => {
  it("shows the report for the year with the three målområden in order", async () => {
    const page = await openReport();
    try {
      const areas = await page.getByRole("heading", { level: 2 }).allTextContents();
      expect(areas).toEqual(huddinge["focus-area"].map((a) => a.heading));
      for (const kf of huddinge["kf-indicator"])
        await page.getByRole("heading", { level: 3, name: `KF ${kf.number}. ${kf.name}` }).waitFor();
      await page.getByRole("tab", { name: "Rapport till KF", selected: true }).waitFor();
      await screenshot(page, "kf-report-desktop");
    } finally {
      await page.close();
    }
  });

  for (const theme of ["light", "dark", "contrast"] as const) {
    for (const width of [1280, 375]) {
      it(`has no serious or critical axe violation in ${theme} at ${width} px`, async () => {
        const page = await openReport({ theme, width });
        try {
          expect(seriousOrCritical(await runAxe(page))).toEqual([]);
          if (width === 375) {
            const fit = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
            if (theme === "light") await screenshot(page, "kf-report-mobile");
          }
        } finally {
          await page.close();
        }
      });
    }
  }

  it("downloads the Word file, whose first page LibreOffice renders into the screenshots", async () => {
    const page = await openReport();
    const dir = mkdtempSync(path.join(tmpdir(), "malkedjan-kf-word-"));
    try {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Word (.docx)" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Återrapportering till KF 2026 .+\.docx$/);
      const file = path.join(dir, "aterrapportering.docx");
      await download.saveAs(file);
      await page.getByText(/Återrapportering till KF 2026 .+\.docx är nedladdad\./).waitFor();
      const paragraphs = await docxParagraphs(readFileSync(file));
      expect(paragraphs.slice(0, 2)).toEqual(["Återrapportering till kommunfullmäktige", "Huddinge kommun"]);

      // LibreOffice (libreoffice-writer-nogui, installed by .ci/run) draws the first page as PNG.
      await run(
        "soffice",
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--convert-to",
          "png",
          "--outdir",
          dir,
          file,
        ],
        {
          timeout: 120_000,
        },
      );
      const png = path.join(dir, "aterrapportering.png");
      expect(existsSync(png)).toBe(true);
      const target = path.join(screenshotDir, "kf-report-word-first-page.png");
      renameSync(png, target);
      expect(readFileSync(target).subarray(1, 4).toString()).toBe("PNG");
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
