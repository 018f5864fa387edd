import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import { DefaultParse, type Queryable } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/batching";
import { parseBatchRequest, type BatchRequestPart } from "../../../src/localsite/odata/batch-request";
import { serializeBatchResponse, type BatchResponsePart } from "../../../src/localsite/odata/batch-response";
import { ODataQueryError } from "../../../src/localsite/odata/errors";

const site = "https://contoso.sharepoint.com/sites/styrning";

/**
 * PnPjs with only its transport replaced: each POST to $batch is decoded with our parser, answered by
 * `answer`, and encoded with our serializer, so PnPjs's own batch parser judges the response.
 */
function pnpOverCodec(answer: (parts: BatchRequestPart[]) => BatchResponsePart[]): {
  sp: SPFI;
  seen: { contentType: string; body: string; parts: BatchRequestPart[] }[];
} {
  const seen: { contentType: string; body: string; parts: BatchRequestPart[] }[] = [];
  const sp = spfi(site).using(DefaultInit(), DefaultHeaders(), DefaultParse(), (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      const contentType = new Headers(init.headers).get("Content-Type") ?? "";
      const body = String(init.body);
      const parts = parseBatchRequest(body, contentType);
      seen.push({ contentType, body, parts });
      expect(url.toString()).toBe(`${site}/_api/$batch`);
      const response = serializeBatchResponse(answer(parts));
      return new Response(response.body, { status: 200, headers: { "Content-Type": response.contentType } });
    });
    return instance;
  });
  return { sp, seen };
}

const json = (value: unknown, status = 200, headers: Record<string, string> = {}): BatchResponsePart => ({
  status,
  statusText: "",
  headers: {
    "Content-Type": "application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
    ...headers,
  },
  body: JSON.stringify(value),
});

describe("the $batch codec against PnPjs's own batching", () => {
  it("reads PnPjs's mixed batch in order and PnPjs accepts the answer", async () => {
    const { sp, seen } = pnpOverCodec((parts) =>
      parts.map((part, index) => {
        if (part.method === "GET") return json({ Id: index, Title: `read ${index}` });
        if (part.method === "POST")
          return json({ Id: 100 + index, ...(JSON.parse(part.body) as object) }, 201);
        if (part.method === "MERGE")
          return { status: 204, statusText: "", headers: { ETag: '"2"' }, body: "" };
        return { status: 200, statusText: "", headers: {}, body: "" };
      }),
    );
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle("Mål's lista");
    const results = [
      list.items.getById(1).select("Id", "Title")(),
      list.items.add({ Title: "O'Brien", CustomerId: 3 }),
      list.items.getById(2).update({ Title: "ny" }, '"1"'),
      list.items.getById(3).delete(),
      list.items.filter("Title eq 'a b'").top(5)(),
    ];
    await execute();
    const [read, added, updated, deleted, query] = await Promise.all(results);

    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.contentType).toMatch(/^multipart\/mixed; boundary=batch_[0-9a-f-]{36}$/);
    const parts = request?.parts ?? [];
    expect(parts.map((part) => part.method)).toEqual(["GET", "POST", "MERGE", "DELETE", "GET"]);
    expect(parts[0]?.url).toBe(
      `${site}/_api/web/lists/getByTitle('M%C3%A5l''s%20lista')/items(1)?%24select=Id%2CTitle`,
    );
    expect(parts[1]?.body).toBe('{"Title":"O\'Brien","CustomerId":3}');
    expect(parts[1]?.headers["content-type"]).toBe("application/json;charset=utf-8");
    expect(parts[2]?.headers["if-match"]).toBe('"1"');
    expect(parts[2]?.body).toBe('{"Title":"ny"}');
    expect(parts[3]?.headers["if-match"]).toBe("*");
    expect(new URL(parts[4]?.url ?? "").searchParams.get("$filter")).toBe("Title eq 'a b'");

    expect(read).toEqual({ Id: 0, Title: "read 0" });
    expect(added).toEqual({ Id: 101, Title: "O'Brien", CustomerId: 3 });
    expect(updated).toEqual({ etag: '"2"' });
    expect(deleted).toEqual({});
    expect(query).toEqual({ Id: 4, Title: "read 4" });
  });

  it("hands PnPjs an error part so that only that request rejects", async () => {
    const notFound = {
      "odata.error": {
        code: "-1, System.ArgumentException",
        message: { lang: "en-US", value: "List 'no' does not exist at site with URL 'x'." },
      },
    };
    const { sp } = pnpOverCodec((parts) =>
      parts.map((part) => (part.url.includes("'no'") ? json(notFound, 404) : json({ Title: "ok" }))),
    );
    const [batched, execute] = sp.batched();
    const good = batched.web.lists.getByTitle("yes")();
    const bad = batched.web.lists.getByTitle("no")();
    await execute();
    await expect(good).resolves.toEqual({ Title: "ok" });
    await expect(bad).rejects.toThrow(/\[404\] Not Found ::> .*does not exist/);
  });

  it("round-trips twenty operations, PnPjs's default batch size, in one request", async () => {
    const { sp, seen } = pnpOverCodec((parts) => parts.map((part) => json({ url: part.url })));
    const [batched, execute] = sp.batched();
    const reads = Array.from({ length: 20 }, (_, id) =>
      batched.web.lists.getByTitle("T").items.getById(id)(),
    );
    await execute();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.parts).toHaveLength(20);
    const answers = (await Promise.all(reads)) as { url: string }[];
    expect(answers.map((answer) => answer.url.endsWith(`items(${answers.indexOf(answer)})`))).toEqual(
      Array.from({ length: 20 }, () => true),
    );
  });
});

describe("parseBatchRequest", () => {
  const handWritten = [
    "--batch_1",
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    "",
    "GET https://x/_api/web/lists HTTP/1.1",
    "Accept: application/json;odata=verbose",
    "",
    "--batch_1",
    'Content-Type: multipart/mixed; boundary="changeset_a"',
    "",
    "--changeset_a",
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    "",
    "POST https://x/_api/web/lists/getByTitle('T')/items HTTP/1.1",
    "Content-Type: application/json;charset=utf-8",
    "",
    '{"Title":"a: b"}',
    "",
    "--changeset_a",
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    "",
    "DELETE https://x/_api/web/lists/getByTitle('T')/items(2) HTTP/1.1",
    "IF-Match: *",
    "",
    "--changeset_a--",
    "",
    "--batch_1--",
    "",
  ];

  it("reads a hand-written batch with a changeset, lower-casing header names", () => {
    expect(parseBatchRequest(handWritten.join("\n"), "multipart/mixed; boundary=batch_1")).toEqual([
      {
        method: "GET",
        url: "https://x/_api/web/lists",
        headers: { accept: "application/json;odata=verbose" },
        body: "",
      },
      {
        method: "POST",
        url: "https://x/_api/web/lists/getByTitle('T')/items",
        headers: { "content-type": "application/json;charset=utf-8" },
        body: '{"Title":"a: b"}',
      },
      {
        method: "DELETE",
        url: "https://x/_api/web/lists/getByTitle('T')/items(2)",
        headers: { "if-match": "*" },
        body: "",
      },
    ]);
  });

  it("accepts CRLF line ends and a quoted boundary", () => {
    const parts = parseBatchRequest(handWritten.join("\r\n"), 'multipart/mixed; boundary="batch_1"');
    expect(parts.map((part) => part.method)).toEqual(["GET", "POST", "DELETE"]);
    expect(parts[1]?.body).toBe('{"Title":"a: b"}');
  });

  it.each([
    ["a Content-Type without a boundary", handWritten.join("\n"), "multipart/mixed"],
    ["a Content-Type that is not multipart", handWritten.join("\n"), "application/json"],
    [
      "a body without its closing boundary",
      handWritten.slice(0, -2).join("\n"),
      "multipart/mixed; boundary=batch_1",
    ],
    [
      "a part without a request line",
      "--b\nContent-Type: application/http\n\nnonsense\n--b--\n",
      "multipart/mixed; boundary=b",
    ],
    ["a part of another type", "--b\nContent-Type: text/plain\n\nhi\n--b--\n", "multipart/mixed; boundary=b"],
  ])("refuses %s", (_name, body, contentType) => {
    expect(() => parseBatchRequest(body, contentType)).toThrow(ODataQueryError);
  });
});

describe("serializeBatchResponse", () => {
  it("writes flat parts with reason phrases and exactly one newline after the closing boundary", () => {
    const { contentType, body } = serializeBatchResponse(
      [
        json({ a: 1 }),
        { status: 204, statusText: "", headers: { ETag: '"3"' }, body: "" },
        { status: 418, statusText: "", headers: {}, body: "{}" },
      ],
      "fixed",
    );
    expect(contentType).toBe("multipart/mixed; boundary=batchresponse_fixed");
    expect(body).toBe(
      [
        "--batchresponse_fixed",
        "Content-Type: application/http",
        "Content-Transfer-Encoding: binary",
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
        "",
        '{"a":1}',
        "--batchresponse_fixed",
        "Content-Type: application/http",
        "Content-Transfer-Encoding: binary",
        "",
        "HTTP/1.1 204 No Content",
        'ETag: "3"',
        "",
        "",
        "--batchresponse_fixed",
        "Content-Type: application/http",
        "Content-Transfer-Encoding: binary",
        "",
        "HTTP/1.1 418 Unknown",
        "",
        "{}",
        "--batchresponse_fixed--",
        "",
      ].join("\n"),
    );
  });

  it("keeps a body on one line, since PnPjs would glue its lines together", () => {
    const { body } = serializeBatchResponse(
      [json({ a: 1 }, 200, {}), { ...json(1), body: '{\n"a": 1\n}' }],
      "x",
    );
    expect(body).toContain('\n{"a": 1}\n');
  });

  it("uses a fresh boundary each time unless one is given", () => {
    expect(serializeBatchResponse([]).contentType).not.toBe(serializeBatchResponse([]).contentType);
  });
});
