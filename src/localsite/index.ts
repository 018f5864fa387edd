import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { Site } from "./api/site";
import { errorResponse } from "./http/error-body";
import { badRequest, SpError } from "./http/errors";
import { createHostPolicy, isLoopbackAddress } from "./http/host-check";
import { DEFAULT_BODY_LIMITS, isUnderSite, serve, type ServeOptions } from "./http/node-adapter";
import { createThrottle } from "./http/throttle";
import { grantsByApp, type AppGrant } from "./security/app-grants";
import { lockDataDirectory } from "./storage/data-lock";
import { SiteDatabase } from "./storage/database";

export { appOnlyToken, LOCAL_APP_ID, LOCAL_TENANT_ID, unsignedToken } from "./identity/token";
export type { AppGrant, AppRole } from "./security/app-grants";
export { ADMIN_UPN } from "./storage/seed";
export { DataDirectoryInUseError } from "./storage/data-lock";

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
  /** Largest JSON request body read, in bytes (10 MB by default); a bigger one is answered 413. */
  jsonBodyLimit?: number;
  /** Largest `$batch` request body read, in bytes (100 MB by default). */
  batchBodyLimit?: number;
  /**
   * Host names (with or without a port; `"*"` for any) the site answers besides localhost, 127.0.0.1 and
   * [::1]. Every other Host header is refused (403): the site trusts unsigned tokens, so a page whose name
   * resolves to this machine (DNS rebinding) must not reach it.
   */
  allowedHosts?: string[];
  /**
   * Entra apps let in with app-only tokens (`appOnlyToken(appId)`: appid, idtyp "app", tid LOCAL_TENANT_ID),
   * each with a Sites.Selected role that holds across the whole site regardless of unique permissions.
   * Default: LOCAL_APP_ID with fullcontrol. Given, exactly these apps (so `[]` lets no app in).
   */
  appGrants?: AppGrant[];
}

export interface LocalSite {
  /** Handles the request if its path is under sitePath; returns false otherwise (so a host server can serve other paths). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Closes the store and releases the data directory (idempotent). */
  close(): void;
}

/**
 * The embedded SharePoint site: SharePoint REST over SQLite, for unmodified PnPjs. Takes its data directory
 * for this process: throws DataDirectoryInUseError (naming the directory and the holder's PID) when another
 * process, or another site in this one, holds it.
 */
export function createLocalSite(options: LocalSiteOptions): LocalSite {
  const sitePath = (options.sitePath ?? "/sites/styrning").replace(/\/+$/, "");
  const release = lockDataDirectory(options.dataDir);
  let store: SiteDatabase;
  let site: Site;
  try {
    store = new SiteDatabase(options.dataDir);
    site = new Site(store, {
      sitePath,
      listViewThreshold: options.listViewThreshold ?? 5000,
      uniqueScopeLimit: options.uniqueScopeLimit ?? 50000,
      appGrants: grantsByApp(options.appGrants),
    });
  } catch (error) {
    release();
    throw error;
  }
  let closed = false;
  const serveOptions: ServeOptions = {
    throttle: createThrottle(options.throttle),
    checkHost: createHostPolicy(options.allowedHosts),
    limits: {
      json: options.jsonBodyLimit ?? DEFAULT_BODY_LIMITS.json,
      batch: options.batchBodyLimit ?? DEFAULT_BODY_LIMITS.batch,
    },
  };
  return {
    handle(req, res) {
      let pathname: string;
      try {
        pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      } catch {
        return false;
      }
      if (!isUnderSite(pathname, sitePath)) return false;
      try {
        serve(site, serveOptions, req, res);
      } catch (error) {
        // serve answers every failure itself; this is the last guard that keeps a host server alive.
        if (!res.headersSent) {
          const answer = errorResponse("minimal", error instanceof Error ? error : badRequest(String(error)));
          res.writeHead(answer.status, { ...answer.headers, connection: "close" });
          res.end(answer.body);
        } else res.destroy();
      }
      return true;
    },
    close() {
      if (closed) return;
      closed = true;
      store.close();
      release();
    },
  };
}

/**
 * A request Node's HTTP parser refused (raw bytes in the URL, a broken header, headers over 16 KB): answered
 * 400 (431) in SharePoint's error shape rather than Node's empty one, then the connection is closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable || (socket as Socket).bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const answer = errorResponse(
    "minimal",
    new SpError(
      status,
      "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
      status === 431
        ? "The request headers are too large."
        : "The request could not be read (malformed HTTP).",
    ),
  );
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      `Content-Type: ${answer.headers["content-type"] ?? "application/json"}\r\n` +
      `Content-Length: ${Buffer.byteLength(answer.body)}\r\nConnection: close\r\n\r\n${answer.body}`,
  );
}

/** Options of a site running alone: where it listens, and whether it may listen beyond this machine. */
export interface StandaloneOptions {
  port: number;
  /** Listen address; 127.0.0.1 by default. Anything but a loopback address needs `allowNetwork`. */
  host?: string;
  /**
   * Lets the site listen on a non-loopback address (0.0.0.0, a LAN address). It then warns on stderr:
   * tokens are unsigned, so anyone who reaches it can act as anyone.
   */
  allowNetwork?: boolean;
}

const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

/** Runs the site alone on a port; resolves once it accepts requests. */
export function startLocalSite(
  options: LocalSiteOptions & StandaloneOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const listenHost = options.host ?? "127.0.0.1";
  let siteOptions: LocalSiteOptions = options;
  if (!isLoopbackAddress(listenHost)) {
    if (options.allowNetwork !== true) {
      return Promise.reject(
        new Error(
          `Refusing to listen on ${listenHost}: the local site accepts unsigned tokens, so anyone who can reach ` +
            "it could act as anyone. It listens on 127.0.0.1 only, unless started with --allow-network " +
            "(allowNetwork: true).",
        ),
      );
    }
    process.stderr.write(
      `WARNING: the local site listens on ${listenHost}, beyond this machine. It accepts UNSIGNED tokens: ` +
        "anyone on the network who can reach it can act as any person, the site admin included. Use it only " +
        "on a network you trust, and never with real data.\n",
    );
    // The address it listens on is a name clients may rightly use.
    if (!WILDCARD_ADDRESSES.has(listenHost))
      siteOptions = { ...options, allowedHosts: [...(options.allowedHosts ?? []), listenHost] };
  }
  const site = createLocalSite(siteOptions);
  const sitePath = (options.sitePath ?? "/sites/styrning").replace(/\/+$/, "");
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (!site.handle(req, res)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not found: the local site lives under " + sitePath);
    }
  });
  server.keepAliveTimeout = 65000;
  server.on("clientError", answerClientError);
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      site.close();
      reject(error);
    });
    server.listen(options.port, listenHost, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : options.port;
      const host =
        WILDCARD_ADDRESSES.has(listenHost) || listenHost === "127.0.0.1"
          ? "localhost"
          : listenHost.includes(":") && !listenHost.startsWith("[")
            ? `[${listenHost}]`
            : listenHost;
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
