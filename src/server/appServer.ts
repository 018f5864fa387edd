import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import express, { type Express, type RequestHandler, type Router } from "express";
import type { TabConfig } from "../../config/schema";
import { directoryPath, type Directory } from "../contracts/directory";
import { apiRouter, type ApiRoutes } from "./http/api";
import { errorHandler, notFound, type ErrorLog } from "./http/errors";
import { hostCheck, type AllowedHosts } from "./http/hostCheck";
import { securityHeaders, type SecurityPolicy } from "./http/security";
import { oneFile, tabFiles } from "./http/staticFiles";

export type { ApiRoutes } from "./http/api";

export interface AppServerParts {
  readonly tabDir: string;
  readonly tab: TabConfig;
  /**
   * Security headers (CSP per environment) and which `Host` headers are answered: local mode always answers
   * loopback names only, whatever `allowedHosts` says; production any host unless it lists some.
   */
  readonly security: SecurityPolicy & { readonly allowedHosts?: AllowedHosts };
  /**
   * Local mode: the local site. It answers the paths under its own site path (false for any other), reads
   * the request body itself and needs the original `req.url`, so it sits before any body parser or mount.
   */
  readonly site?: { readonly handle: (req: IncomingMessage, res: ServerResponse) => boolean };
  /** The browser tab's icon (the app icon). */
  readonly favicon?: string;
  /** Local mode: the people the picker offers. */
  readonly people?: () => Promise<Directory>;
  /** The write API: routes under `/api`, registered after the server's own. */
  readonly api?: ApiRoutes;
  /**
   * The Teams bot at `POST /api/messages` (src/bot): mounted before the API's router, because it verifies
   * Bot Framework tokens (not the API's Entra tokens) and reads activities with its own body limit.
   */
  readonly bot?: Router;
  /** Where unexpected errors are logged; console.error unless told otherwise. */
  readonly log?: ErrorLog;
}

function json(body: () => unknown): RequestHandler {
  return async (_req, res) => {
    res.set("Cache-Control", "no-store").json(await body());
  };
}

/**
 * The one app: security headers on everything; in local mode loopback hosts only and the local site; then
 * the tab's settings, the API under `/api`, the favicon and the built tab (gzip where the client takes it);
 * a Swedish problem for anything else or any error.
 */
export function createApp(parts: AppServerParts): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders(parts.security));
  app.use(hostCheck(parts.security.environment === "local" ? "loopback" : parts.security.allowedHosts));
  const site = parts.site;
  if (site !== undefined) {
    app.use((req, res, next) => {
      if (!site.handle(req, res)) next();
    });
  }
  app.use(compression());

  const settings = json(() => parts.tab);
  const health = json(() => ({ ok: true }));
  app.get("/config.json", settings);
  app.get("/healthz", health);
  if (parts.people !== undefined) app.get(directoryPath, json(parts.people));
  if (parts.bot !== undefined) app.use(parts.bot);
  app.use("/api", apiRouter(parts.api));

  if (parts.favicon !== undefined) app.get("/favicon.png", oneFile(parts.favicon));
  app.use(tabFiles(parts.tabDir));
  app.use(notFound);
  app.use(errorHandler(parts.log ?? ((message, error) => console.error(message, error))));
  return app;
}

/** The one HTTP server over `createApp`. */
export function createAppServer(parts: AppServerParts): Server {
  return createServer(createApp(parts));
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
