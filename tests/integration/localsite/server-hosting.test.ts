import { createServer, request, type Server } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/site-users/web";
import { createLocalSite, startLocalSite, unsignedToken, type LocalSite } from "../../../src/localsite";
import { admin, failureOf } from "./support/pnp";

function pnp(url: string, upn = admin): SPFI {
  return spfi(url).using(
    DefaultInit(),
    DefaultHeaders(),
    BearerToken(unsignedToken(upn)),
    BrowserFetchWithRetry(),
    DefaultParse(),
  );
}

/** A raw GET with a chosen Host header (fetch does not let a caller set Host). */
function getWithHost(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        headers: { host, authorization: `Bearer ${unsignedToken(admin)}`, accept: "application/json" },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "malkedjan-hosting-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("mounting the site in a host server", () => {
  let host: Server;
  let site: LocalSite;
  let port: number;

  beforeEach(async () => {
    site = createLocalSite({ dataDir, allowedHosts: ["malkedjan.example"] });
    host = createServer((req, res) => {
      if (site.handle(req, res)) return;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("the host's own page");
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const address = host.address();
    port = typeof address === "object" && address !== null ? address.port : 0;
  });
  afterEach(async () => {
    host.closeAllConnections();
    await new Promise((resolve) => host.close(resolve));
    site.close();
  });

  it("leaves paths outside the site to the host", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/tab/index.html`);
    expect(await response.text()).toBe("the host's own page");
  });

  it("serves PnPjs under the site path", async () => {
    const web = await pnp(`http://127.0.0.1:${port}/sites/styrning`).web.select("ServerRelativeUrl")();
    expect(web.ServerRelativeUrl).toBe("/sites/styrning");
  });

  it("builds absolute URLs from the request's Host header (a host it was told to allow)", async () => {
    const sp = pnp(`http://127.0.0.1:${port}/sites/styrning`);
    await sp.web.lists.add("Värdar");
    for (let index = 0; index < 3; index += 1)
      await sp.web.lists.getByTitle("Värdar").items.add({ Title: `v${index}` });
    const answer = await getWithHost(
      port,
      "/sites/styrning/_api/web/lists/getByTitle('V%C3%A4rdar')/items?$top=2",
      "malkedjan.example:3978",
    );
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { value: { "odata.id": string }[]; "odata.nextLink": string };
    expect(body.value[0]?.["odata.id"]).toMatch(
      /^http:\/\/malkedjan\.example:3978\/sites\/styrning\/_api\/Web\/Lists\(guid'/,
    );
    expect(body["odata.nextLink"]).toMatch(
      /^http:\/\/malkedjan\.example:3978\/sites\/styrning\/_api\/web\/lists\/getByTitle/,
    );
  });
});

describe("running the site alone", () => {
  it("keeps its data across a restart", async () => {
    const first = await startLocalSite({ dataDir, port: 0 });
    const sp = pnp(first.url);
    await sp.web.lists.add("Beständig");
    await sp.web.lists.getByTitle("Beständig").fields.addNumber("Poäng", { Indexed: true });
    await sp.web.ensureUser("ulla.uthallig@malkedjan.local");
    await sp.web.lists.getByTitle("Beständig").items.add({ Title: "kvar", Po_x00e4_ng: 7 });
    await first.close();

    const second = await startLocalSite({ dataDir, port: 0 });
    try {
      const again = pnp(second.url);
      const rows = await again.web.lists
        .getByTitle("Beständig")
        .items.filter("Po_x00e4_ng eq 7")
        .select("Title")();
      expect(rows.map((row) => row.Title)).toEqual(["kvar"]);
      const field = await again.web.lists.getByTitle("Beständig").fields.getByInternalNameOrTitle("Poäng")();
      expect(field.Indexed).toBe(true);
      const me = await pnp(second.url, "ulla.uthallig@malkedjan.local").web.currentUser();
      expect(me.UserPrincipalName).toBe("ulla.uthallig@malkedjan.local");
    } finally {
      await second.close();
    }
  });

  it("honours another site path and a lower list view threshold", async () => {
    const site = await startLocalSite({ dataDir, port: 0, sitePath: "/sites/prov", listViewThreshold: 10 });
    try {
      expect(site.url).toMatch(/\/sites\/prov$/);
      const sp = pnp(site.url);
      await sp.web.lists.add("Liten");
      await sp.web.lists.getByTitle("Liten").fields.addNumber("Nyckel", { Indexed: true });
      await sp.web.lists.getByTitle("Liten").fields.addNumber("Fri");
      for (let index = 0; index < 12; index += 1) {
        await sp.web.lists.getByTitle("Liten").items.add({ Title: `r${index}`, Nyckel: index, Fri: index });
      }
      // PnPjs queryables keep their options: a fresh one per query.
      const items = (): ReturnType<typeof sp.web.lists.getByTitle>["items"] =>
        sp.web.lists.getByTitle("Liten").items;
      const throttled = await failureOf(items().filter("Fri eq 3")());
      expect(throttled).toMatchObject({
        status: 500,
        code: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
      });
      expect((await failureOf(items().orderBy("Fri")())).status).toBe(500);
      expect((await failureOf(items().top(11)())).status).toBe(500);
      expect((await failureOf(items().filter("Nyckel ge 0")())).status).toBe(500);
      const narrow = await items().filter("Nyckel le 2 and Fri ge 1").orderBy("Nyckel", false)();
      expect(narrow.map((row) => row.Title)).toEqual(["r2", "r1"]);
    } finally {
      await site.close();
    }
  });
});

describe("unsigned tokens", () => {
  it("are alg:none JWTs naming the upn", () => {
    const [header, payload, signature] = unsignedToken("anna@malkedjan.local").split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toMatchObject({ alg: "none" });
    expect(JSON.parse(Buffer.from(payload ?? "", "base64url").toString())).toMatchObject({
      upn: "anna@malkedjan.local",
    });
    expect(signature).toBe("");
  });
});
