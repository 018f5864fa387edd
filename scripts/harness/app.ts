import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureTabBuilt, repoRoot } from "./build";

export interface RunningApp {
  /** e.g. `http://127.0.0.1:41234/` */
  readonly url: string;
  readonly dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

export interface StartOptions {
  /** Which data the local site starts with; the demo unless told otherwise. */
  readonly seed?: "demo" | "municipal" | "none";
  /** Reuse a data dir (e.g. one seeded at municipal scale); a fresh temp dir otherwise. */
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly startTimeoutMs?: number;
}

const urlLine = /Målkedjan: (http:\/\/\S+\/)/;

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Starts the real app server (`tsx src/server/main.ts`, what `npm start` runs after building) on a free
 * port with its own data dir, seeded on first start, and resolves once it prints its URL.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  await ensureTabBuilt();
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "malkedjan-e2e-"));
  const child = spawn(path.join(repoRoot, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      MALKEDJAN_ENV: "local",
      PORT: "0",
      HOST: "127.0.0.1",
      LOCALSITE_DATA: dataDir,
      LOCALSITE_SEED: options.seed ?? "demo",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const stop = async (): Promise<void> => {
    await stopProcess(child);
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = (): void => {
      const match = urlLine.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before starting:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, dataDir, output: () => output, stop };
}
