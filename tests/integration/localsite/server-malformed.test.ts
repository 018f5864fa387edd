import "@pnp/sp/fields";
import { unsignedToken } from "../../../src/localsite";
import { admin, startTestSite, type TestSite } from "./support/pnp";
import { rawExchange, rawRequest, spError } from "./support/raw-http";

/**
 * Malformed input of every kind answers 400 (404 where SharePoint would say not found) with SharePoint's
 * error body — never a 500, never a crash — and the site answers normally afterwards.
 */
let site: TestSite;
let port: number;
const api = "/sites/styrning/_api";
const list = `${api}/web/lists/getByTitle('Trasigt')`;
const headers = {
  authorization: `Bearer ${unsignedToken(admin)}`,
  accept: "application/json",
  "content-type": "application/json",
};

beforeAll(async () => {
  site = await startTestSite();
  port = Number(new URL(site.url).port);
  const sp = site.as(admin);
  await sp.web.lists.add("Trasigt");
  const fields = sp.web.lists.getByTitle("Trasigt").fields;
  await fields.addNumber("Antal");
  await fields.addMultiChoice("Taggar", { Choices: ["a", "b"] });
  await sp.web.lists.getByTitle("Trasigt").items.add({ Title: "finns" });
});
afterAll(async () => {
  await site.close();
});

async function stillAnswers(): Promise<void> {
  const answer = await rawRequest(port, { path: `${list}/items?$select=Title`, headers });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ value: [{ Title: "finns" }] });
}

const deep = (n: number): string => "[".repeat(n) + "]".repeat(n);
const conditions = (n: number, op: string): string =>
  Array.from({ length: n }, (_, i) => `Id eq ${i}`).join(` ${op} `);
const q = encodeURIComponent;

type Case = [name: string, method: string, path: string, body: string | Buffer | undefined, status: number];

const cases: Case[] = [
  ["100,000 [ as a body", "POST", `${list}/items`, "[".repeat(100_000), 400],
  ["100,000 nested arrays as a body", "POST", `${list}/items`, deep(100_000), 400],
  ["100,000 nested arrays in a property", "POST", `${list}/items`, `{"Title":${deep(100_000)}}`, 400],
  [
    "101 nested objects",
    "POST",
    `${list}/items`,
    `{"Title":"x","A":${'{"a":'.repeat(101)}1${"}".repeat(101)}}`,
    400,
  ],
  ["an object where text is expected", "POST", `${list}/items`, '{"Title":{"a":1}}', 400],
  ["an array where text is expected", "POST", `${list}/items`, '{"Title":[1,2]}', 400],
  ["a number where text is expected", "POST", `${list}/items`, '{"Title":5}', 400],
  ["a boolean where text is expected", "POST", `${list}/items`, '{"Title":true}', 400],
  ["text where a number is expected", "POST", `${list}/items`, '{"Antal":"många"}', 400],
  ["an object where a number is expected", "POST", `${list}/items`, '{"Antal":{}}', 400],
  ["numbers in a multi-choice", "POST", `${list}/items`, '{"Taggar":[1,2]}', 400],
  ["text where a multi-choice is expected", "POST", `${list}/items`, '{"Taggar":"a"}', 400],
  ["an unknown property", "POST", `${list}/items`, '{"Finnsinte":1}', 400],
  ["a MERGE with an object", "MERGE", `${list}/items(1)`, '{"Title":{"x":1}}', 400],
  ["broken JSON", "POST", `${list}/items`, '{"Title":', 400],
  ["JSON that is not an object", "POST", `${list}/items`, "null", 400],
  [
    "invalid UTF-8 in a body",
    "POST",
    `${list}/items`,
    Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    400,
  ],
  [
    "a lone continuation byte in a body",
    "POST",
    `${api}/web/lists`,
    Buffer.from('{"Title":"\x80"}', "latin1"),
    400,
  ],
  [
    "5,000 nested parentheses in $filter",
    "GET",
    `${list}/items?$filter=${q(`${"(".repeat(5000)}Id eq 1${")".repeat(5000)}`)}`,
    undefined,
    400,
  ],
  [
    "101 nested parentheses in $filter",
    "GET",
    `${list}/items?$filter=${q(`${"(".repeat(101)}Id eq 1${")".repeat(101)}`)}`,
    undefined,
    400,
  ],
  ["an unfinished $filter", "GET", `${list}/items?$filter=${q("Title eq")}`, undefined, 400],
  ["random bytes in $filter", "GET", `${list}/items?$filter=%FF%FE%00%C3%28`, undefined, 400],
  ["bad percent-encoding in $filter", "GET", `${list}/items?$filter=%ZZ%`, undefined, 400],
  ["a huge $top", "GET", `${list}/items?$top=99999999999`, undefined, 400],
  ["a negative $top", "GET", `${list}/items?$top=-1`, undefined, 400],
  ["a broken $skiptoken", "GET", `${list}/items?$skiptoken=${q("Paged=TRUE&p_ID=abc")}`, undefined, 400],
  ["an unknown $expand", "GET", `${list}/items?$expand=Finnsinte`, undefined, 400],
  ["a broken $select", "GET", `${list}/items?$select=${q("Title,,/")}`, undefined, 400],
  ["a path ending in /%", "GET", `${list}/items/%`, undefined, 400],
  ["a path with /% in it", "GET", `${api}/web/lists/getByTitle('%')/items`, undefined, 400],
  ["a truncated escape in a path", "GET", `${api}/web/lists/getByTitle('%E0%A4%A')`, undefined, 400],
  ["invalid UTF-8 in a path", "GET", `${api}/web/lists/getByTitle('%C3%28')`, undefined, 400],
  ["a protocol-relative request target", "GET", `//evil.example${list}/items`, undefined, 400],
  ["items(abc)", "GET", `${list}/items(abc)`, undefined, 404],
  ["a negative id", "GET", `${list}/items(-1)`, undefined, 404],
  ["an id past every number", "GET", `${list}/items(1e400)`, undefined, 404],
  ["an unclosed quote in a path", "GET", `${api}/web/lists/getByTitle('Trasigt`, undefined, 404],
  [
    "a folder URL that is not a URL",
    "GET",
    `${api}/web/getFolderByServerRelativePath(decodedurl='${q("http://[")}')`,
    undefined,
    400,
  ],
  [
    "a validate-update into a folder URL that is not a URL",
    "POST",
    `${list}/AddValidateUpdateItemUsingPath`,
    JSON.stringify({
      listItemCreateInfo: { FolderPath: { DecodedUrl: "https://[::zz]/x" } },
      formValues: [],
    }),
    400,
  ],
  [
    "a folder added at a URL that is not a URL",
    "POST",
    `${list}/rootfolder/folders/addusingpath(decodedurl='${q("http://[")}')`,
    "",
    400,
  ],
  [
    "a role assignment to no number",
    "POST",
    `${list}/roleassignments/addroleassignment(principalid=abc,roledefid=1)`,
    "",
    400,
  ],
  ["a $batch that is not multipart", "POST", `${api}/$batch`, "garbage", 400],
];

describe("malformed input answers 400/404 in SharePoint's error shape", () => {
  it.each(cases)("%s", async (_name, method, path, body, status) => {
    const answer = await rawRequest(port, { method, path, headers, body });
    expect({ status: answer.status, body: answer.body.slice(0, 300) }).toMatchObject({ status });
    const error = spError(answer.body);
    expect(error.code).toMatch(/^-?\d+, [A-Za-z.]+$/);
    await stillAnswers();
  });

  it("answers a $batch part with a 3,000-condition filter 400 inside a 200 batch", async () => {
    const filter = q(conditions(3000, "and"));
    const body = [
      "--b",
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      "",
      `GET http://127.0.0.1:${port}${list}/items?$filter=${filter} HTTP/1.1`,
      "Accept: application/json",
      "",
      "--b--",
      "",
    ].join("\n");
    const answer = await rawRequest(port, {
      method: "POST",
      path: `${api}/$batch`,
      headers: { ...headers, "content-type": "multipart/mixed; boundary=b" },
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/HTTP\/1\.1 400 Bad Request/);
    expect(answer.body).toMatch(/joins more than 500 conditions/);
  });

  it("still runs a 500-condition or-chain (what PnPjs's in() expands to)", async () => {
    const filter = q(conditions(500, "or"));
    const body = [
      "--b",
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      "",
      `GET http://127.0.0.1:${port}${list}/items?$filter=${filter}&$select=Title HTTP/1.1`,
      "Accept: application/json",
      "",
      "--b--",
      "",
    ].join("\n");
    const answer = await rawRequest(port, {
      method: "POST",
      path: `${api}/$batch`,
      headers: { ...headers, "content-type": "multipart/mixed; boundary=b" },
      body,
    });
    expect(answer.body).toMatch(/HTTP\/1\.1 200 OK/);
    expect(answer.body).toMatch(/"Title":"finns"/);
  });

  it("answers what Node's HTTP parser refuses (raw bytes in the URL) with SharePoint's shape too", async () => {
    const request = Buffer.concat([
      Buffer.from(`GET ${api}/web/lists/getByTitle('`),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from("') HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ]);
    const answer = await rawExchange(port, request);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(spError(answer.slice(answer.indexOf("\r\n\r\n") + 4)).code).toMatch(/InvalidClientQueryException/);
    await stillAnswers();
  });
});

describe("a little fuzzing finds no 500", () => {
  /** A small deterministic generator, so a failure names its input and reproduces. */
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state;
    };
  }

  it("over random bytes and odd characters in every query option, odd ids and odd paths", async () => {
    const next = generator(20260);
    const options = ["$filter", "$select", "$expand", "$orderby", "$top", "$skiptoken"];
    const alphabet = "()'/,eqandorlt 0123456789TitleIdAntalTaggar$*-._:%+";
    const paths: string[] = [];
    for (let round = 0; round < 150; round += 1) {
      const option = options[next() % options.length] ?? "$filter";
      const length = 1 + (next() % 30);
      let bytes = "";
      let text = "";
      for (let i = 0; i < length; i += 1) {
        bytes += `%${(next() % 256).toString(16).padStart(2, "0")}`;
        text += alphabet[next() % alphabet.length] ?? "";
      }
      paths.push(`${list}/items?${option}=${bytes}`, `${list}/items?${option}=${q(text)}`);
    }
    for (const id of [
      "0",
      "-0",
      "1.5",
      "1e3",
      "0x10",
      "99999999999999999999",
      "NaN",
      "Infinity",
      "''",
      "null",
    ]) {
      paths.push(
        `${list}/items(${id})`,
        `${list}/items(${id})/FieldValuesAsText`,
        `${api}/web/getuserbyid(${id})`,
      );
    }
    for (const odd of [
      "roleassignments(x)/member",
      "fields(guid'zz')",
      "rootfolder/folders('%25')",
      "items(1)/folder",
    ])
      paths.push(`${list}/${odd}`);
    for (const odd of [
      "roledefinitions/getbytype(abc)",
      "sitegroups(abc)",
      "lists(guid'x')",
      "siteusers/getbyemail(1)",
    ])
      paths.push(`${api}/web/${odd}`);
    const failures: string[] = [];
    for (const path of paths) {
      const answer = await rawRequest(port, { path, headers });
      let shaped = answer.status < 400;
      if (!shaped) {
        try {
          spError(answer.body);
          shaped = true;
        } catch {
          shaped = false;
        }
      }
      if (answer.status >= 500 || !shaped) failures.push(`${answer.status} ${path}`);
    }
    expect(failures).toEqual([]);
    await stillAnswers();
  });
});
