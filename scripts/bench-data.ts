/**
 * `npm run bench:data`: loads the generated municipal set into a fresh local site (its own process, temp
 * data directory, threshold 5,000 enforced), then times each view through the repositories and prints one
 * JSON line per view: {"view","roundTrips","p50ms","p95ms"}. Progress goes to stderr.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { unsignedToken } from "../src/localsite";
import { generateMunicipality, municipalSize } from "../src/demo";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { SharePointSteeringQueries } from "../src/sharepoint/queries";
import { seedData } from "../src/sharepoint/seed";
import { seedTeamOfSize } from "../src/sharepoint/seed/teamOfSize";

const admin = "admin@malkedjan.local";

/** The local site in a child process, so seeding and serving use both cores. */
async function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  return { url, child };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function measure(
  view: string,
  upn: string,
  url: string,
  runs: number,
  load: (q: SharePointSteeringQueries) => Promise<unknown>,
) {
  const times: number[] = [];
  let roundTrips = 0;
  for (let i = 0; i <= runs; i += 1) {
    const counter = createRequestCounter();
    const queries = new SharePointSteeringQueries(
      createSp({ siteUrl: url, getToken: () => unsignedToken(upn), counter }),
    );
    const started = performance.now();
    await load(queries);
    const elapsed = performance.now() - started;
    if (i === 0) continue; // the first run warms connections and SQLite's cache
    times.push(elapsed);
    roundTrips = Math.max(roundTrips, counter.count);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  console.log(
    JSON.stringify({
      view,
      roundTrips,
      p50ms: round(percentile(times, 50)),
      p95ms: round(percentile(times, 95)),
    }),
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-bench-"));
  const { url, child } = await startSiteProcess(dataDir);
  try {
    const data = generateMunicipality(1, municipalSize);
    const sp = createSp({ siteUrl: url, getToken: () => unsignedToken(admin) });
    process.stderr.write(`Seeding the municipal set into ${url} …\n`);
    const seeded = await seedData(sp, data);
    process.stderr.write(`Seeded in ${(seeded.millis / 1000).toFixed(0)} s.\n`);

    const administration = data["org-unit"].find((u) => u.kind === "administration");
    const department = data["org-unit"].find(
      (u) => u.kind === "department" && u.parentId === administration?.id,
    );
    const goal = data["individual-goal"][0];
    if (administration === undefined || department === undefined || goal === undefined)
      throw new Error("unexpected data");
    const team3 = await seedTeamOfSize(sp, 3, department.id, municipalSize.year);
    const team40 = await seedTeamOfSize(sp, 40, department.id, municipalSize.year);
    const year = municipalSize.year;

    await measure("my-goals", goal.employeeId, url, 30, (q) => q.myGoals(goal.employeeId, year));
    await measure("my-team-3", team3.chefId, url, 30, (q) => q.team(team3.chefId, team3.unitId, year));
    await measure("my-team-40", team40.chefId, url, 30, (q) => q.team(team40.chefId, team40.unitId, year));
    await measure("chain", admin, url, 20, (q) => q.chain(administration.id, year));
    await measure("due", admin, url, 3, async (q) => {
      for await (const page of q.dueBetween({ from: `${year}-04-01`, to: `${year}-04-30` })) void page;
    });
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
