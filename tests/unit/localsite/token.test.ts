import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  appOnlyToken,
  identityFromAuthorization,
  LOCAL_APP_ID,
  LOCAL_TENANT_ID,
  unsignedToken,
  upnFromAuthorization,
} from "../../../src/localsite/identity/token";

const decode = (part: string | undefined): unknown =>
  JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8"));

/** Runs `work` with no Buffer in the global scope, as in a browser. */
function withoutBuffer<T>(work: () => T): T {
  const global = globalThis as { Buffer?: unknown };
  const saved = global.Buffer;
  delete global.Buffer;
  try {
    return work();
  } finally {
    global.Buffer = saved;
  }
}

describe("the token encoders (one file, browser-safe)", () => {
  it("encode a person's token as before: alg none, the upn and its times, base64url without padding", () => {
    const token = withoutBuffer(() => unsignedToken("åsa.öberg@malkedjan.local"));
    const [header, payload, signature] = token.split(".");
    expect(decode(header)).toEqual({ alg: "none", typ: "JWT" });
    const claims = decode(payload) as Record<string, unknown>;
    expect(Object.keys(claims)).toEqual(["upn", "iat", "nbf", "exp"]);
    expect(claims.upn).toBe("åsa.öberg@malkedjan.local");
    expect(signature).toBe("");
    expect(token).not.toMatch(/[=+/]/);
    // Byte for byte what the Buffer-based encoder made.
    const reference = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;
    expect(token).toBe(reference);
  });

  it("encode an app-only token: appid, idtyp app, the tenant, no upn", () => {
    const claims = decode(withoutBuffer(() => appOnlyToken(LOCAL_APP_ID)).split(".")[1]) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ appid: LOCAL_APP_ID, idtyp: "app", tid: LOCAL_TENANT_ID });
    expect(claims).not.toHaveProperty("upn");
  });

  it("read both back, without Buffer too", () => {
    withoutBuffer(() => {
      expect(identityFromAuthorization(`Bearer ${unsignedToken("Åke@malkedjan.local")}`)).toEqual({
        kind: "user",
        upn: "Åke@malkedjan.local",
      });
      expect(identityFromAuthorization(`Bearer ${appOnlyToken(LOCAL_APP_ID.toUpperCase())}`)).toEqual({
        kind: "app",
        appId: LOCAL_APP_ID,
        tenantId: LOCAL_TENANT_ID,
      });
      expect(upnFromAuthorization(`Bearer ${appOnlyToken(LOCAL_APP_ID)}`)).toBeUndefined();
    });
  });

  it.each([undefined, "", "Bearer", "Bearer a.b.", "Bearer e30.%%%.", "Basic x", "Bearer x.bnVsbA."])(
    "read nothing from %p",
    (header) => {
      expect(identityFromAuthorization(header)).toBeUndefined();
    },
  );

  it("never mention Buffer in the file the tab imports", () => {
    const source = readFileSync(join(__dirname, "../../../src/localsite/identity/token.ts"), "utf8");
    expect(source).not.toMatch(/\bBuffer\b/);
  });
});
