import { loadServerConfig, ProductionSettingsError } from "../../../config";

const production = {
  MALKEDJAN_ENV: "production",
  PUBLIC_ORIGIN: "https://malkedjan.huddinge.se",
  SHAREPOINT_SITE_URL: "https://huddinge.sharepoint.com/sites/styrning",
  AAD_APP_CLIENT_ID: "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d",
  AAD_APP_TENANT_ID: "11111111-2222-4333-8444-555555555555",
  APP_CERTIFICATE_PATH: "/etc/malkedjan/app-certificate.pem",
  HR_GROUP: "Målkedjan HR",
};

/** The problems a refused start names, one per variable. */
function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadServerConfig(env, "/repo");
  } catch (error: unknown) {
    if (error instanceof ProductionSettingsError) return error.problems;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

const pemLike =
  "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n";

describe("production configuration at start", () => {
  it("takes what the server, the API's audience and the app identity need", () => {
    const config = loadServerConfig({ ...production, BOT_APP_ID: production.AAD_APP_CLIENT_ID }, "/repo");
    expect(config).toMatchObject({
      environment: "production",
      publicOrigin: "https://malkedjan.huddinge.se",
      siteUrl: "https://huddinge.sharepoint.com/sites/styrning",
      entra: { tenantId: production.AAD_APP_TENANT_ID, clientId: production.AAD_APP_CLIENT_ID },
      appCertificate: { path: "/etc/malkedjan/app-certificate.pem" },
      hrGroup: "Målkedjan HR",
      botAppId: production.AAD_APP_CLIENT_ID,
      tab: {
        apiScope: `api://malkedjan.huddinge.se/${production.AAD_APP_CLIENT_ID}/access_as_user`,
      },
    });
    expect(config).not.toHaveProperty("teamsAppId");
  });

  it("stops without a client id, naming the variable and what it expects", () => {
    expect(() => loadServerConfig({ ...production, AAD_APP_CLIENT_ID: undefined }, "/repo")).toThrow(
      "AAD_APP_CLIENT_ID: the Entra app's client id (a UUID) is missing",
    );
    // Blank is missing too, and only the missing variable is named (not the API scope derived from it).
    expect(problemsOf({ ...production, AAD_APP_CLIENT_ID: "  " })).toEqual([
      "AAD_APP_CLIENT_ID: the Entra app's client id (a UUID) is missing",
    ]);
  });

  it("names each malformed variable without repeating its value", () => {
    const problems = problemsOf({
      ...production,
      AAD_APP_TENANT_ID: "huddinge.onmicrosoft.com",
      PUBLIC_ORIGIN: "http://malkedjan.huddinge.se",
      SHAREPOINT_SITE_URL: "huddinge.sharepoint.com/sites/styrning",
      TEAMS_APP_ID: "package",
      PORT: "webb",
    });
    expect(problems).toEqual([
      expect.stringMatching(/^PUBLIC_ORIGIN: .*https origin.* is malformed$/),
      expect.stringMatching(/^SHAREPOINT_SITE_URL: .* is malformed$/),
      "AAD_APP_TENANT_ID: the Entra tenant id (a UUID) is malformed",
      "TEAMS_APP_ID: the Teams app package's id (a UUID) is malformed",
      "PORT: the port to listen on (0–65535) is malformed",
    ]);
    expect(problems.join("\n")).not.toContain("onmicrosoft");
    expect(problemsOf({ ...production, PUBLIC_ORIGIN: "https://malkedjan.huddinge.se/app" })).toEqual([
      expect.stringMatching(/^PUBLIC_ORIGIN: /),
    ]);
  });

  it("stops on a certificate path that is not absolute, or PEM text that is not a key and a certificate", () => {
    expect(problemsOf({ ...production, APP_CERTIFICATE_PATH: "certs/app.pem" })).toEqual([
      expect.stringMatching(/^APP_CERTIFICATE_PATH: the absolute path .* is malformed$/),
    ]);
    const secret = "-----BEGIN PRIVATE KEY-----\nhemlig\n-----END PRIVATE KEY-----";
    const problems = problemsOf({
      ...production,
      APP_CERTIFICATE_PATH: undefined,
      APP_CERTIFICATE_PEM: secret,
    });
    expect(problems).toEqual([expect.stringMatching(/^APP_CERTIFICATE_PEM: .* is malformed$/)]);
    expect(problems.join("\n")).not.toContain("hemlig");
  });

  it("needs exactly one certificate source", () => {
    expect(problemsOf({ ...production, APP_CERTIFICATE_PATH: undefined })).toEqual([
      expect.stringMatching(/^APP_CERTIFICATE_PATH: .*\(or APP_CERTIFICATE_PEM\) is missing$/),
    ]);
    expect(problemsOf({ ...production, APP_CERTIFICATE_PEM: pemLike })).toEqual([
      expect.stringMatching(/^APP_CERTIFICATE_PEM: .* not both$/),
    ]);
    const fromPem = loadServerConfig(
      { ...production, APP_CERTIFICATE_PATH: "", APP_CERTIFICATE_PEM: pemLike },
      "/repo",
    );
    expect(fromPem).toMatchObject({ appCertificate: { pem: pemLike.trim() } });
  });

  it("names every missing variable at once", () => {
    const problems = problemsOf({ MALKEDJAN_ENV: "production" });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "PUBLIC_ORIGIN",
      "SHAREPOINT_SITE_URL",
      "AAD_APP_TENANT_ID",
      "AAD_APP_CLIENT_ID",
      "HR_GROUP",
      "APP_CERTIFICATE_PATH",
    ]);
  });

  it("names the variable of a refused local setting too", () => {
    expect(() => loadServerConfig({ LOCALSITE_SEED: "alla" }, "/repo")).toThrow(/LOCALSITE_SEED: /);
  });
});
