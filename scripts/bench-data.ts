/**
 * `npm run bench:data`: loads the generated municipal set into a fresh local site (its own process, temp
 * data directory, threshold 5,000 enforced), adds a team of 3 and one of 40 (an arbetsplan with activities,
 * 1–3 goals per person, five follow-ups per goal), then times each view through the queries, each read as
 * the person who opens it (their own token: the medarbetare, the team's chef; the admin for the chain and
 * the due pages) and prints one JSON line per view: {"view","reader","runs","roundTrips","p50ms","p95ms",…}.
 * `runs` timed runs follow one untimed warm-up; p95 is the nearest-rank percentile over them. Progress goes
 * to stderr.
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
import type { TeamView } from "../src/domain";
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

async function measure<T>(
  view: string,
  upn: string,
  url: string,
  runs: number,
  load: (q: SharePointSteeringQueries) => Promise<T>,
  describe: (result: T) => Record<string, number> = () => ({}),
) {
  const times: number[] = [];
  let roundTrips = 0;
  let last: T | undefined;
  for (let i = 0; i <= runs; i += 1) {
    const counter = createRequestCounter();
    const queries = new SharePointSteeringQueries(
      createSp({ siteUrl: url, getToken: () => unsignedToken(upn), counter }),
    );
    const started = performance.now();
    last = await load(queries);
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
      reader: upn,
      runs: times.length,
      roundTrips,
      p50ms: round(percentile(times, 50)),
      p95ms: round(percentile(times, 95)),
      ...(last === undefined ? {} : describe(last)),
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
    // The chef must see the whole team through the folders' permissions, or the figures time something else.
    for (const team of [team3, team40]) {
      const chefSp = createSp({ siteUrl: url, getToken: () => unsignedToken(team.chefId) });
      const seen = await new SharePointSteeringQueries(chefSp).team(team.chefId, team.unitId, year);
      if (seen.goals.length !== team.goals.length || seen.followUps.length !== team.followUps.length)
        throw new Error(`${team.chefId} sees ${seen.goals.length} of ${team.goals.length} goals`);
    }

    const teamFigures = (v: TeamView) => ({
      staff: v.staff.length,
      goals: v.goals.length,
      followUps: v.followUps.length,
    });
    await measure("my-goals", goal.employeeId, url, 30, (q) => q.myGoals(goal.employeeId, year));
    await measure(
      "my-team-3",
      team3.chefId,
      url,
      30,
      (q) => q.team(team3.chefId, team3.unitId, year),
      teamFigures,
    );
    await measure(
      "my-team-40",
      team40.chefId,
      url,
      30,
      (q) => q.team(team40.chefId, team40.unitId, year),
      teamFigures,
    );
    await measure("chain", admin, url, 20, (q) => q.chain(administration.id, year));
    await measure(
      "due",
      admin,
      url,
      20,
      async (q) => {
        let pages = 0;
        let goals = 0;
        for await (const page of q.dueBetween({ from: `${year}-04-01`, to: `${year}-04-30` })) {
          pages += 1;
          goals += page.individualGoals.length;
        }
        return { pages, goals };
      },
      (r) => r,
    );
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
