import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { colorIcon, outlineIcon } from "../../../manifest/icons";
import { manifestValuesFrom } from "../../../manifest/packageValues";
import { resolveManifest } from "../../../manifest/resolve";
import { bundledManifestVersions, validateLocalization, validateManifest } from "../../../manifest/validate";

const root = path.resolve(__dirname, "../../..");
const manifestDir = path.join(root, "manifest");
const template = readFileSync(path.join(manifestDir, "manifest.template.json"), "utf8");

/** The committed production example, as `npm run package -- --env production` fills the template with it. */
const values = manifestValuesFrom(
  parseEnv(readFileSync(path.join(root, "config/production.env.example"), "utf8")),
);

interface Manifest extends Record<string, unknown> {
  manifestVersion: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  staticTabs: { entityId: string; name: string; contentUrl: string }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean }[];
  validDomains: string[];
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  localizationInfo: {
    defaultLanguageTag: string;
    defaultLanguageFile: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
}

const manifest = (): Manifest => resolveManifest(template, { ...values, APP_VERSION: "1.2.3" }) as Manifest;
const strings = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(manifestDir, file), "utf8")) as Record<string, string>;

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the Teams app manifest", () => {
  it("passes the official schema offline once the example values are filled in", async () => {
    // Offline: the bundled schema is handed to the validator, which would otherwise fetch the $schema URL.
    const fetchSpy = jest.spyOn(globalThis, "fetch").mockRejectedValue(new Error("no network in this test"));
    try {
      expect(await validateManifest(manifest())).toEqual([]);
      expect(await validateLocalization(strings("en-us.json"), manifest().manifestVersion)).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it("really checks: a missing required field fails with the validator's message", async () => {
    const { developer: _developer, ...broken } = manifest();
    expect(await validateManifest(broken)).toEqual([
      expect.stringMatching(/^ must have required property 'developer'/),
    ]);
  });

  it("uses the newest manifest schema the offline validator ships (nested app auth needs 1.22 or later)", () => {
    expect(manifest().manifestVersion).toBe(bundledManifestVersions().at(-1));
    expect(JSON.parse(template).$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest().manifestVersion}/MicrosoftTeams.schema.json`,
    );
    const [major, minor] = manifest().manifestVersion.split(".").map(Number);
    expect(major === 1 && (minor ?? 0) >= 22).toBe(true);
  });

  it("has every placeholder filled from the settings, and no setting the template ignores", () => {
    const placeholders = new Set([...template.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((match) => match[1]));
    expect([...placeholders].sort()).toEqual([...Object.keys(values), "APP_VERSION"].sort());
    const { TAB_DOMAIN: _domain, ...partial } = values;
    expect(() => resolveManifest(template, { ...partial, APP_VERSION: "1.2.3" })).toThrow(
      "Manifest values missing: TAB_DOMAIN",
    );
  });

  it("has personal tabs Kedjan, Mina mål and Mitt team deep-linking into the tab's routes", () => {
    expect(manifest().staticTabs.map((t) => [t.name, t.contentUrl])).toEqual([
      ["Kedjan", "https://malkedjan.kommun.example.se/#/kedjan"],
      ["Mina mål", "https://malkedjan.kommun.example.se/#/mina-mal"],
      ["Mitt team", "https://malkedjan.kommun.example.se/#/mitt-team"],
    ]);
  });

  it("has a configurable team tab whose configuration page is the unit picker", () => {
    expect(manifest().configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: "https://malkedjan.kommun.example.se/#/konfigurera",
        scopes: ["team"],
      }),
    ]);
  });

  it("has the reminder bot, personal only and conversational so that its cards can be answered", () => {
    expect(manifest().bots).toEqual([
      {
        botId: "66666666-7777-4888-9999-aaaaaaaaaaaa",
        scopes: ["personal"],
        supportsFiles: false,
        isNotificationOnly: false,
      },
    ]);
  });

  it("names the Entra app, its API resource and the nested-auth redirect on the app's own host", () => {
    expect(manifest().webApplicationInfo).toEqual({
      id: "66666666-7777-4888-9999-aaaaaaaaaaaa",
      resource: "api://malkedjan.kommun.example.se/66666666-7777-4888-9999-aaaaaaaaaaaa",
      nestedAppAuthInfo: [
        {
          redirectUri: "brk-multihub://malkedjan.kommun.example.se",
          scopes: ["https://kommun.sharepoint.com/.default"],
        },
      ],
    });
    // Only the app's host: the tab calls SharePoint with fetch and never navigates there.
    expect(manifest().validDomains).toEqual(["malkedjan.kommun.example.se"]);
    expect(manifest()).not.toHaveProperty("permissions");
    expect(manifest()).not.toHaveProperty("devicePermissions");
  });

  it("is Swedish by default with an English translation, both files valid against the localization schema", async () => {
    const info = manifest().localizationInfo;
    expect(info.defaultLanguageTag).toBe("sv-se");
    expect(info.additionalLanguages).toEqual([{ languageTag: "en-us", file: "en-us.json" }]);
    for (const file of [info.defaultLanguageFile, "en-us.json"]) {
      expect(await validateLocalization(strings(file), manifest().manifestVersion)).toEqual([]);
    }
    expect(strings("en-us.json")["staticTabs[1].name"]).toBe("My goals");
  });

  it("says in the default language file exactly what the manifest says, so neither wins by accident", () => {
    const m = manifest();
    const { $schema: _schema, ...swedish } = strings(m.localizationInfo.defaultLanguageFile);
    expect(swedish).toEqual({
      "name.short": m.name.short,
      "name.full": m.name.full,
      "description.short": m.description.short,
      "description.full": m.description.full,
      ...Object.fromEntries(m.staticTabs.map((tab, i) => [`staticTabs[${i}].name`, tab.name])),
    });
    const { $schema: _enSchema, ...english } = strings("en-us.json");
    expect(Object.keys(english).sort()).toEqual(Object.keys(swedish).sort());
  });

  it("really checks the localization files: an unknown key and an over-long tab name are refused", async () => {
    const broken = {
      ...strings("en-us.json"),
      "staticTabs[0].title": "The chain",
      "staticTabs[1].name": "x".repeat(129),
    };
    expect(await validateLocalization(broken, "1.30")).toEqual([
      expect.stringMatching(/must NOT have additional properties.*staticTabs\[0\]\.title/),
      expect.stringMatching(/^\/staticTabs\[1\]\.name must NOT have more than 128 characters/),
    ]);
  });

  it("ships icons of the sizes Teams requires, and they are the generated ones", () => {
    const color = readFileSync(path.join(manifestDir, "color.png"));
    const outline = readFileSync(path.join(manifestDir, "outline.png"));
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(color.equals(colorIcon())).toBe(true);
    expect(outline.equals(outlineIcon())).toBe(true);
  });
});
