import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
};

/**
 * Serves the built tab from `root`: `/` is index.html (never cached, so a rebuild shows at once);
 * hashed chunks are cached for a year. Answers false when there is no such file.
 */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  const relative = pathname === "/" ? "index.html" : pathname.slice(1);
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return false;
  return serveFile(file, req, res);
}

/** Serves one file (GET or HEAD); false when it does not exist. */
export async function serveFile(file: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile() !== true) return false;
  const hashed = /\.[0-9a-f]{8}\.js$/.test(file);
  res.writeHead(200, {
    "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on("error", reject).on("end", resolve).pipe(res);
  });
  return true;
}
