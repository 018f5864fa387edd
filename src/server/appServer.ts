import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TabConfig } from "../../config/schema";
import { directoryPath, type Directory } from "../contracts/directory";
import { serveFile, serveStatic } from "./staticFiles";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface AppServerParts {
  readonly tabDir: string;
  readonly tab: TabConfig;
  /** Local mode: the local site and where it is mounted. */
  readonly site?: { readonly path: string; readonly handle: RequestHandler };
  /** The browser tab's icon (the app icon). */
  readonly favicon?: string;
  /** Local mode: the people the picker offers. */
  readonly people?: () => Promise<Directory>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

function underPath(url: string, base: string): boolean {
  const lower = url.toLowerCase();
  return lower === base || lower.startsWith(`${base}/`) || lower.startsWith(`${base}?`);
}

/** The one HTTP server: the tab at `/`, its settings at `/config.json`, and locally the site and the people. */
export function createAppServer(parts: AppServerParts): Server {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? "/";
    const { pathname } = new URL(url, "http://localhost");
    if (parts.site !== undefined && underPath(pathname, parts.site.path)) {
      parts.site.handle(req, res);
      return;
    }
    if (req.method === "GET" && pathname === "/config.json") return sendJson(res, 200, parts.tab);
    if (req.method === "GET" && pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (req.method === "GET" && pathname === directoryPath && parts.people !== undefined) {
      return sendJson(res, 200, await parts.people());
    }
    if (req.method === "GET" && pathname === "/favicon.png" && parts.favicon !== undefined) {
      if (await serveFile(parts.favicon, req, res)) return;
    }
    if (await serveStatic(parts.tabDir, req, res)) return;
    sendJson(res, 404, { error: "Hittades inte" });
  };
  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error("Målkedjan server:", error);
      if (!res.headersSent) sendJson(res, 500, { error: "Serverfel" });
      else res.destroy();
    });
  });
}

/** Listens and resolves with the actual port (0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
