/**
 * `npm run bench:tab`: time from navigation to the first view being interactive, in headless Chromium
 * against the real app server (`src/server`), one JSON line per case:
 *   {"case","interactiveMs","jsGzipKB","coldMs","runs"}
 * interactiveMs is the median over warm runs (the tab's JS in the browser cache, as on a second visit);
 * coldMs is the first, uncached load. "Interactive" = the view's heading is shown and nothing in the main
 * region is loading any more (no skeleton, spinner or aria-busy), measured with the page's own clock from
 * the start of navigation. The municipal site (≈6,000 staff, 30,000 goals, 150,000 follow-ups) is seeded
 * once into .localsite-bench/ (slow the first time) and reused; `--fresh` seeds it anew; `--only=demo` or
 * `--only=municipal` runs one set.
 * Progress goes to stderr.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { generateMunicipality } from "../src/demo";
import { ADMIN_UPN, unsignedToken } from "../src/localsite";
import { municipalSeed } from "../src/server/local/seedData";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { seedTeamOfSize } from "../src/sharepoint/seed/teamOfSize";
import type { DirectoryPerson } from "../src/contracts/directory";
import { storageKeys } from "../src/tab/app/platform/platform";
import { demoPerson, launchBrowser, repoRoot, startApp, tabDir, type RunningApp } from "./harness";
import { viewSize } from "./build-report";

interface BenchCase {
  readonly name: string;
  readonly person: DirectoryPerson;
  readonly route: string;
  readonly chunkGroup: string;
  /** Text the loaded view must show, so an error state is never timed as success. */
  readonly mustShow: string;
}

const warmRuns = 7;
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Opens the route as the person and returns ms from navigation start to the view being interactive. */
async function timeView(context: BrowserContext, app: RunningApp, bench: BenchCase): Promise<number> {
  const page = await context.newPage();
  await page.goto(new URL("config.json", app.url).toString());
  await page.evaluate(
    ({ key, person }) => {
      localStorage.clear();
      localStorage.setItem(key, person);
    },
    { key: storageKeys.person, person: JSON.stringify(bench.person) },
  );
  await page.goto(new URL(bench.route, app.url).toString(), { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () => {
      const main = document.querySelector("main");
      if (main === null || main.querySelector("h1") === null) return false;
      if (main.querySelector('[aria-busy="true"], .fui-Skeleton, .fui-Spinner') !== null) return false;
      return performance.now();
    },
    undefined,
    { timeout: 60_000, polling: "raf" },
  );
  const ms = (await handle.jsonValue()) as number;
  const shown = await page.locator("main").innerText();
  if (!shown.includes(bench.mustShow)) {
    throw new Error(`${bench.name}: the view did not show "${bench.mustShow}":\n${shown.slice(0, 600)}`);
  }
  await page.close();
  return ms;
}

/** Each case in its own fresh browser profile, so its first run is really uncached. */
async function runCases(app: RunningApp, cases: readonly BenchCase[]): Promise<void> {
  for (const bench of cases) {
    const browser = await launchBrowser();
    try {
      const cold = await timeView(browser.context, app, bench);
      const warm: number[] = [];
      for (let i = 0; i < warmRuns; i++) warm.push(await timeView(browser.context, app, bench));
      warm.sort((a, b) => a - b);
      const median = warm[Math.floor(warm.length / 2)] ?? Number.NaN;
      console.log(
        JSON.stringify({
          case: bench.name,
          interactiveMs: Math.round(median),
          jsGzipKB: viewSize(tabDir, bench.chunkGroup).gzipKB,
          coldMs: Math.round(cold),
          runs: warm.length,
        }),
      );
    } finally {
      await browser.close();
    }
  }
}

async function demoCases(): Promise<void> {
  log("Demo: starting the app on a fresh data dir …");
  const app = await startApp({ seed: "demo" });
  try {
    const maria = await demoPerson(app, { id: "maria.johansson@malkedjan.local" });
    const karin = await demoPerson(app, { id: "karin.lindqvist@malkedjan.local" });
    await runCases(app, [
      {
        name: "demo-medarbetare-kedjan",
        person: maria,
        route: "#/kedjan",
        chunkGroup: "view-kedjan",
        mustShow: "Huddinge",
      },
      {
        name: "demo-medarbetare-mina-mal",
        person: maria,
        route: "#/mina-mal",
        chunkGroup: "view-mina-mal",
        mustShow: "Mina mål",
      },
      {
        name: "demo-chef-mitt-team",
        person: karin,
        route: "#/mitt-team",
        chunkGroup: "view-mitt-team",
        mustShow: "Maria Johansson",
      },
    ]);
  } finally {
    await app.stop();
  }
}

/**
 * The generated municipality has no team of 40; the data layer adds one (a chef, 40 staff with 1–3 goals each
 * linked to the unit's arbetsplan, five follow-ups per goal).
 */
async function ensureTeamOf40(app: RunningApp, dataDir: string): Promise<DirectoryPerson> {
  const marker = path.join(dataDir, "bench-team-40.json");
  const data = generateMunicipality(municipalSeed);
  const administration = data["org-unit"].find((u) => u.kind === "administration");
  const department = data["org-unit"].find(
    (u) => u.kind === "department" && u.parentId === administration?.id,
  );
  if (department === undefined) throw new Error("the generated municipality has no department");
  const team = { chefId: "chef.team40@malkedjan.local", unitId: "team-40" };
  if (!existsSync(marker)) {
    log("Municipal: adding a team of 40 under " + department.name + " …");
    const admin = unsignedToken(ADMIN_UPN);
    const sp = createSp({ siteUrl: new URL("sites/styrning", app.url).toString(), getToken: () => admin });
    const added = await seedTeamOfSize(sp, 40, department.id, 2026);
    if (added.chefId !== team.chefId || added.unitId !== team.unitId) throw new Error("unexpected team ids");
    writeFileSync(marker, JSON.stringify({ chefId: added.chefId, unitId: added.unitId }));
  }
  return {
    id: team.chefId,
    name: "Chef för 40",
    unitId: team.unitId,
    unitName: "Team med 40",
    role: "chef",
    chefOf: [team.unitId],
    plannerFor: [],
  };
}

async function municipalCases(fresh: boolean): Promise<void> {
  const dataDir = path.join(repoRoot, ".localsite-bench", "municipal");
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  log(`Municipal: starting the app on ${dataDir} (the first start seeds ≈190,000 items: many minutes) …`);
  const app = await startApp({ seed: "municipal", dataDir, startTimeoutMs: 60 * 60_000 });
  try {
    const chef = await ensureTeamOf40(app, dataDir);
    const goal = generateMunicipality(municipalSeed)["individual-goal"][0];
    if (goal === undefined) throw new Error("the generated municipality has no goals");
    const medarbetare = await demoPerson(app, { id: goal.employeeId });
    await runCases(app, [
      {
        name: "municipal-medarbetare-kedjan",
        person: medarbetare,
        route: "#/kedjan",
        chunkGroup: "view-kedjan",
        mustShow: "Huddinge",
      },
      {
        name: "municipal-medarbetare-mina-mal",
        person: medarbetare,
        route: "#/mina-mal",
        chunkGroup: "view-mina-mal",
        mustShow: goal.title,
      },
      {
        name: "municipal-chef-40-mitt-team",
        person: chef,
        route: "#/mitt-team",
        chunkGroup: "view-mitt-team",
        mustShow: "Medarbetare 39",
      },
    ]);
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const fresh = process.argv.includes("--fresh");
  // `--only=demo` or `--only=municipal` runs one set.
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only !== "municipal") await demoCases();
  if (only !== "demo") await municipalCases(fresh);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
