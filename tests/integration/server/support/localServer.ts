/**
 * The real app server in local mode for one test file: the Huddinge demo seeded into a fresh local site in a
 * temp dir (with a stand-in tab), started in `beforeAll` and stopped in `afterAll`; and a JSON call to its
 * API as a demo person (their unsigned local token) or as nobody.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadServerConfig, type LocalServerConfig } from "../../../../config";
import { unsignedToken } from "../../../../src/localsite";
import { startLocalServer, type RunningLocalServer } from "../../../../src/server/local/startLocal";

export interface LocalServerSession {
  readonly server: RunningLocalServer;
  /** The site's path on the server (`/sites/styrning`). */
  readonly sitePath: string;
}

export function useLocalServer(name: string): LocalServerSession {
  let dir: string | undefined;
  let server: RunningLocalServer | undefined;
  let sitePath = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), `malkedjan-${name}-`));
    await writeFile(path.join(dir, "index.html"), "<!doctype html><title>Målkedjan</title>");
    const config = loadServerConfig(
      { MALKEDJAN_ENV: "local", PORT: "0", LOCALSITE_DATA: path.join(dir, "site"), TAB_DIR: dir },
      dir,
    ) as LocalServerConfig;
    sitePath = config.localSite.path;
    server = await startLocalServer(config);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
  return {
    get server(): RunningLocalServer {
      if (server === undefined) throw new Error("The server is not started yet: use it inside a test.");
      return server;
    },
    get sitePath(): string {
      return sitePath;
    },
  };
}

export type Json = Record<string, unknown>;

export interface ApiAnswer {
  readonly status: number;
  readonly body: Json;
  readonly type: string;
}

/** One request to the server as `as` (a demo person's UPN) or, when undefined, with no token at all. */
export async function apiCall(
  origin: string,
  method: string,
  url: string,
  as: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const response = await fetch(new URL(url, origin), {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? {} : (JSON.parse(text) as Json),
    type: response.headers.get("content-type") ?? "",
  };
}
