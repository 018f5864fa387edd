/**
 * `npm run bench:localsite`: one JSON line with the local site's figures, measured through unmodified PnPjs
 * on a fresh site in a temp dir (every item seeded through the site's REST $batch, as PnPjs sends it). The site
 * runs in its own process (`scripts/localsite.ts`), as it does beside the app, so client and server do not
 * share one event loop.
 *   pagedItemsPerSec  paged read throughput (async iteration, $top=5000) over a 30,000-item list
 *   indexedP50ms/P95  latency of an indexed, filtered query matching ≈100 rows on a 150,000-item list
 *   overheadRatio     that p50 over the p50 of a plain better-sqlite3 SELECT of the same rows
 *   personal          a permission-trimmed personal list as the app keeps one: 50 chefs × 40 medarbetare, one
 *                     folder per medarbetare with unique permissions (the person and their chef), five items
 *                     each (12,000 rows with the folders, over the threshold). The app's own queries, by the
 *                     indexed EmployeeId, timed for the admin (sees everything) and for the reader they are
 *                     for, with that reader's own token: one person's rows (`ownFolder`: 5 rows) and a chef's
 *                     team (`team40`: `EmployeeId eq … or …` over 40 people, 200 rows); and, for the
 *                     non-admin readers, everything they can see, unfiltered and paged (`everythingVisible`).
 *                     Medarbetare samples are all different people; chef samples cycle through the 50 chefs.
 */
import Database from "better-sqlite3";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/batching";
import "@pnp/sp/folders";
import "@pnp/sp/site-users/web";
import "@pnp/sp/site-groups/web";
import "@pnp/sp/security/web";
import "@pnp/sp/security/list";
import "@pnp/sp/security/item";
import { Item } from "@pnp/sp/items";
import { spawn, type ChildProcess } from "node:child_process";
import { ADMIN_UPN, unsignedToken } from "../src/localsite";

const PAGED_ITEMS = 30_000;
const BIG_ITEMS = 150_000;
const BUCKETS = BIG_ITEMS / 100;
const SAMPLES = 300;
const CHEFS = 50;
const STAFF_PER_CHEF = 40;
const ITEMS_PER_PERSON = 5;
const PERSONAL = "Personliga uppföljningar";

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Adds items through PnPjs batches (100 adds = five $batch POSTs of 20), a few batches in flight. */
async function seed(
  sp: SPFI,
  title: string,
  count: number,
  make: (index: number) => Record<string, unknown>,
): Promise<void> {
  const perBatch = 100;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const start = next;
      next = Math.min(count, next + perBatch);
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle(title);
      const adds: Promise<unknown>[] = [];
      for (let index = start; index < Math.min(count, start + perBatch); index += 1)
        adds.push(list.items.add(make(index)));
      await execute();
      await Promise.all(adds);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Runs queued operations as `$batch` requests, `perBatch` parts each (PnPjs posts them 20 at a time), 6 in flight. */
async function inBatches(sp: SPFI, operations: ((batched: SPFI) => Promise<unknown>)[], perBatch = 100) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < operations.length) {
      const chunk = operations.slice(next, next + perBatch);
      next += perBatch;
      const [batched, execute] = sp.batched();
      const settled = Promise.all(chunk.map((op) => op(batched)));
      await execute();
      await settled;
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

const loginOf = (upn: string): string => `i:0#.f|membership|${upn}`;
const chefUpn = (c: number): string => `chef${c}@malkedjan.local`;
const staffUpn = (c: number, s: number): string => `medarbetare${c}-${s}@malkedjan.local`;
const staffOf = (c: number): string[] => Array.from({ length: STAFF_PER_CHEF }, (_, s) => staffUpn(c, s));
const anyEmployee = (upns: readonly string[]): string => upns.map((u) => `EmployeeId eq '${u}'`).join(" or ");

/**
 * The personal list as the app provisions and fills it (admin/personalAccess.ts, seed/seedData.ts): unique
 * permissions on the list without copying, everyone in the members group, a folder per medarbetare that stops
 * inheriting and grants the person and their chef Contribute (the admin's own grant removed), rows added
 * into the folders with AddValidateUpdateItemUsingPath.
 */
async function seedPersonal(sp: SPFI): Promise<void> {
  await sp.web.lists.add(PERSONAL);
  const list = sp.web.lists.getByTitle(PERSONAL);
  await list.fields.addText("EmployeeId", { Indexed: true });
  await list.fields.addText("Kommentar");
  await list.breakRoleInheritance(false, true);
  const people = Array.from({ length: CHEFS }, (_, c) => [chefUpn(c), ...staffOf(c)]).flat();
  const ids = new Map<string, number>();
  await inBatches(
    sp,
    people.map((upn) => (b) => b.web.ensureUser(loginOf(upn)).then((user) => ids.set(upn, user.Id))),
  );
  await inBatches(
    sp,
    people.map((upn) => (b) => b.web.associatedMemberGroup.users.add(loginOf(upn))),
  );
  const contribute = (await sp.web.roleDefinitions.getByType(3).select("Id")<{ Id: number }>()).Id;
  const admin = (await sp.web.currentUser.select("Id")<{ Id: number }>()).Id;
  const root = (await list.rootFolder.select("ServerRelativeUrl")<{ ServerRelativeUrl: string }>())
    .ServerRelativeUrl;
  const idOf = (upn: string): number => ids.get(upn) ?? Number.NaN;
  const folders = Array.from({ length: CHEFS }, (_, c) =>
    staffOf(c).map((upn) => ({ upn, chef: chefUpn(c) })),
  ).flat();
  await inBatches(
    sp,
    folders.map(({ upn, chef }) => (b) => {
      const item = Item(b.web.getFolderByServerRelativePath(`${root}/${upn}`), "ListItemAllFields");
      return Promise.all([
        b.web.lists.getByTitle(PERSONAL).rootFolder.folders.addUsingPath(upn),
        item.breakRoleInheritance(false, true),
        item.roleAssignments.add(idOf(upn), contribute),
        item.roleAssignments.add(idOf(chef), contribute),
        item.roleAssignments.getById(admin).delete(),
      ]);
    }),
    20,
  );
  await inBatches(
    sp,
    folders.flatMap(({ upn }) =>
      Array.from(
        { length: ITEMS_PER_PERSON },
        (_, k) => (b: SPFI) =>
          b.web.lists.getByTitle(PERSONAL).addValidateUpdateItemUsingPath(
            [
              { FieldName: "Title", FieldValue: `Uppföljning ${k + 1}` },
              { FieldName: "EmployeeId", FieldValue: upn },
              { FieldName: "Kommentar", FieldValue: "Enligt plan" },
            ],
            `${root}/${upn}`,
          ),
      ),
    ),
  );
}

interface Figures {
  p50ms: number;
  p95ms: number;
}

/** Times `samples` calls of `run(i)`, each checked to see `expected(i)` rows carrying an EmployeeId. */
async function timeReads(
  samples: number,
  run: (i: number) => Promise<{ EmployeeId: string | null }[]>,
  expected: number,
): Promise<Figures> {
  for (let warm = 0; warm < 10; warm += 1) await run(samples + warm);
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const t0 = performance.now();
    const rows = await run(i);
    times.push(performance.now() - t0);
    const seen = rows.filter((r) => r.EmployeeId != null).length;
    if (seen !== expected) throw new Error(`a personal-list read saw ${seen} rows, expected ${expected}`);
  }
  return { p50ms: round(percentile(times, 50)), p95ms: round(percentile(times, 95)) };
}

/** Starts `npm run localsite` on a free port and waits for the URL it prints once listening. */
function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(__dirname, "localsite.ts"), "--port", "0", "--data", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.once("exit", (code) => reject(new Error(`the local site exited early (${String(code)})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const line = output.split("\n")[0];
      if (output.includes("\n") && line !== undefined) resolve({ url: line.trim(), child });
    });
  });
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "malkedjan-bench-"));
  const site = await startSiteProcess(dataDir);
  const as = (upn: string): SPFI =>
    spfi(site.url).using(
      DefaultInit(),
      DefaultHeaders(),
      BearerToken(unsignedToken(upn)),
      BrowserFetchWithRetry(),
      DefaultParse(),
    );
  const sp = as(ADMIN_UPN);
  try {
    await sp.web.lists.add("Paged");
    await sp.web.lists.getByTitle("Paged").fields.addNumber("Score");
    let started = performance.now();
    await seed(sp, "Paged", PAGED_ITEMS, (index) => ({ Title: `Mål ${index}`, Score: index % 97 }));
    log(`seeded ${PAGED_ITEMS} items through $batch in ${round((performance.now() - started) / 1000, 1)} s`);

    started = performance.now();
    let read = 0;
    for await (const page of sp.web.lists
      .getByTitle("Paged")
      .items.select("Id", "Title", "Score")
      .top(5000)) {
      read += (page as unknown[]).length;
    }
    const pagedSeconds = (performance.now() - started) / 1000;
    if (read !== PAGED_ITEMS) throw new Error(`paged read saw ${read} items, expected ${PAGED_ITEMS}`);

    await sp.web.lists.add("Uppföljningar");
    const big = sp.web.lists.getByTitle("Uppföljningar");
    await big.fields.addNumber("Bucket", { Indexed: true });
    await big.fields.addText("Kommentar");
    started = performance.now();
    await seed(sp, "Uppföljningar", BIG_ITEMS, (index) => ({
      Title: `Uppföljning ${index}`,
      Bucket: index % BUCKETS,
      Kommentar: "Enligt plan",
    }));
    log(`seeded ${BIG_ITEMS} items through $batch in ${round((performance.now() - started) / 1000, 1)} s`);

    const query = (bucket: number): Promise<unknown[]> =>
      big.items.filter(`Bucket eq ${bucket}`).select("Id", "Title", "Bucket", "Kommentar").top(500)();
    for (let warm = 0; warm < 30; warm += 1) await query(warm);
    const restTimes: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const bucket = (sample * 37) % BUCKETS;
      const t0 = performance.now();
      const rows = await query(bucket);
      restTimes.push(performance.now() - t0);
      if (rows.length !== 100) throw new Error(`indexed query returned ${rows.length} rows, expected 100`);
    }

    // Where the time goes: the same query as a bare fetch (no PnPjs), and a trivial call (HTTP + auth only).
    const token = unsignedToken(ADMIN_UPN);
    const bare = async (url: string, method = "GET"): Promise<number> => {
      const t0 = performance.now();
      const response = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      });
      await response.json();
      return performance.now() - t0;
    };
    const fetchTimes: number[] = [];
    const trivialTimes: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const filter = encodeURIComponent(`Bucket eq ${(sample * 37) % BUCKETS}`);
      fetchTimes.push(
        await bare(
          `${site.url}/_api/web/lists/getByTitle('Uppf%C3%B6ljningar')/items?$filter=${filter}&$select=Id,Title,Bucket,Kommentar&$top=500`,
        ),
      );
      trivialTimes.push(await bare(`${site.url}/_api/contextinfo`, "POST"));
    }

    const listNum = (await big.select("Id")()) as { Id: string };
    const db = new Database(join(dataDir, "site.sqlite"), { readonly: true });
    const table = db.prepare("SELECT Num FROM lists WHERE Id = ?").get(listNum.Id) as { Num: number };
    const select = db.prepare(
      `SELECT ID, Title, Bucket, Kommentar FROM "l_${table.Num}" WHERE Bucket = ? ORDER BY ID LIMIT 501`,
    );
    for (let warm = 0; warm < 30; warm += 1) select.all(warm);
    const sqliteTimes: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const t0 = performance.now();
      const rows = select.all((sample * 37) % BUCKETS);
      sqliteTimes.push(performance.now() - t0);
      if (rows.length !== 100) throw new Error(`plain SELECT returned ${rows.length} rows`);
    }
    db.close();

    started = performance.now();
    await seedPersonal(sp);
    log(
      `seeded ${CHEFS * STAFF_PER_CHEF} permission-trimmed folders with ${CHEFS * STAFF_PER_CHEF * ITEMS_PER_PERSON} ` +
        `items in ${round((performance.now() - started) / 1000, 1)} s`,
    );
    const staffAt = (i: number): string => staffUpn(i % CHEFS, Math.floor(i / CHEFS) % STAFF_PER_CHEF);
    const filtered = (reader: SPFI, filter: string) =>
      reader.web.lists
        .getByTitle(PERSONAL)
        .items.filter(filter)
        .select("Id", "Title", "EmployeeId", "Kommentar")
        .top(5000)<{ EmployeeId: string | null }[]>();
    const visible = async (reader: SPFI) => {
      const rows: { EmployeeId: string | null }[] = [];
      for await (const page of reader.web.lists
        .getByTitle(PERSONAL)
        .items.select("Id", "EmployeeId")
        .top(5000)) {
        rows.push(...(page as { EmployeeId: string | null }[]));
      }
      return rows;
    };
    const team = STAFF_PER_CHEF * ITEMS_PER_PERSON;
    const personal = {
      items: CHEFS * STAFF_PER_CHEF * ITEMS_PER_PERSON,
      folders: CHEFS * STAFF_PER_CHEF,
      samples: SAMPLES,
      ownFolder: {
        admin: await timeReads(SAMPLES, (i) => filtered(sp, anyEmployee([staffAt(i)])), ITEMS_PER_PERSON),
        medarbetare: await timeReads(
          SAMPLES,
          (i) => filtered(as(staffAt(i)), anyEmployee([staffAt(i)])),
          ITEMS_PER_PERSON,
        ),
      },
      team40: {
        admin: await timeReads(SAMPLES, (i) => filtered(sp, anyEmployee(staffOf(i % CHEFS))), team),
        chef: await timeReads(
          SAMPLES,
          (i) => filtered(as(chefUpn(i % CHEFS)), anyEmployee(staffOf(i % CHEFS))),
          team,
        ),
      },
      everythingVisible: {
        medarbetare: await timeReads(SAMPLES, (i) => visible(as(staffAt(i + 1000))), ITEMS_PER_PERSON),
        chef: await timeReads(SAMPLES, (i) => visible(as(chefUpn(i % CHEFS))), team),
      },
    };

    const indexedP50 = percentile(restTimes, 50);
    console.log(
      JSON.stringify({
        pagedItemsPerSec: Math.round(PAGED_ITEMS / pagedSeconds),
        indexedP50ms: round(indexedP50),
        indexedP95ms: round(percentile(restTimes, 95)),
        overheadRatio: round(indexedP50 / percentile(sqliteTimes, 50), 1),
        personal,
      }),
    );
    log(
      `p50s: plain better-sqlite3 SELECT ${round(percentile(sqliteTimes, 50), 3)} ms, same query by bare fetch ` +
        `${round(percentile(fetchTimes, 50))} ms, trivial REST call ${round(percentile(trivialTimes, 50))} ms, ` +
        `through PnPjs ${round(indexedP50)} ms; all items seeded through the site's REST $batch`,
    );
  } finally {
    site.child.removeAllListeners("exit");
    site.child.kill("SIGTERM");
    await new Promise((done) => site.child.once("exit", done));
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
