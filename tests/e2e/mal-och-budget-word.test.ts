/**
 * Mål och budget's first page as LibreOffice draws it, into screenshots/mal-och-budget-word-first-page.png:
 * the demo's KF level, built and written as the route and the script do (the data from memory, so this costs
 * only the rendering). LibreOffice opening the file at all is the check that Word will.
 */
import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { huddinge } from "../../src/demo";
import { buildMalOchBudget, malOchBudgetFile } from "../../src/report";
import { screenshotDir } from "./support";

const run = promisify(execFile);

it("renders the first page of Mål och budget into the screenshots", async () => {
  const declaration = huddinge["program-declaration"][0];
  if (declaration === undefined) throw new Error("the demo has no programförklaring");
  const doc = buildMalOchBudget(
    {
      vision: huddinge.vision[0] ?? null,
      programDeclaration: declaration,
      focusAreas: huddinge["focus-area"],
      kfIndicators: huddinge["kf-indicator"],
    },
    { municipality: "Huddinge kommun", today: "2026-11-28" },
  );
  const dir = mkdtempSync(path.join(tmpdir(), "malkedjan-mal-och-budget-word-"));
  try {
    const file = path.join(dir, "mal-och-budget.docx");
    writeFileSync(file, (await malOchBudgetFile(doc)).bytes);
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
      { timeout: 120_000 },
    );
    const png = path.join(dir, "mal-och-budget.png");
    expect(existsSync(png)).toBe(true);
    const target = path.join(screenshotDir, "mal-och-budget-word-first-page.png");
    mkdirSync(screenshotDir, { recursive: true });
    copyFileSync(png, target);
    expect(readFileSync(target).subarray(1, 4).toString()).toBe("PNG");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
