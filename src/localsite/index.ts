import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Site } from "./api/site";
import { isUnderSite, serve } from "./http/node-adapter";
import { createThrottle } from "./http/throttle";
import { SiteDatabase } from "./storage/database";

export { unsignedToken } from "./identity/token";
export { ADMIN_UPN } from "./storage/seed";

export interface LocalSiteOptions {
  dataDir: string;
  /** Default "/sites/styrning". */
  sitePath?: string;
  /** Default 5000. */
  listViewThreshold?: number;
  /** "0.2" = probability, "every:3" = every 3rd request; default off. */
  throttle?: string;
  /** Unique permission scopes allowed per list; SharePoint's 50,000 by default (additive, for tests). */
  uniqueScopeLimit?: number;
}

export interface LocalSite {
  /** Handles the request if its path is under sitePath; returns false otherwise (so a host server can serve other paths). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  close(): void;
}

/** The embedded SharePoint site: SharePoint REST over SQLite, for unmodified PnPjs. */
export function createLocalSite(options: LocalSiteOptions): LocalSite {
  const sitePath = (options.sitePath ?? "/sites/styrning").replace(/\/+$/, "");
  const store = new SiteDatabase(options.dataDir);
  const site = new Site(store, {
    sitePath,
    listViewThreshold: options.listViewThreshold ?? 5000,
    uniqueScopeLimit: options.uniqueScopeLimit ?? 50000,
  });
  const throttle = createThrottle(options.throttle);
  return {
    handle(req, res) {
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      if (!isUnderSite(pathname, sitePath)) return false;
      serve(site, throttle, req, res);
      return true;
    },
    close() {
      store.close();
    },
  };
}

/** Runs the site alone on a port; resolves once it accepts requests. */
export function startLocalSite(
  options: LocalSiteOptions & { port: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const site = createLocalSite(options);
  const sitePath = (options.sitePath ?? "/sites/styrning").replace(/\/+$/, "");
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (!site.handle(req, res)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not found: the local site lives under " + sitePath);
    }
  });
  server.keepAliveTimeout = 65000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : options.port;
      const host =
        options.host === undefined || options.host === "0.0.0.0" || options.host === "127.0.0.1"
          ? "localhost"
          : options.host;
      resolve({
        url: `http://${host}:${port}${sitePath}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              site.close();
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}
