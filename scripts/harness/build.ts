import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");
export const tabDir = path.join(repoRoot, "dist/tab");
const builtMarker = path.join(tabDir, "build-manifest.json");
const lockDir = path.join(repoRoot, "dist/.e2e-build-lock");

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(builtMarker).mtimeMs;
    const sources = Math.max(
      newestChange(path.join(repoRoot, "src/tab")),
      newestChange(path.join(repoRoot, "src/auth")),
      newestChange(path.join(repoRoot, "src/sharepoint")),
      newestChange(path.join(repoRoot, "src/domain")),
      newestChange(path.join(repoRoot, "src/contracts")),
      newestChange(path.join(repoRoot, "config")),
      statSync(path.join(repoRoot, "webpack.config.js")).mtimeMs,
    );
    return built >= sources;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the tab (`npm run build`, i.e. webpack + the size report) unless dist/tab is newer than every
 * source. A lock directory keeps parallel Jest workers from building at once.
 */
export async function ensureTabBuilt(): Promise<void> {
  if (isFresh()) return;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`gave up waiting for ${lockDir}; remove it if no build runs`);
      await sleep(500);
    }
  }
  try {
    // Build output goes to stderr, so a caller's stdout (bench:tab's JSON lines) stays clean.
    if (!isFresh())
      execFileSync("npm", ["run", "--silent", "build"], { cwd: repoRoot, stdio: ["ignore", 2, 2] });
  } finally {
    rmdirSync(lockDir);
  }
}
