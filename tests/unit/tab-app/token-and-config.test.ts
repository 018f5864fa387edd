import { loadServerConfig, tabConfigSchema } from "../../../config";
import { chooseTokenProvider, localTokenProvider, unsignedToken } from "../../../src/auth";
import { upnFromAuthorization } from "../../../src/localsite/identity/token";

describe("the local person's unsigned token", () => {
  it("is an alg:none JWT the local site reads the person from", async () => {
    const token = await localTokenProvider("åsa.öberg@malkedjan.local").getToken("http://x/sites/styrning");
    const [header, , signature] = token.split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString("utf8"))).toEqual({
      alg: "none",
      typ: "JWT",
    });
    expect(signature).toBe("");
    expect(upnFromAuthorization(`Bearer ${token}`)).toBe("åsa.öberg@malkedjan.local");
  });

  it("differs per person", () => {
    expect(unsignedToken("a@malkedjan.local")).not.toBe(unsignedToken("b@malkedjan.local"));
  });
});

describe("configuration", () => {
  it("defaults local mode to port 3978, the embedded site and the demo seed", () => {
    const config = loadServerConfig({}, "/repo");
    expect(config).toMatchObject({
      environment: "local",
      port: 3978,
      tabDir: "/repo/dist/tab",
      localSite: { path: "/sites/styrning", dataDir: "/repo/.localsite", seed: "demo" },
      tab: { mode: "local", siteUrl: "/sites/styrning", personPicker: true },
    });
  });

  it("takes PORT and LOCALSITE_DATA from the environment", () => {
    const config = loadServerConfig({ PORT: "4100", LOCALSITE_DATA: "/tmp/ls" }, "/repo");
    expect(config.port).toBe(4100);
    expect(config.environment === "local" && config.localSite.dataDir).toBe("/tmp/ls");
  });

  it("refuses a production tab configuration that asks for the person picker", () => {
    const production = {
      mode: "production",
      siteUrl: "https://huddinge.sharepoint.com/sites/styrning",
      clientId: "00000000-0000-4000-8000-000000000000",
      tenantId: "11111111-2222-4333-8444-555555555555",
      apiScope: "api://malkedjan.huddinge.se/00000000-0000-4000-8000-000000000000/access_as_user",
    };
    expect(tabConfigSchema.safeParse(production).success).toBe(true);
    expect(tabConfigSchema.safeParse({ ...production, personPicker: true }).success).toBe(false);
    expect(
      tabConfigSchema.safeParse({ ...production, siteUrl: "http://localhost/sites/styrning" }).success,
    ).toBe(false);
  });

  it("fails production start-up when its settings are missing, instead of falling back to local", () => {
    expect(() => loadServerConfig({ MALKEDJAN_ENV: "production" }, "/repo")).toThrow(/Invalid production/);
    expect(() => loadServerConfig({ MALKEDJAN_ENV: "staging" }, "/repo")).toThrow(/Invalid staging/);
  });
});

describe("choosing where tokens come from", () => {
  const local = { mode: "local", siteUrl: "/sites/styrning", personPicker: true } as const;
  const production = {
    mode: "production",
    siteUrl: "https://huddinge.sharepoint.com/sites/styrning",
    clientId: "00000000-0000-4000-8000-000000000000",
    tenantId: "11111111-2222-4333-8444-555555555555",
    apiScope: "api://malkedjan.huddinge.se/00000000-0000-4000-8000-000000000000/access_as_user",
  } as const;

  it("acts locally as the picked person, with that person's unsigned token", async () => {
    const choice = chooseTokenProvider(local, { id: "maria.johansson@malkedjan.local" });
    expect(choice.kind).toBe("ready");
    if (choice.kind !== "ready") return;
    expect(choice.actorId).toBe("maria.johansson@malkedjan.local");
    const token = await choice.provider.getToken("http://127.0.0.1/sites/styrning");
    expect(upnFromAuthorization(`Bearer ${token}`)).toBe("maria.johansson@malkedjan.local");
  });

  it("asks locally for a person when none is picked", () => {
    expect(chooseTokenProvider(local, undefined)).toEqual({ kind: "pick-person" });
  });

  it("never uses a picked person in production, even one remembered in the browser", () => {
    expect(chooseTokenProvider(production, { id: "maria.johansson@malkedjan.local" })).toEqual({
      kind: "sign-in",
    });
  });
});
