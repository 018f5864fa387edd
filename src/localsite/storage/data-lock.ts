import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * One process per data directory: the site keeps lists, fields and callers' permissions in memory and
 * updates them on its own writes only, so a second process on the same SQLite file would serve stale
 * permissions. A lock file made with O_EXCL names the holder (PID and host); a lock whose PID is no longer
 * alive on this host is stale and taken over. close() (and the process's exit) removes it.
 */
export const LOCK_FILE_NAME = "site.lock";

interface Holder {
  pid: number;
  host: string;
  since?: string;
}

/** Directories (real paths) this process holds. */
const held = new Set<string>();
let exitHookInstalled = false;

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    host: string,
  ) {
    const where = host === hostname() ? "" : ` on ${host}`;
    const who = pid === process.pid && host === hostname() ? "this very process" : `process ${pid}${where}`;
    super(
      `The local site's data directory ${dataDir} is in use by ${who} (lock file ${join(dataDir, LOCK_FILE_NAME)}). ` +
        "One process owns a data directory: stop that one first, or give this one another data directory (--data).",
    );
    this.name = "DataDirectoryInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock's holder; "gone" when the file vanished meanwhile, "unreadable" when it is not (yet) a holder. */
function readHolder(path: string): Holder | "gone" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (typeof parsed.pid === "number" && Number.isInteger(parsed.pid) && typeof parsed.host === "string")
      return { pid: parsed.pid, host: parsed.host, since: parsed.since };
  } catch {
    // fall through
  }
  return "unreadable";
}

/** Whether the holder still holds it. A holder on another host cannot be checked: it is taken as alive. */
function stillHeld(holder: Holder, dir: string): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(dir);
  return isAlive(holder.pid);
}

function pause(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function releaseAllOnExit(): void {
  for (const dir of held) removeOwnLock(dir);
  held.clear();
}

function removeOwnLock(dir: string): void {
  const path = join(dir, LOCK_FILE_NAME);
  const holder = readHolder(path);
  if (typeof holder === "object" && holder.pid === process.pid && holder.host === hostname()) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

/**
 * Takes the data directory for this process (creating the directory if need be) or throws
 * DataDirectoryInUseError naming the holder. Returns the release, which is idempotent.
 */
export function lockDataDirectory(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const dir = realpathSync(dataDir);
  const path = join(dir, LOCK_FILE_NAME);
  if (held.has(dir)) throw new DataDirectoryInUseError(dir, process.pid, hostname());
  const content = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      const fd = openSync(path, "wx");
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      held.add(dir);
      if (!exitHookInstalled) {
        process.once("exit", releaseAllOnExit);
        exitHookInstalled = true;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(dir);
        removeOwnLock(dir);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolder(path);
    if (holder === "gone") continue;
    if (holder === "unreadable") {
      // Being written by a process that has just made it, or left empty by a crash long ago.
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat === undefined) continue;
      if (Date.now() - stat.mtimeMs < 5000) {
        pause(25);
        continue;
      }
    } else if (stillHeld(holder, dir)) {
      throw new DataDirectoryInUseError(dir, holder.pid, holder.host);
    }
    // Stale: move it aside (atomic; of two processes doing this, one wins), then check what was moved.
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (typeof moved === "object" && stillHeld(moved, dir)) {
      // Another process took the stale lock over between our read and our move: put its lock back.
      try {
        linkSync(aside, path);
      } catch {
        // someone made a new lock meanwhile; theirs stands
      }
      unlinkSync(aside);
      throw new DataDirectoryInUseError(dir, moved.pid, moved.host);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not lock the local site's data directory ${dir} (${path} keeps changing).`);
}
