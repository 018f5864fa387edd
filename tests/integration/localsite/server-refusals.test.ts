import { createServer, type Server } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalSite, startLocalSite, unsignedToken } from "../../../src/localsite";
import { admin, startTestSite, type TestSite } from "./support/pnp";
import { rawExchange, rawRequest, spError, streamingRequest } from "./support/raw-http";

const MB = 1024 * 1024;
const token = `Bearer ${unsignedToken(admin)}`;

function portOf(url: string): number {
  return Number(new URL(url).port);
}

/** The site still answers an ordinary authenticated read. */
async function stillAnswers(port: number, host = `127.0.0.1:${port}`): Promise<void> {
  const answer = await rawRequest(port, {
    path: "/sites/styrning/_api/web?$select=Title",
    headers: { host, authorization: token, accept: "application/json" },
  });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ Title: "Styrning" });
}

describe("a caller is checked before a byte of the body is read", () => {
  let site: TestSite;
  let port: number;
  beforeAll(async () => {
    site = await startTestSite();
    port = portOf(site.url);
  });
  afterAll(async () => {
    await site.close();
  });

  it("answers an unauthenticated 600 MB upload 401 at once, without reading it, and keeps answering", async () => {
    const rssBefore = process.memoryUsage().rss;
    const answer = await streamingRequest(port, {
      path: "/sites/styrning/_api/web/lists",
      headers: { accept: "application/json", "content-type": "application/json" },
      total: 600 * MB,
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe("close");
    expect(spError(answer.body).code).toBe("-2147024891, System.UnauthorizedAccessException");
    // The answer came long before the body could have been sent.
    expect(answer.sent).toBeLessThan(200 * MB);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * MB);
    await stillAnswers(port);
  });

  it("does the same for a chunked upload (no Content-Length) and an unknown person", async () => {
    const answer = await streamingRequest(port, {
      path: "/sites/styrning/_api/web/lists",
      headers: { authorization: `Bearer ${unsignedToken("okand@malkedjan.local")}` },
      total: 600 * MB,
      contentLength: false,
    });
    expect(answer.status).toBe(401);
    expect(answer.sent).toBeLessThan(200 * MB);
    await stillAnswers(port);
  });

  it("refuses a broken token the same way", async () => {
    for (const authorization of ["Bearer", "Bearer a.b.c", "Basic YWRtaW46eA==", `Bearer x.${"e30"}.`]) {
      const answer = await rawRequest(port, {
        method: "POST",
        path: "/sites/styrning/_api/web/lists",
        headers: { authorization, "content-type": "application/json" },
        body: "{}",
      });
      expect(answer.status).toBe(401);
      expect(spError(answer.body).message).toMatch(/^Access denied/);
    }
  });
});

describe("body limits (413 in SharePoint's error shape)", () => {
  let site: TestSite;
  let port: number;
  beforeAll(async () => {
    site = await startTestSite({ jsonBodyLimit: 2048, batchBodyLimit: 8192 });
    port = portOf(site.url);
    await site.as(admin).web.lists.add("Gränser");
  });
  afterAll(async () => {
    await site.close();
  });

  const items = "/sites/styrning/_api/web/lists/getByTitle('Gr%C3%A4nser')/items";
  const headers = { authorization: token, accept: "application/json", "content-type": "application/json" };

  it("reads a JSON body up to its limit", async () => {
    const body = JSON.stringify({ Title: "x".repeat(200), __pad: undefined });
    const answer = await rawRequest(port, { method: "POST", path: items, headers, body });
    expect(answer.status).toBe(201);
  });

  it("refuses a declared Content-Length over the JSON limit before reading it", async () => {
    const answer = await streamingRequest(port, { path: items, headers, total: 600 * MB });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(200 * MB);
    expect(spError(answer.body)).toEqual({
      code: "-1, Microsoft.SharePoint.Client.ClientServiceException",
      message:
        "The maximum number of bytes allowed to be read from the stream has been exceeded. A maximum of 2048 bytes is allowed.",
    });
    await stillAnswers(port);
  });

  it("stops reading a chunked body once it passes the limit", async () => {
    const answer = await streamingRequest(port, {
      path: items,
      headers,
      total: 600 * MB,
      contentLength: false,
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(200 * MB);
    await stillAnswers(port);
  });

  it("answers 413 in verbose too", async () => {
    const answer = await rawRequest(port, {
      method: "POST",
      path: items,
      headers: { ...headers, accept: "application/json;odata=verbose" },
      body: JSON.stringify({ Title: "y".repeat(3000) }),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toHaveProperty("error.code");
  });

  it("gives $batch its own, larger limit", async () => {
    const part = (title: string): string =>
      [
        "--batch_1",
        "Content-Type: application/http",
        "Content-Transfer-Encoding: binary",
        "",
        `POST http://127.0.0.1:${port}${items} HTTP/1.1`,
        "Accept: application/json",
        "Content-Type: application/json",
        "",
        JSON.stringify({ Title: title }),
        "",
      ].join("\n");
    const batch = (count: number): string =>
      `${Array.from({ length: count }, (_, index) => part(`batch ${index} ${"z".repeat(150)}`)).join("")}--batch_1--\n`;
    const batchHeaders = { ...headers, "content-type": "multipart/mixed; boundary=batch_1" };
    const small = batch(10);
    expect(Buffer.byteLength(small)).toBeGreaterThan(2048);
    expect(Buffer.byteLength(small)).toBeLessThan(8192);
    const fits = await rawRequest(port, {
      method: "POST",
      path: "/sites/styrning/_api/$batch",
      headers: batchHeaders,
      body: small,
    });
    expect(fits.status).toBe(200);
    expect(fits.body.match(/HTTP\/1\.1 201 Created/g)).toHaveLength(10);
    const tooBig = await rawRequest(port, {
      method: "POST",
      path: "/sites/styrning/_api/$batch",
      headers: batchHeaders,
      body: batch(30),
    });
    expect(tooBig.status).toBe(413);
    expect(spError(tooBig.body).message).toMatch(/A maximum of 8192 bytes is allowed/);
  });
});

describe("the Host check (no DNS rebinding onto a site that trusts unsigned tokens)", () => {
  let site: TestSite;
  let port: number;
  beforeAll(async () => {
    site = await startTestSite();
    port = portOf(site.url);
  });
  afterAll(async () => {
    await site.close();
  });

  it.each(["localhost", "LOCALHOST:3979", "127.0.0.1", "127.0.0.1:80", "[::1]", "[::1]:41234"])(
    "answers Host %s",
    async (host) => {
      await stillAnswers(port, host);
    },
  );

  it.each([
    "evil.example",
    "evil.example:3979",
    "localhost.evil.example",
    "127.0.0.1.nip.io",
    "localhost.",
    "[::2]",
    "10.0.0.5:3979",
    "localhost:99999",
    "local host",
  ])("refuses Host %s with 403, even with a valid token", async (host) => {
    const answer = await rawRequest(port, {
      path: "/sites/styrning/_api/web",
      headers: { host, authorization: token, accept: "application/json" },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.connection).toBe("close");
    expect(spError(answer.body).code).toBe("-2147024891, System.UnauthorizedAccessException");
  });

  it("refuses a request without Host, and one naming an absolute URL", async () => {
    const noHost = await rawExchange(
      port,
      `GET /sites/styrning/_api/web HTTP/1.0\r\nAuthorization: ${token}\r\n\r\n`,
    );
    expect(noHost).toMatch(/^HTTP\/1\.1 403 /);
    const absolute = await rawExchange(
      port,
      `GET http://evil.example/sites/styrning/_api/web HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${token}\r\nConnection: close\r\n\r\n`,
    );
    expect(absolute).toMatch(/^HTTP\/1\.1 (400|404) /);
    await stillAnswers(port);
  });

  it("does not read the body of a refused host", async () => {
    const answer = await streamingRequest(port, {
      path: "/sites/styrning/_api/web/lists",
      headers: { host: "evil.example", authorization: token },
      total: 600 * MB,
    });
    expect(answer.status).toBe(403);
    expect(answer.sent).toBeLessThan(200 * MB);
  });
});

describe("the Host check when mounted in a host server, and allowedHosts", () => {
  let dataDir: string;
  let host: Server;
  let port: number;
  let close: () => void;

  async function mount(allowedHosts?: string[]): Promise<void> {
    const site = createLocalSite({ dataDir, allowedHosts });
    host = createServer((req, res) => {
      if (site.handle(req, res)) return;
      res.writeHead(200).end("the host's own page");
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const address = host.address();
    port = typeof address === "object" && address !== null ? address.port : 0;
    close = () => site.close();
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "malkedjan-hostcheck-"));
  });
  afterEach(async () => {
    host.closeAllConnections();
    await new Promise((resolve) => host.close(resolve));
    close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses another host inside handle(), so the app's own server is covered", async () => {
    await mount();
    const refused = await rawRequest(port, {
      path: "/sites/styrning/_api/web",
      headers: { host: "rebound.example", authorization: token },
    });
    expect(refused.status).toBe(403);
    // Paths outside the site stay the host's, whatever the Host.
    const own = await rawRequest(port, { path: "/tab/", headers: { host: "rebound.example" } });
    expect(own.body).toBe("the host's own page");
    await stillAnswers(port);
  });

  it("answers the hosts it was told to allow, with or without a port", async () => {
    await mount(["malkedjan.example:3978", "Intranet.Example"]);
    await stillAnswers(port, "malkedjan.example");
    await stillAnswers(port, "intranet.example:8080");
    const other = await rawRequest(port, {
      path: "/sites/styrning/_api/web",
      headers: { host: "other.example", authorization: token },
    });
    expect(other.status).toBe(403);
  });

  it("answers any host with '*'", async () => {
    await mount(["*"]);
    await stillAnswers(port, "whatever.example");
  });
});

describe("listening beyond this machine", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "malkedjan-network-"));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses a non-loopback address without allowNetwork, naming the flag", async () => {
    await expect(startLocalSite({ dataDir, port: 0, host: "0.0.0.0" })).rejects.toThrow(
      /Refusing to listen on 0\.0\.0\.0.*unsigned tokens.*--allow-network/s,
    );
    // Nothing was left holding the data directory.
    const again = await startLocalSite({ dataDir, port: 0 });
    await again.close();
  });

  it("listens with allowNetwork, warns on stderr, and still checks the Host", async () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((text) => {
      writes.push(String(text));
      return true;
    });
    let site: Awaited<ReturnType<typeof startLocalSite>> | undefined;
    try {
      site = await startLocalSite({ dataDir, port: 0, host: "0.0.0.0", allowNetwork: true });
    } finally {
      spy.mockRestore();
    }
    try {
      expect(writes.join("")).toMatch(/WARNING.*UNSIGNED tokens.*anyone on the network/s);
      const port = portOf(site.url);
      await stillAnswers(port);
      const refused = await rawRequest(port, {
        path: "/sites/styrning/_api/web",
        headers: { host: "rebound.example", authorization: token },
      });
      expect(refused.status).toBe(403);
    } finally {
      await site.close();
    }
  });
});
