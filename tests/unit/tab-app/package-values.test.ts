import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { isEnvironmentName, manifestValuesFrom } from "../../../manifest/packageValues";

const root = path.resolve(__dirname, "../../..");
const example = (name: string): Record<string, string | undefined> =>
  parseEnv(readFileSync(path.join(root, `config/${name}.env.example`), "utf8"));

describe("the app package's values", () => {
  it("derive the tab's origin and host from PUBLIC_ORIGIN and SharePoint's origin from the site URL", () => {
    expect(manifestValuesFrom(example("production"))).toEqual({
      TEAMS_APP_ID: "bbbbbbbb-cccc-4ddd-8eee-ffffffffffff",
      AAD_APP_CLIENT_ID: "66666666-7777-4888-9999-aaaaaaaaaaaa",
      BOT_APP_ID: "66666666-7777-4888-9999-aaaaaaaaaaaa",
      TAB_ORIGIN: "https://malkedjan.kommun.example.se",
      TAB_DOMAIN: "malkedjan.kommun.example.se",
      SHAREPOINT_ORIGIN: "https://kommun.sharepoint.com",
    });
  });

  it("keep a port in the host (a local try-out) and accept a trailing slash on the origin", () => {
    const values = manifestValuesFrom({ ...example("production"), PUBLIC_ORIGIN: "https://localhost:3978/" });
    expect([values.TAB_ORIGIN, values.TAB_DOMAIN]).toEqual(["https://localhost:3978", "localhost:3978"]);
  });

  it("are refused when a key is missing, naming the key and what it expects", () => {
    const { BOT_APP_ID: _bot, ...settings } = example("production");
    expect(() => manifestValuesFrom(settings)).toThrow(
      new Error("BOT_APP_ID is missing: expected a GUID (the bot's Entra app id)"),
    );
    expect(() => manifestValuesFrom({ ...settings, BOT_APP_ID: "  " })).toThrow(/^BOT_APP_ID is missing/);
  });

  it("are refused when values are malformed, every bad key named at once", () => {
    const settings = {
      ...example("production"),
      PUBLIC_ORIGIN: "http://malkedjan.kommun.example.se",
      TEAMS_APP_ID: "malkedjan",
      SHAREPOINT_SITE_URL: "kommun.sharepoint.com/sites/styrning",
    };
    expect(() => manifestValuesFrom(settings)).toThrow(
      new Error(
        [
          "PUBLIC_ORIGIN is malformed: expected an https origin with no path, such as https://malkedjan.kommun.se",
          "TEAMS_APP_ID is malformed: expected a GUID (the Teams app's own id)",
          "SHAREPOINT_SITE_URL is malformed: expected an https URL, such as https://kommun.sharepoint.com/sites/styrning",
        ].join("\n"),
      ),
    );
    for (const origin of [
      "https://malkedjan.kommun.se/app",
      "https://malkedjan.kommun.se/?a=1",
      "https://u:p@host.se",
    ]) {
      expect(() => manifestValuesFrom({ ...example("production"), PUBLIC_ORIGIN: origin })).toThrow(
        /^PUBLIC_ORIGIN is malformed/,
      );
    }
  });

  it("come from a file named by a plain environment name only", () => {
    expect(["production", "local", "test-2"].every(isEnvironmentName)).toBe(true);
    expect(["../secrets", "", "prod/x", ".env"].some(isEnvironmentName)).toBe(false);
  });
});
