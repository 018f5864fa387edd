/**
 * `npm run bench:reach`: reach (räckvidd) for the whole municipality at municipal scale (6,000 staff), as
 * `GET /api/reach` computes it for a KF planner: the use case over the SharePoint reach source with the
 * app's identity, the rule, the contract's answer. The site is seeded once into
 * `.localsite-bench/reach-municipal` (its own process, threshold 5,000) and reused; `--fresh` seeds anew.
 * Prints one JSON line {"staff","reachMs","roundTrips",…}: reachMs is the median of 5 timed runs after one
 * warm-up (reachMsMax the slowest); every run's round trips must agree. Progress goes to stderr.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generateMunicipality, municipalSize } from "../src/demo";
import { LOCAL_APP_ID, appOnlyToken, unsignedToken } from "../src/localsite";
import { reachAnswerOf } from "../src/server/api/reachAnswer";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { provisionSite } from "../src/sharepoint/provision";
import { SharePointReachSource } from "../src/sharepoint/queries";
import { seedData } from "../src/sharepoint/seed";
import { reachReport } from "../src/usecases";

const admin = "admin@malkedjan.local";
const runs = 5;
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOCALSITE_THRESHOLD: "5000" } },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  return { url, child };
}

async function main(): Promise<void> {
  const dataDir = join(process.cwd(), ".localsite-bench", "reach-municipal");
  if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });
  const fresh = !existsSync(join(dataDir, "site.sqlite"));
  mkdirSync(dataDir, { recursive: true });
  const { url, child } = await startSiteProcess(dataDir);
  try {
    const data = generateMunicipality(1, municipalSize);
    const year = municipalSize.year;
    const sp = createSp({ siteUrl: url, getToken: () => unsignedToken(admin) });
    await provisionSite(sp);
    if (fresh) {
      log(`bench:reach: seeding the municipal set into ${dataDir} (once) …`);
      await seedData(sp, data);
    }
    const planner = data.person.find((p) => p.roles.some((r) => r.kind === "municipal-planner"));
    if (planner === undefined) throw new Error("the municipal set has no KF planner");
    const clock = { now: () => new Date(`${year}-10-01T08:00:00Z`), today: () => `${year}-10-01` };
    const times: number[] = [];
    const roundTripCounts = new Set<number>();
    let staff = 0;
    for (let run = 0; run <= runs; run += 1) {
      const counter = createRequestCounter();
      const reach = new SharePointReachSource(
        createSp({ siteUrl: url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
      );
      const started = performance.now();
      const report = reachAnswerOf(
        await reachReport({ reach, clock }, { personId: planner.id }, { year }),
        "Kommunen",
      );
      const elapsed = performance.now() - started;
      const municipality = report.groups[0]?.result;
      staff = municipality?.shown === true ? municipality.figures.staff : 0;
      roundTripCounts.add(counter.count);
      if (run > 0) times.push(elapsed);
      log(
        `run ${run}: ${Math.round(elapsed)} ms, ${counter.count} round trips, ${report.groups.length} groups`,
      );
    }
    if (roundTripCounts.size !== 1) throw new Error(`round trips differ: ${[...roundTripCounts].join(", ")}`);
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        staff,
        reachMs: Math.round(times[Math.floor(times.length / 2)] ?? Number.NaN),
        roundTrips: [...roundTripCounts][0],
        reachMsMax: Math.round(times[times.length - 1] ?? Number.NaN),
        runs: times.length,
      }),
    );
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
