/**
 * The app server (Express) over real HTTP: security headers on every kind of response, the CSP per
 * environment, the built tab's files (gzip, caching, HEAD, no traversal), the `/api` body limits as Swedish
 * problems, the loopback-only Host check in local mode, and the local site mounted before any body parser.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadServerConfig, type ServerConfig } from "../../../config";
import { teamsFrameAncestors } from "../../../config/security";
import { createAppServer, type AppServerParts } from "../../../src/server/appServer";
import { problem } from "../../../src/server/http/problem";
import { jsonBody } from "../../../src/server/http/api";
import { ADMIN_UPN, createLocalSite, unsignedToken, type LocalSite } from "../../../src/localsite";
import { closeServer, cspDirectives, listenOnLoopback, rawRequest, type RawAnswer } from "./support/http";

const chunkName = "tab.0123abcd.js";
const secret = "secret outside the tab folder";
const productionEnv = {
  MALKEDJAN_ENV: "production",
  SHAREPOINT_SITE_URL: "https://huddinge.sharepoint.com/sites/styrning",
  AAD_APP_CLIENT_ID: "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d",
  AAD_APP_TENANT_ID: "11111111-2222-4333-8444-555555555555",
  PUBLIC_ORIGIN: "https://malkedjan.huddinge.se",
  // Only its shape is checked here; the server reads the file when it starts.
  APP_CERTIFICATE_PATH: "/etc/malkedjan/app-certificate.pem",
  HR_GROUP: "Målkedjan HR",
};

let root: string;
let tabDir: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "malkedjan-app-"));
  tabDir = path.join(root, "tab");
  await mkdir(tabDir);
  await writeFile(path.join(root, "secret.txt"), secret);
  await writeFile(path.join(tabDir, ".env"), secret);
  await writeFile(
    path.join(tabDir, "index.html"),
    `<!doctype html><html lang="sv"><head><title>Målkedjan</title><script defer src="/${chunkName}"></script></head><body><div id="root"></div></body></html>`,
  );
  // Big and repetitive enough that gzip is worth it (compression's threshold is 1 kB).
  await writeFile(path.join(tabDir, chunkName), `console.log("Målkedjan");\n`.repeat(2000));
  await writeFile(path.join(tabDir, "build-manifest.json"), JSON.stringify({ entry: [chunkName] }));
  await writeFile(path.join(root, "favicon.png"), Buffer.from("89504e470d0a1a0a", "hex"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Running {
  readonly port: number;
  readonly site?: LocalSite;
  readonly logged: unknown[];
  readonly get: (pathname: string, headers?: Record<string, string>) => Promise<RawAnswer>;
  readonly close: () => Promise<void>;
}

/** The app as main.ts builds it from a validated config, with a local site in local mode. */
async function start(config: ServerConfig, extra: Partial<AppServerParts> = {}): Promise<Running> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "malkedjan-app-site-"));
  const site = config.environment === "local" ? createLocalSite({ dataDir }) : undefined;
  const logged: unknown[] = [];
  const server: Server = createAppServer({
    tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    favicon: path.join(root, "favicon.png"),
    log: (_message, error) => logged.push(error),
    ...(site === undefined ? {} : { site, people: () => Promise.resolve({ people: [] }) }),
    ...extra,
  });
  const port = await listenOnLoopback(server);
  return {
    port,
    ...(site === undefined ? {} : { site }),
    logged,
    get: (pathname, headers = {}) => rawRequest(port, { path: pathname, headers }),
    close: async () => {
      await closeServer(server);
      site?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const localConfig = (): ServerConfig => loadServerConfig({}, root);
const productionConfig = (env: Record<string, string> = {}): ServerConfig =>
  loadServerConfig({ ...productionEnv, ...env }, root);

const adminAuth = { authorization: `Bearer ${unsignedToken(ADMIN_UPN)}`, accept: "application/json" };

function postJson(
  port: number,
  pathname: string,
  body: string,
  type = "application/json",
): Promise<RawAnswer> {
  return rawRequest(port, {
    method: "POST",
    path: pathname,
    headers: { "content-type": type, "content-length": String(Buffer.byteLength(body)) },
    body,
  });
}

function expectSecurityHeaders(answer: RawAnswer): void {
  const csp = cspDirectives(answer.headers["content-security-policy"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(expect.arrayContaining([...teamsFrameAncestors]));
  expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  expect(answer.headers["referrer-policy"]).toBe("no-referrer");
  expect(answer.headers["x-powered-by"]).toBeUndefined();
  // CSP frame-ancestors decides who frames the tab; X-Frame-Options would stop Teams.
  expect(answer.headers["x-frame-options"]).toBeUndefined();
}

function expectProblem(answer: RawAnswer, status: number, code: string): Record<string, unknown> {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  const body = JSON.parse(answer.text) as Record<string, unknown>;
  expect(body).toMatchObject({ type: `urn:malkedjan:problem:${code}`, status, code });
  expect(typeof body.title).toBe("string");
  return body;
}

describe("security headers", () => {
  let app: Running;
  beforeAll(async () => {
    app = await start(localConfig());
  });
  afterAll(() => app.close());

  it("are on every kind of response: the tab, a chunk, settings, a 404, an API error, the local site", async () => {
    const answers = {
      page: await app.get("/"),
      chunk: await app.get(`/${chunkName}`, { "accept-encoding": "gzip" }),
      settings: await app.get("/config.json"),
      health: await app.get("/healthz"),
      favicon: await app.get("/favicon.png"),
      missing: await app.get("/finns-inte"),
      apiError: await postJson(app.port, "/api/mal", "{trasig", "text/plain"),
      site: await app.get("/sites/styrning/_api/web", adminAuth),
      siteAnonymous: await app.get("/sites/styrning/_api/web/currentuser", { accept: "application/json" }),
    };
    expect(answers.page.status).toBe(200);
    expect(answers.chunk.status).toBe(200);
    expect(answers.settings.status).toBe(200);
    expect(answers.health.status).toBe(200);
    expect(answers.favicon.status).toBe(200);
    expect(answers.missing.status).toBe(404);
    expect(answers.apiError.status).toBe(415);
    expect(answers.site.status).toBe(200);
    expect(answers.siteAnonymous.status).toBe(401);
    for (const answer of Object.values(answers)) expectSecurityHeaders(answer);
  });

  it("allow Teams, Microsoft 365 and the app's own origin to frame the tab locally", async () => {
    const csp = cspDirectives((await app.get("/")).headers["content-security-policy"]);
    expect(csp.get("frame-ancestors")).toEqual(["'self'", ...teamsFrameAncestors]);
    expect(csp.get("connect-src")).toEqual(["'self'", "https://res.cdn.office.net/teams-js/"]);
    // Plain http on loopback: no upgrade to https, no HSTS.
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect((await app.get("/")).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("the CSP in production", () => {
  let app: Running;
  beforeAll(async () => {
    app = await start(productionConfig());
  });
  afterAll(() => app.close());

  it("lets only the Microsoft 365 hosts frame the tab and the tab call only itself and SharePoint Online", async () => {
    const answer = await app.get("/");
    const csp = cspDirectives(answer.headers["content-security-policy"]);
    expect(csp.get("frame-ancestors")).toEqual([...teamsFrameAncestors]);
    expect(csp.get("frame-ancestors")).not.toContain("'self'");
    expect(csp.get("connect-src")).toEqual([
      "'self'",
      "https://res.cdn.office.net/teams-js/",
      "https://login.microsoftonline.com",
      "https://huddinge.sharepoint.com",
    ]);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
    expect(answer.headers["strict-transport-security"]).toMatch(/max-age=31536000/);
    expectSecurityHeaders(answer);
  });

  it("has no local site and no person picker", async () => {
    expectProblem(await app.get("/sites/styrning/_api/web", adminAuth), 404, "not-found");
    expectProblem(await app.get("/api/local/people"), 404, "not-found");
  });
});

describe("the built tab's files", () => {
  let app: Running;
  beforeAll(async () => {
    app = await start(localConfig());
  });
  afterAll(() => app.close());

  it("serves / as index.html, revalidated on every load (ETag, 304)", async () => {
    const page = await app.get("/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.text).toContain("<title>Målkedjan</title>");
    const etag = String(page.headers.etag);
    expect((await app.get("/", { "if-none-match": etag })).status).toBe(304);
  });

  it("compresses for clients that take gzip (or brotli), and caches hashed chunks for a year", async () => {
    const zipped = await app.get(`/${chunkName}`, { "accept-encoding": "gzip" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zipped.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    const plain = await app.get(`/${chunkName}`, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(zipped.raw.length).toBeLessThan(plain.raw.length / 10);
    expect(zipped.text).toBe(plain.text);
    // Browsers also offer brotli, which compression() prefers (at a fast quality).
    const brotli = await app.get(`/${chunkName}`, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.text).toBe(plain.text);
    // Unhashed files are revalidated.
    expect((await app.get("/build-manifest.json")).headers["cache-control"]).toBe("no-cache");
    expect((await app.get("/favicon.png")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers HEAD with the headers and no body", async () => {
    const head = await rawRequest(app.port, { method: "HEAD", path: `/${chunkName}` });
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers["cache-control"]).toContain("immutable");
    expect(Number(head.headers["content-length"])).toBe((await app.get(`/${chunkName}`)).raw.length);
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/tab/..%2f..%2fsecret.txt",
    "/.env",
    "/%2eenv",
  ])("refuses %s (no path traversal, no dotfiles)", async (pathname) => {
    const answer = await app.get(pathname);
    expect([403, 404]).toContain(answer.status);
    expect(answer.text).not.toContain(secret);
  });

  it("answers unknown paths with a Swedish 404 problem, not the tab", async () => {
    const body = expectProblem(await app.get("/mina-mal/123"), 404, "not-found");
    expect(body.title).toBe("Hittades inte");
    expectProblem(await app.get("/api/finns-inte"), 404, "not-found");
  });
});

describe("the /api router", () => {
  let app: Running;
  const received: unknown[] = [];
  beforeAll(async () => {
    app = await start(localConfig(), {
      api: (router) => {
        router.post("/eko", jsonBody, (req, res) => {
          received.push(req.body);
          res.status(201).json({ fick: req.body as unknown });
        });
        router.get("/konflikt", (_req, res) => problem(res, 409, "conflict", "Målet har ändrats"));
        router.get("/kraschar", () => {
          throw new Error("hemlig detalj i stacken");
        });
        router.get("/kraschar-sent", async () => {
          await Promise.resolve();
          throw new Error("hemlig detalj, asynkront");
        });
      },
    });
  });
  afterAll(() => app.close());

  it("gives registered routes the parsed JSON body", async () => {
    const answer = await postJson(app.port, "/api/eko", JSON.stringify({ mål: "Fler i arbete" }));
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.text)).toEqual({ fick: { mål: "Fler i arbete" } });
    expect(received).toEqual([{ mål: "Fler i arbete" }]);
  });

  it("answers malformed JSON with a Swedish 400 problem", async () => {
    const body = expectProblem(await postJson(app.port, "/api/eko", '{"mål": '), 400, "invalid-json");
    expect(body.title).toBe("Ogiltig JSON");
    // strict: only objects and arrays at the top.
    expectProblem(await postJson(app.port, "/api/eko", '"bara en sträng"'), 400, "invalid-json");
  });

  it("answers a body over 100 kB with a Swedish 413 problem", async () => {
    const big = JSON.stringify({ text: "x".repeat(101 * 1024) });
    const body = expectProblem(await postJson(app.port, "/api/eko", big), 413, "payload-too-large");
    expect(body.title).toBe("För stor begäran");
    const justUnder = JSON.stringify({ text: "x".repeat(99 * 1024) });
    expect((await postJson(app.port, "/api/eko", justUnder)).status).toBe(201);
  });

  it("answers a body that is not JSON with a Swedish 415 problem", async () => {
    const body = expectProblem(
      await postJson(app.port, "/api/eko", "mål=1", "application/x-www-form-urlencoded"),
      415,
      "unsupported-media-type",
    );
    expect(body.title).toBe("Fel innehållstyp");
    expectProblem(await postJson(app.port, "/api/eko", "{}", "text/plain"), 415, "unsupported-media-type");
  });

  it("lets routes answer their own problems through problem()", async () => {
    const body = expectProblem(await app.get("/api/konflikt"), 409, "conflict");
    expect(body).toEqual({
      type: "urn:malkedjan:problem:conflict",
      title: "Målet har ändrats",
      status: 409,
      code: "conflict",
    });
    expect((await app.get("/api/konflikt")).headers["cache-control"]).toBe("no-store");
  });

  it("logs a failing route and answers a Swedish 500 problem that leaks nothing", async () => {
    for (const pathname of ["/api/kraschar", "/api/kraschar-sent"]) {
      const answer = await app.get(pathname);
      const body = expectProblem(answer, 500, "internal-error");
      expect(body.title).toBe("Serverfel");
      expect(answer.text).not.toMatch(/hemlig|Error|at /);
      expectSecurityHeaders(answer);
    }
    expect(app.logged).toHaveLength(2);
  });

  it("serves the picker's people under /api in local mode", async () => {
    const answer = await app.get("/api/local/people");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ people: [] });
    expect(answer.headers["cache-control"]).toBe("no-store");
  });
});

describe("the Host check", () => {
  it("refuses, in local mode, every request not addressed to a loopback name (DNS rebinding)", async () => {
    const app = await start(localConfig());
    try {
      for (const pathname of ["/", "/config.json", "/api/local/people", "/sites/styrning/_api/web"]) {
        const answer = await app.get(pathname, { ...adminAuth, host: "evil.example" });
        const body = expectProblem(answer, 421, "host-not-allowed");
        expect(body.detail).toMatch(/localhost/);
        expectSecurityHeaders(answer);
      }
      for (const host of [`evil.example:${app.port}`, "127.0.0.2", "localhost.evil.example", "0.0.0.0"])
        expect((await app.get("/", { host })).status).toBe(421);
      for (const host of [
        "localhost",
        `localhost:${app.port}`,
        "LOCALHOST",
        `127.0.0.1:${app.port}`,
        "[::1]:80",
      ])
        expect((await app.get("/", { host })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("lets production answer any host, or only the hosts its config lists", async () => {
    const open = await start(productionConfig());
    try {
      expect((await open.get("/", { host: "malkedjan.huddinge.se" })).status).toBe(200);
    } finally {
      await open.close();
    }
    const listed = await start(
      productionConfig({ ALLOWED_HOSTS: "malkedjan.huddinge.se, mal.huddinge.se:8443" }),
    );
    try {
      expect((await listed.get("/", { host: "malkedjan.huddinge.se" })).status).toBe(200);
      expect((await listed.get("/", { host: "malkedjan.huddinge.se:443" })).status).toBe(200);
      expect((await listed.get("/", { host: "mal.huddinge.se:8443" })).status).toBe(200);
      expect((await listed.get("/", { host: "mal.huddinge.se" })).status).toBe(421);
      expectProblem(await listed.get("/", { host: "evil.example" }), 421, "host-not-allowed");
    } finally {
      await listed.close();
    }
  });
});

describe("the local site inside the app", () => {
  let app: Running;
  beforeAll(async () => {
    app = await start(localConfig());
  });
  afterAll(() => app.close());

  it("reads its own request bodies: it sits before any body parser", async () => {
    const body = JSON.stringify({ Title: "Värdlista", BaseTemplate: 100 });
    const created = await rawRequest(app.port, {
      method: "POST",
      path: "/sites/styrning/_api/web/lists",
      headers: {
        ...adminAuth,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
      },
      body,
    });
    expect(created.status).toBe(201);
    const read = await app.get(
      "/sites/styrning/_api/web/lists/getByTitle('V%C3%A4rdlista')?$select=Title",
      adminAuth,
    );
    expect(JSON.parse(read.text)).toMatchObject({ Title: "Värdlista" });
  });

  it("sees the original URL (site path and query), whatever its case", async () => {
    const answer = await app.get("/Sites/Styrning/_api/web?$select=ServerRelativeUrl", adminAuth);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual(
      expect.objectContaining({ ServerRelativeUrl: "/sites/styrning" }),
    );
  });

  it("leaves paths outside the site to the app", async () => {
    expect((await app.get("/sites/annan")).status).toBe(404);
    expect((await app.get("/sites/styrningen")).status).toBe(404);
  });
});
