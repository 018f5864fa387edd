import { unsignedToken } from "../../../src/localsite";
import { admin, startTestSite, type TestSite } from "./support/pnp";
import { rawRequest, spError } from "./support/raw-http";

let site: TestSite;
let port: number;
const LIST = "Satsvis";
const items = `/sites/styrning/_api/web/lists/getByTitle('${LIST}')/items`;

function request(method: string, path: string, body?: string): string {
  const lines = [
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    "",
    `${method} http://127.0.0.1:${port}${path} HTTP/1.1`,
    "Accept: application/json",
  ];
  if (body !== undefined) lines.push("Content-Type: application/json", "", body);
  return `${lines.join("\n")}\n\n`;
}

/** A batch of top-level parts (each already a request or a whole changeset). */
function batch(parts: string[], boundary = "batch_x"): { body: string; type: string } {
  return {
    body: `${parts.map((part) => `--${boundary}\n${part}`).join("")}--${boundary}--\n`,
    type: `multipart/mixed; boundary=${boundary}`,
  };
}

function changeset(requests: string[], boundary = "changeset_y"): string {
  const inner = `${requests.map((part) => `--${boundary}\n${part}`).join("")}--${boundary}--\n`;
  return `Content-Type: multipart/mixed; boundary="${boundary}"\n\n${inner}`;
}

const add = (title: string): string => request("POST", items, JSON.stringify({ Title: title }));

async function post(payload: { body: string; type: string }): Promise<{ status: number; body: string }> {
  return rawRequest(port, {
    method: "POST",
    path: "/sites/styrning/_api/$batch",
    headers: {
      authorization: `Bearer ${unsignedToken(admin)}`,
      accept: "application/json",
      "content-type": payload.type,
    },
    body: payload.body,
  });
}

async function count(): Promise<number> {
  return (await site.as(admin).web.lists.getByTitle(LIST).select("ItemCount")()).ItemCount;
}

beforeAll(async () => {
  site = await startTestSite();
  port = Number(new URL(site.url).port);
  await site.as(admin).web.lists.add(LIST);
});
afterAll(async () => {
  await site.close();
});

describe("$batch abuse is refused whole, before any part runs", () => {
  it("runs a batch of exactly 100 requests (SharePoint Online's most)", async () => {
    const before = await count();
    const answer = await post(batch([changeset(Array.from({ length: 100 }, (_, i) => add(`ok ${i}`)))]));
    expect(answer.status).toBe(200);
    expect(answer.body.match(/HTTP\/1\.1 201 Created/g)).toHaveLength(100);
    expect(await count()).toBe(before + 100);
  });

  it.each([
    [
      "101 requests in one changeset",
      () => [changeset(Array.from({ length: 101 }, (_, i) => add(`n ${i}`)))],
    ],
    ["101 plain parts", () => [add("först"), ...Array.from({ length: 100 }, () => request("GET", items))]],
    ["100,000 parts", () => Array.from({ length: 100_000 }, () => request("GET", items))],
  ])("refuses %s with 400 and writes nothing", async (_, parts) => {
    const before = await count();
    const answer = await post(batch(parts()));
    expect(answer.status).toBe(400);
    expect(spError(answer.body)).toEqual({
      code: "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
      message:
        "The batch request is not valid: it holds more than 100 requests, the most one batch may hold.",
    });
    expect(await count()).toBe(before);
  });

  it.each([
    ["$batch", "/sites/styrning/_api/$batch"],
    ["%24batch", "/sites/styrning/_api/%24batch"],
  ])("refuses a %s inside a $batch part with 400 and writes nothing", async (_, path) => {
    const before = await count();
    const inner = batch([request("GET", items)], "batch_inner");
    const nested = [
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      "",
      `POST http://127.0.0.1:${port}${path} HTTP/1.1`,
      `Content-Type: ${inner.type}`,
      "",
      inner.body,
    ].join("\n");
    const answer = await post(batch([changeset([add("före"), nested, add("efter")])]));
    expect(answer.status).toBe(400);
    expect(spError(answer.body).message).toMatch(/cannot hold another \$batch/);
    expect(await count()).toBe(before);
  });

  it("refuses a changeset inside a changeset, and a part whose URL is not one", async () => {
    const before = await count();
    const deep = await post(batch([changeset([add("a"), changeset([add("b")], "changeset_z")])]));
    expect(deep.status).toBe(400);
    expect(spError(deep.body).message).toMatch(/a changeset holds another changeset/);
    const badUrl = add("c").replace(/POST http:\/\/\S+/, "POST http://[::zz]/x");
    const broken = await post(batch([changeset([add("d"), badUrl])]));
    expect(broken.status).toBe(400);
    expect(spError(broken.body).message).toMatch(/is not a URL/);
    expect(await count()).toBe(before);
  });
});
