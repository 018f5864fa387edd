/**
 * `npm run bench:org-import`: the organisation import at municipal scale against a fresh local site (its own
 * process, threshold 5,000 enforced), as the app identity. Provisions an empty site, then times three imports
 * of the generated municipality's HR export (≈500 units, ≈6,000 people) and prints one JSON line each
 * ({"run","ms","roundTrips","units","persons","leavers","access"}):
 * - `create`: everything new (units, people, 2 personal folders per person with their readers);
 * - `rerun`: the same file again (nothing changes, reads only);
 * - `changes`: 10 chef changes, 50 moves, 60 leavers (1 %).
 * Progress goes to stderr.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { LOCAL_APP_ID, appOnlyToken } from "../src/localsite";
import { generateMunicipality, municipalSize } from "../src/demo";
import type { OrgUnit, Person } from "../src/domain";
import { writeOrgCsv } from "../src/orgimport";
import { importOrganisation } from "../src/sharepoint/admin/orgImport";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { provisionSite } from "../src/sharepoint/provision";

async function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  return { url, child };
}

/** 10 chef changes (a medarbetare of the unit takes over), 50 moves to another enhet, 60 leavers. */
function changed(units: readonly OrgUnit[], people: readonly Person[]): [OrgUnit[], Person[]] {
  const enheter = units.filter((u) => u.kind === "unit");
  const chefs = new Set(units.flatMap((u) => (u.chefId === undefined ? [] : [u.chefId])));
  const staff = people.filter((p) => !chefs.has(p.id));
  const newChef = new Map<string, string>();
  for (const unit of enheter.slice(0, 10)) {
    const successor = staff.find((p) => p.unitId === unit.id);
    if (successor !== undefined) newChef.set(unit.id, successor.id);
  }
  const successors = new Set(newChef.values());
  const others = staff.filter((p) => !successors.has(p.id));
  const movers = new Map(
    others.slice(0, 50).map((p, i) => [p.id, enheter[(i * 7 + 3) % enheter.length]?.id ?? p.unitId]),
  );
  const leavers = new Set(others.slice(50, 110).map((p) => p.id));
  return [
    units.map((u) => (newChef.has(u.id) ? { ...u, chefId: newChef.get(u.id) } : u)),
    people
      .filter((p) => !leavers.has(p.id))
      .map((p) => (movers.has(p.id) ? { ...p, unitId: movers.get(p.id) ?? p.unitId } : p)),
  ];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-org-import-"));
  const { url, child } = await startSiteProcess(dataDir);
  try {
    const counter = createRequestCounter();
    const sp = createSp({ siteUrl: url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter });
    process.stderr.write("provisioning…\n");
    await provisionSite(sp);
    const data = generateMunicipality(1, municipalSize);
    const files: [string, string][] = [
      ["create", writeOrgCsv(data["org-unit"], data.person)],
      ["rerun", writeOrgCsv(data["org-unit"], data.person)],
      ["changes", writeOrgCsv(...changed(data["org-unit"], data.person))],
    ];
    for (const [run, csv] of files) {
      process.stderr.write(`${run}…\n`);
      counter.count = 0;
      const started = Date.now();
      const outcome = await importOrganisation(sp, csv, { today: "2026-03-02", hrGroup: "Målkedjan HR" });
      const ms = Date.now() - started;
      if (outcome.kind !== "done") throw new Error(`${run}: ${JSON.stringify(outcome).slice(0, 500)}`);
      console.log(
        JSON.stringify({
          run,
          ms,
          roundTrips: counter.count,
          rows: outcome.plan.rowCount,
          badRows: outcome.plan.badRows.length,
          units: outcome.changes.units.length,
          persons: outcome.changes.persons.length,
          moves: outcome.changes.moves.length,
          leavers: outcome.changes.leavers.length,
          access: outcome.changes.access.length,
          foldersCreated: outcome.applied?.access.foldersCreated ?? 0,
        }),
      );
    }
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
