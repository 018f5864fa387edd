/**
 * Every route of the production API, enumerated from the routes the production app registers (so a route
 * added later is covered without editing this test), refuses a caller it cannot verify: no token, an
 * unsigned token (the local mode's kind, with every claim right), a token signed by another key. Production
 * has no person picker's directory and no local site either.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import express, { type Router } from "express";
import { loadServerConfig, type ProductionServerConfig } from "../../../config";
import { directoryPath } from "../../../src/contracts/directory";
import { unsignedToken } from "../../../src/localsite";
import { createAppServer } from "../../../src/server/appServer";
import { productionParts } from "../../../src/server/production";
import { closeServer, listenOnLoopback, rawRequest } from "./support/http";
import { goodClaims, productionEnv, signed, startTestEntra, unsigned, type TestEntra } from "./support/entra";

interface Route {
  readonly method: string;
  readonly path: string;
}

interface Layer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
  readonly handle?: { readonly stack?: readonly Layer[] };
}

/** The routes registered on a router and the routers `use`d in it (the API mounts its parts without a path). */
function routesOf(stack: readonly Layer[]): Route[] {
  return stack.flatMap((layer) => {
    if (layer.route !== undefined) {
      const { path: routePath, methods } = layer.route;
      return Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: routePath }));
    }
    return layer.handle?.stack === undefined ? [] : routesOf(layer.handle.stack);
  });
}

let entra: TestEntra;
let dir: string;
let server: Server;
let port: number;
let routes: Route[];
let requests = 0;

beforeAll(async () => {
  entra = await startTestEntra();
  dir = await mkdtemp(path.join(tmpdir(), "malkedjan-routes-"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>Målkedjan</title>");
  const config = loadServerConfig({ ...productionEnv, TAB_DIR: dir }, dir) as ProductionServerConfig;
  // A site no request may reach: an unverified caller never gets as far as SharePoint.
  const parts = productionParts(config, {
    site: {
      siteUrl: "http://127.0.0.1:9/sites/styrning",
      getToken: () => {
        requests += 1;
        return "no-token";
      },
    },
    keys: entra.keys,
  });
  const router: Router = express.Router();
  parts.api?.(router);
  routes = routesOf(router.stack as unknown as readonly Layer[]);
  server = createAppServer(parts);
  port = await listenOnLoopback(server);
});

afterAll(async () => {
  await closeServer(server);
  await entra.close();
  await rm(dir, { recursive: true, force: true });
});

/** A concrete URL for a route pattern (`/goals/:goalId` → `/api/goals/x`), with the query a route may want. */
const urlOf = (route: Route): string => `/api${route.path.replace(/:(\w+)/g, "x")}?ar=2026&employeeId=x`;

describe("the production API refuses a caller it cannot verify, on every route", () => {
  it("finds the API's routes (goals, teams and reach)", () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: "POST", path: "/goals" },
        { method: "PUT", path: "/goals/:goalId" },
        { method: "DELETE", path: "/goals/:goalId" },
        { method: "POST", path: "/goals/:goalId/withdrawal" },
        { method: "POST", path: "/goals/:goalId/agreement" },
        { method: "POST", path: "/goals/:goalId/follow-ups" },
        { method: "GET", path: "/teams/:unitId/overview" },
        { method: "GET", path: "/reach" },
        { method: "GET", path: "/reach.xlsx" },
      ]),
    );
  });

  it("answers 401 to no token, an unsigned token and a token signed by another key", async () => {
    const claims = goodClaims({
      oid: "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f",
      upn: "karin.lindqvist@malkedjan.local",
    });
    const tokens: Record<string, string | undefined> = {
      "no token": undefined,
      "an unsigned token": unsigned(claims),
      "the local mode's token": unsignedToken("karin.lindqvist@malkedjan.local"),
      "another key's token": await signed(claims, entra.forger),
    };
    const answers: string[] = [];
    for (const route of routes) {
      for (const [name, token] of Object.entries(tokens)) {
        const body = route.method === "GET" || route.method === "DELETE" ? undefined : "{}";
        const answer = await rawRequest(port, {
          method: route.method,
          path: urlOf(route),
          headers: {
            ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
            ...(body === undefined ? {} : { "content-type": "application/json", "content-length": "2" }),
            "if-match": '"1"',
          },
          ...(body === undefined ? {} : { body }),
        });
        answers.push(`${route.method} ${route.path} with ${name}: ${answer.status}`);
      }
    }
    expect(answers).toEqual(answers.map((a) => a.replace(/\d+$/, "401")));
    expect(answers).toHaveLength(routes.length * 4);
    // Nobody unverified made the server talk to SharePoint.
    expect(requests).toBe(0);
  });

  it("has no person picker's directory and no local site", async () => {
    const token = `Bearer ${unsignedToken("admin@malkedjan.local")}`;
    expect((await rawRequest(port, { path: directoryPath })).status).toBe(404);
    const site = await rawRequest(port, {
      path: "/sites/styrning/_api/web",
      headers: { authorization: token },
    });
    expect(site.status).toBe(404);
    expect(site.text).not.toContain("odata");
    const config = JSON.parse((await rawRequest(port, { path: "/config.json" })).text) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({ mode: "production" });
    expect(config).not.toHaveProperty("personPicker");
  });
});
