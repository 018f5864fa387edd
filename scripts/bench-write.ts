/**
 * `npm run bench:write`: what a write costs through the server's API (the tab's only way to write: one HTTP
 * hop to the server, whose use case reads what its rules need in one batch and writes in one request) next
 * to the same write straight through the repositories (what the tab did before: a batch of reads, then the
 * write). At municipal scale (6,000 staff, 500 units) on the real app (`src/server/main.ts`, local mode): a
 * generated medarbetare writes a goal, agrees it and records a follow-up with her own token; her chef agrees
 * it. Prints one JSON line per operation: {"operation","runs","p50ms","p95ms","roundTrips"}; progress on
 * stderr. The municipal site is seeded once into .localsite-bench/write (minutes) and reused; `--fresh`
 * seeds anew, `--scale demo` uses the Huddinge demo instead (seconds).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { LOCAL_APP_ID, appOnlyToken, unsignedToken } from "../src/localsite";
import { chefOf, municipalDate, orgLookupOf, type IndividualGoal } from "../src/domain";
import { generateMunicipality, huddinge, type SteeringData } from "../src/demo";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { createRepositories } from "../src/sharepoint/repositories";
import { municipalSeed } from "../src/server/local/seedData";
import { repoRoot, startApp } from "./harness";

const runs = 30;
const log = (message: string): void => void process.stderr.write(`${message}\n`);
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** A medarbetare with a chef and a unit arbetsplan with activities for 2026. */
function writer(data: SteeringData): {
  employeeId: string;
  chefId: string;
  unitId: string;
  activityId: string;
} {
  const org = orgLookupOf(data["org-unit"], data.person);
  for (const person of data.person) {
    const plan = data["work-plan"].find((p) => p.ownerUnitId === person.unitId && p.year === 2026);
    const activity = plan && data.activity.find((a) => a.workPlanId === plan.id);
    const chefId = chefOf(person.id, person.unitId, org);
    if (activity !== undefined && chefId !== undefined && person.roles.length === 0) {
      return { employeeId: person.id, chefId, unitId: person.unitId, activityId: activity.id };
    }
  }
  throw new Error("no medarbetare with a chef and an arbetsplan");
}

async function time(operation: string, roundTrips: string, work: (run: number) => Promise<void>) {
  const times: number[] = [];
  await work(-1); // warm-up: connections, the list's folder URL
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work(run);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p50ms = Math.round(percentile(times, 50) * 10) / 10;
  const p95ms = Math.round(percentile(times, 95) * 10) / 10;
  console.log(JSON.stringify({ operation, runs, p50ms, p95ms, roundTrips }));
}

async function main(): Promise<void> {
  const scale = process.argv.includes("--scale")
    ? process.argv[process.argv.indexOf("--scale") + 1]
    : "municipal";
  const data = scale === "demo" ? huddinge : generateMunicipality(municipalSeed);
  const dataDir = path.join(repoRoot, ".localsite-bench", `write-${scale === "demo" ? "demo" : "municipal"}`);
  if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });
  log(`bench:write: starting the app on ${dataDir} (the first start seeds it) …`);
  const app = await startApp({
    seed: scale === "demo" ? "demo" : "municipal",
    dataDir,
    startTimeoutMs: 60 * 60_000,
  });
  try {
    const who = writer(data);
    const stamp = Date.now();
    // New follow-up dates may not lie in the past: one a month ahead.
    const ahead = municipalDate(new Date(stamp + 30 * 24 * 3600 * 1000));
    const goalId = (run: number, kind: string) => `bench-${kind}-${stamp}-${run + 1}`;
    const content = {
      year: 2026,
      title: "Mät skrivvägen",
      activityIds: [who.activityId],
      followUpDates: [ahead],
    };
    const api = async (
      as: string,
      method: string,
      route: string,
      body: unknown,
    ): Promise<Record<string, unknown>> => {
      const response = await fetch(new URL(route, app.url), {
        method,
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${unsignedToken(as)}` },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };

    await time("api: create goal (medarbetare)", "1 HTTP + 2 SharePoint", async (run) => {
      await api(who.employeeId, "POST", "/api/goals", {
        id: goalId(run, "api"),
        employeeId: who.employeeId,
        ...content,
      });
    });
    await time("api: agree (medarbetare)", "1 HTTP + 2 SharePoint", async (run) => {
      await api(who.employeeId, "POST", `/api/goals/${goalId(run, "api")}/agreement`, {
        employeeId: who.employeeId,
      });
    });
    await time("api: agree (chef)", "1 HTTP + 2 SharePoint", async (run) => {
      await api(who.chefId, "POST", `/api/goals/${goalId(run, "api")}/agreement`, {
        employeeId: who.employeeId,
      });
    });
    await time("api: record follow-up (chef)", "1 HTTP + 2 SharePoint", async (run) => {
      await api(who.chefId, "POST", `/api/goals/${goalId(run, "api")}/follow-ups`, {
        id: `${goalId(run, "api")}-uppf`,
        employeeId: who.employeeId,
        answers: ahead,
        status: "on-track",
      });
    });

    // The same goal written straight through the repositories, as the app (people may no longer write).
    const counter = createRequestCounter();
    const siteUrl = new URL("sites/styrning", app.url).toString();
    const repositories = createRepositories({
      sp: createSp({ siteUrl, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
      actorId: "bench",
    });
    await time("direct: create goal (repository)", "2 SharePoint", async (run) => {
      const goal: IndividualGoal = {
        id: goalId(run, "direct"),
        employeeId: who.employeeId,
        managerId: who.chefId,
        unitId: who.unitId,
        ...content,
      };
      await repositories["individual-goal"].create(goal);
    });
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
