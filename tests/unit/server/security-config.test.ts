import { loadServerConfig, serverConfigSchema } from "../../../config";
import { httpsOrigin, teamsFrameAncestors } from "../../../config/security";

const production = {
  MALKEDJAN_ENV: "production",
  SHAREPOINT_SITE_URL: "https://huddinge.sharepoint.com/sites/styrning",
  AAD_APP_CLIENT_ID: "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d",
  AAD_APP_TENANT_ID: "11111111-2222-4333-8444-555555555555",
  PUBLIC_ORIGIN: "https://malkedjan.huddinge.se",
  // Only its shape is checked here; the server reads the file when it starts.
  APP_CERTIFICATE_PATH: "/etc/malkedjan/app-certificate.pem",
  HR_GROUP: "Målkedjan HR",
};

describe("security settings per environment", () => {
  it("locally: the app's own origin and the Microsoft 365 hosts may frame the tab; loopback hosts only", () => {
    const config = loadServerConfig({}, "/repo");
    expect(config.security).toEqual({
      frameAncestors: ["'self'", ...teamsFrameAncestors],
      connectSources: ["'self'", "https://res.cdn.office.net/teams-js/"],
      allowedHosts: "loopback",
    });
  });

  it("in production: only the Microsoft 365 hosts frame the tab, which calls SharePoint Online", () => {
    const config = loadServerConfig(production, "/repo");
    expect(config.security).toEqual({
      frameAncestors: [...teamsFrameAncestors],
      connectSources: [
        "'self'",
        "https://res.cdn.office.net/teams-js/",
        "https://login.microsoftonline.com",
        "https://huddinge.sharepoint.com",
      ],
    });
    const listed = loadServerConfig(
      { ...production, ALLOWED_HOSTS: " Malkedjan.Huddinge.se ,mal.huddinge.se:8443" },
      "/repo",
    );
    expect(listed.security).toMatchObject({
      allowedHosts: ["malkedjan.huddinge.se", "mal.huddinge.se:8443"],
    });
  });

  it("refuses a local configuration that answers other hosts, and loose CSP sources", () => {
    const local = loadServerConfig({}, "/repo");
    const withSecurity = (security: Record<string, unknown>): boolean =>
      serverConfigSchema.safeParse({ ...local, security: { ...local.security, ...security } }).success;
    expect(withSecurity({})).toBe(true);
    expect(withSecurity({ allowedHosts: ["evil.example"] })).toBe(false);
    expect(withSecurity({ allowedHosts: undefined })).toBe(false);
    for (const loose of ["*", "https:", "'unsafe-inline'", "http://teams.microsoft.com", "https://*"])
      expect(withSecurity({ connectSources: ["'self'", loose] })).toBe(false);
    expect(withSecurity({ frameAncestors: [] })).toBe(false);
  });

  it("takes the SharePoint origin from an https site URL only", () => {
    expect(httpsOrigin("https://huddinge.sharepoint.com/sites/styrning")).toBe(
      "https://huddinge.sharepoint.com",
    );
    expect(httpsOrigin("http://huddinge.sharepoint.com/sites/styrning")).toBeUndefined();
    expect(httpsOrigin("inte en adress")).toBeUndefined();
    expect(httpsOrigin(undefined)).toBeUndefined();
  });
});
