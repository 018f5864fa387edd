/**
 * The real server (`src/server/main.ts`) with production settings: a missing or malformed one stops it at
 * start, with a message naming the environment variable and what it expects.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { productionEnv } from "./support/entra";

const repoRoot = path.resolve(__dirname, "../../..");
let tabDir: string;
beforeAll(async () => {
  tabDir = await mkdtemp(path.join(tmpdir(), "malkedjan-start-"));
  await writeFile(path.join(tabDir, "index.html"), "<!doctype html><title>Målkedjan</title>");
});
afterAll(() => rm(tabDir, { recursive: true, force: true }));

/** Starts the server and waits for it to stop by itself (it must: each case here is refused). */
function start(env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(path.join(repoRoot, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: "0",
      HOST: "127.0.0.1",
      TAB_DIR: tabDir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    }),
  );
}

describe("starting in production", () => {
  it("stops without a client id, naming AAD_APP_CLIENT_ID and what it expects", async () => {
    // Blank, not unset: a config/production.env on this machine must not fill it in (the environment wins).
    const { code, stderr } = await start({ ...productionEnv, AAD_APP_CLIENT_ID: "" });
    expect(code).toBe(1);
    expect(stderr).toContain("AAD_APP_CLIENT_ID: the Entra app's client id (a UUID) is missing");
  }, 30_000);

  it("stops when the certificate file cannot be read, naming APP_CERTIFICATE_PATH", async () => {
    const { code, stderr } = await start({ ...productionEnv, APP_CERTIFICATE_PATH: "/finns/inte/app.pem" });
    expect(code).toBe(1);
    expect(stderr).toContain(
      "APP_CERTIFICATE_PATH: the certificate file /finns/inte/app.pem cannot be read (ENOENT)",
    );
  }, 30_000);
});
