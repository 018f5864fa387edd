/**
 * The app identity's certificate as the server reads it at start (a real certificate made by openssl for the
 * test), and how scripts connect to a site: the local site as its administrator, production as the app.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEnv } from "node:util";
import { readAppCertificate } from "../../../src/server/identity/appCertificate";
import { connectSiteFromEnvironment } from "../../../src/server/identity/connectSite";
import { sharePointScope } from "../../../src/server/identity/msalAppToken";
import { makeTestCertificate, type TestCertificate } from "../../support/testCertificate";

const repoRoot = path.resolve(__dirname, "../../..");
let certificate: TestCertificate;
let other: TestCertificate;
beforeAll(() => {
  certificate = makeTestCertificate();
  other = makeTestCertificate();
});
afterAll(() => {
  certificate.remove();
  other.remove();
});

/** What a refused certificate says, or fails the test when it is accepted. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error: unknown) {
    return (error as Error).message;
  }
  throw new Error("the certificate was accepted");
}

describe("the app identity's certificate", () => {
  it("is read from a file or from PEM text, with the SHA-256 thumbprint Entra shows", () => {
    const fingerprint = execFileSync("openssl", [
      "x509",
      "-noout",
      "-fingerprint",
      "-sha256",
      "-in",
      certificate.path,
    ])
      .toString()
      .replace(/^.*=/, "")
      .replaceAll(":", "")
      .trim();
    const fromFile = readAppCertificate({ path: certificate.path });
    expect(fromFile.thumbprintSha256).toBe(fingerprint);
    expect(fromFile.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(fromFile.x5c).toBe(certificate.certificatePem.trim());
    expect(readAppCertificate({ pem: certificate.pem }).thumbprintSha256).toBe(fingerprint);
  });

  it("stops the start naming the variable when it is missing, not PEM, keyless or not the key's", () => {
    expect(refusal(() => readAppCertificate({ path: "/finns/inte/app.pem" }))).toBe(
      "APP_CERTIFICATE_PATH: the certificate file /finns/inte/app.pem cannot be read (ENOENT)",
    );
    expect(refusal(() => readAppCertificate({ pem: certificate.certificatePem }))).toMatch(
      /^APP_CERTIFICATE_PEM: holds no readable private key/,
    );
    expect(refusal(() => readAppCertificate({ pem: certificate.keyPem }))).toMatch(
      /^APP_CERTIFICATE_PEM: holds no certificate/,
    );
    const mismatched = refusal(() =>
      readAppCertificate({ pem: `${other.keyPem}${certificate.certificatePem}` }),
    );
    expect(mismatched).toBe("APP_CERTIFICATE_PEM: the private key does not belong to the certificate");
    const garbled = certificate.pem.replace(
      /(-----BEGIN CERTIFICATE-----\n)(.{20})/,
      "$1AAAAAAAAAAAAAAAAAAAA",
    );
    expect(refusal(() => readAppCertificate({ pem: garbled }))).toMatch(/^APP_CERTIFICATE_PEM: /);
    expect(refusal(() => readAppCertificate({ path: certificate.path }, new Date("2999-01-01")))).toMatch(
      /^APP_CERTIFICATE_PATH: the certificate expired on /,
    );
    // Nothing of the key is ever repeated.
    expect(mismatched).not.toContain("PRIVATE KEY");
  });

  it("asks SharePoint Online for the tenant's .default scope", () => {
    expect(sharePointScope("https://huddinge.sharepoint.com/sites/styrning")).toBe(
      "https://huddinge.sharepoint.com/.default",
    );
  });
});

describe("connecting a script to a site", () => {
  it("reaches the local site as its administrator by default, and needs a token or the app elsewhere", () => {
    expect(connectSiteFromEnvironment({}, {}, repoRoot)).toMatchObject({
      siteUrl: "http://localhost:3979/sites/styrning",
      actingAs: "admin@malkedjan.local (local site)",
    });
    expect(() =>
      connectSiteFromEnvironment({}, { site: "https://huddinge.sharepoint.com/sites/styrning" }, repoRoot),
    ).toThrow(
      /A token is needed for https:\/\/huddinge.sharepoint.com\/sites\/styrning: set MALKEDJAN_ENV=production/,
    );
    expect(
      connectSiteFromEnvironment(
        { SHAREPOINT_TOKEN: "x" },
        { site: "https://huddinge.sharepoint.com/sites/styrning/" },
        repoRoot,
      ),
    ).toMatchObject({
      siteUrl: "https://huddinge.sharepoint.com/sites/styrning",
      actingAs: "the given token",
    });
  });

  it("acts as the app identity in production, from the same settings as the server", async () => {
    const example = parseEnv(await readFile(path.join(repoRoot, "config/production.env.example"), "utf8"));
    const env = { ...example, APP_CERTIFICATE_PATH: certificate.path };
    const connected = connectSiteFromEnvironment(env, {}, repoRoot);
    expect(connected.siteUrl).toBe(example["SHAREPOINT_SITE_URL"]);
    expect(connected.actingAs).toMatch(/^the app identity \(certificate [0-9A-F]{12}…\)$/);
    expect(() => connectSiteFromEnvironment({ ...env, AAD_APP_CLIENT_ID: undefined }, {}, repoRoot)).toThrow(
      /AAD_APP_CLIENT_ID: the Entra app's client id \(a UUID\) is missing/,
    );
    expect(() =>
      connectSiteFromEnvironment({ ...env, APP_CERTIFICATE_PATH: "/finns/inte.pem" }, {}, repoRoot),
    ).toThrow(/^APP_CERTIFICATE_PATH: the certificate file \/finns\/inte.pem cannot be read/);
  });
});
