import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const tsx = path.resolve(__dirname, "../../../node_modules/.bin/tsx");
const script = path.resolve(__dirname, "../../../scripts/build-report.ts");

/** A built tab with an entry and a first-view chunk of the given (incompressible) sizes. */
function fakeBuild(entryBytes: number, firstViewBytes: number, otherViewBytes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "build-report-"));
  writeFileSync(path.join(dir, "tab.js"), randomBytes(entryBytes));
  writeFileSync(path.join(dir, "view-kedjan.js"), randomBytes(firstViewBytes));
  writeFileSync(path.join(dir, "view-mitt-team.js"), randomBytes(otherViewBytes));
  const manifest = {
    entry: ["tab.js"],
    firstView: "view-kedjan",
    chunkGroups: {
      tab: ["tab.js"],
      "view-kedjan": ["view-kedjan.js"],
      "view-mitt-team": ["view-mitt-team.js"],
    },
  };
  writeFileSync(path.join(dir, "build-manifest.json"), JSON.stringify(manifest));
  return dir;
}

function report(dir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [script, dir], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  return result;
}

describe("npm run build's size report", () => {
  it("prints the entry plus the first view's chunk, gzipped, and not the other views", () => {
    const { status, stdout } = report(fakeBuild(100 * 1024, 50 * 1024, 500 * 1024));
    expect(status).toBe(0);
    const match = /^First view JS: (\d+\.\d) KB gzip \(budget 350 KB\)$/m.exec(stdout);
    expect(match).not.toBeNull();
    // Random bytes do not compress: ≈150 KB, far from the 650 KB the other view would add.
    expect(Number(match?.[1])).toBeGreaterThan(148);
    expect(Number(match?.[1])).toBeLessThan(155);
  });

  it("fails the build when the first view is over budget", () => {
    const { status, stdout, stderr } = report(fakeBuild(300 * 1024, 100 * 1024, 1024));
    expect(status).toBe(1);
    expect(stdout).toMatch(/First view JS: \d+\.\d KB gzip/);
    expect(stderr).toMatch(/Over budget/);
  });
});
