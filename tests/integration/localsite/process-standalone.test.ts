import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createLocalSite, DataDirectoryInUseError, unsignedToken } from "../../../src/localsite";

/**
 * The site as its own process (scripts/localsite.ts): one process per data directory (a lock file naming the
 * holder's PID, taken over when that PID is dead), and no listening beyond this machine without a flag.
 */
const repo = resolve(__dirname, "../../..");
let dataDir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "malkedjan-lock-"));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  /** The site URL the process printed, or undefined when it exited first. */
  url: Promise<string | undefined>;
  exit: Promise<{ code: number | null; stderr: string }>;
}

/** `npm run localsite` on a free port and the given data directory. */
function startProcess(dir: string, ...extra: string[]): Started {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(repo, "scripts/localsite.ts"), "--port", "0", "--data", dir, ...extra],
    { cwd: repo, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exit = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.once("exit", (code) => done({ code, stderr })),
  );
  const url = new Promise<string | undefined>((done) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const line = /^(http:\/\/\S+)$/m.exec(stdout)?.[1];
      if (line !== undefined) done(line);
    });
    void exit.then(() => done(undefined));
  });
  return { child, url, exit };
}

describe("one process per data directory", () => {
  it("refuses a second process with a message naming the directory and the holder's PID; a third starts once the first has gone", async () => {
    const first = startProcess(dataDir);
    const url = await first.url;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/sites\/styrning$/);
    const lock = JSON.parse(readFileSync(join(dataDir, "site.lock"), "utf8")) as { pid: number };
    expect(lock.pid).toBe(first.child.pid);

    const second = startProcess(dataDir);
    const refused = await second.exit;
    expect(refused.code).not.toBe(0);
    expect(await second.url).toBeUndefined();
    expect(refused.stderr).toContain(dataDir);
    expect(refused.stderr).toContain(`process ${first.child.pid}`);
    expect(refused.stderr).toMatch(/is in use by process \d+/);

    first.child.kill("SIGTERM");
    expect((await first.exit).code).toBe(0);
    expect(existsSync(join(dataDir, "site.lock"))).toBe(false);
    const third = startProcess(dataDir);
    expect(await third.url).toMatch(/^http:\/\//);
    third.child.kill("SIGTERM");
    await third.exit;
  }, 60_000);

  it("takes over the lock of a process that died without releasing it", async () => {
    const first = startProcess(dataDir);
    await first.url;
    first.child.kill("SIGKILL");
    await first.exit;
    // SIGKILL leaves the lock file behind, naming a PID that is no longer alive.
    expect(existsSync(join(dataDir, "site.lock"))).toBe(true);
    const next = startProcess(dataDir);
    expect(await next.url).toMatch(/^http:\/\//);
    next.child.kill("SIGTERM");
    await next.exit;
  }, 60_000);

  it("refuses a second site in the same process until the first is closed", () => {
    const site = createLocalSite({ dataDir });
    let refusal: unknown;
    try {
      createLocalSite({ dataDir });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirectoryInUseError);
    expect(String(refusal)).toContain(`${dataDir} is in use by this very process`);
    site.close();
    site.close();
    createLocalSite({ dataDir }).close();
  });

  it("refuses a lock held by a live process, and takes over one left empty long ago or naming a dead PID", () => {
    const lockPath = join(dataDir, "site.lock");
    // PID 1 is always alive: a lock naming it on this host is held.
    writeFileSync(lockPath, JSON.stringify({ pid: 1, host: hostname(), since: "2026-01-01T00:00:00Z" }));
    expect(() => createLocalSite({ dataDir })).toThrow(/is in use by process 1 \(lock file/);
    // Another host's lock cannot be checked: it stands.
    writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 22 + 7, host: "annan-dator" }));
    expect(() => createLocalSite({ dataDir })).toThrow(/in use by process \d+ on annan-dator/);
    writeFileSync(lockPath, JSON.stringify({ pid: 2 ** 22 + 7, host: hostname() }));
    createLocalSite({ dataDir }).close();
    expect(existsSync(lockPath)).toBe(false);
    // An empty lock is one being written, unless it is old: then a crash left it.
    writeFileSync(lockPath, "");
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPath, longAgo, longAgo);
    createLocalSite({ dataDir }).close();
    expect(existsSync(lockPath)).toBe(false);
  });
});

describe("scripts/localsite.ts and the network", () => {
  it("refuses --host 0.0.0.0 without --allow-network, saying why and which flag", async () => {
    const refused = startProcess(dataDir, "--host", "0.0.0.0");
    const { code, stderr } = await refused.exit;
    expect(code).not.toBe(0);
    expect(await refused.url).toBeUndefined();
    expect(stderr).toMatch(/Refusing to listen on 0\.0\.0\.0.*unsigned tokens.*--allow-network/s);
  }, 60_000);

  it("listens with --allow-network, warning on stderr that anyone on the network can act as anyone", async () => {
    const open = startProcess(
      dataDir,
      "--host",
      "0.0.0.0",
      "--allow-network",
      "--allowed-host",
      "laptop.lan",
    );
    const url = await open.url;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/sites\/styrning$/);
    const answer = await fetch(`${url ?? ""}/_api/web?$select=Title`, {
      headers: {
        authorization: `Bearer ${unsignedToken("admin@malkedjan.local")}`,
        accept: "application/json",
      },
    });
    expect(answer.status).toBe(200);
    open.child.kill("SIGTERM");
    const { stderr } = await open.exit;
    expect(stderr).toMatch(/WARNING.*0\.0\.0\.0.*UNSIGNED tokens.*anyone on the network/s);
  }, 60_000);
});
