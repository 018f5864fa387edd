import { unzipSync } from "fflate";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv, promisify } from "node:util";
import { manifestValuesFrom, packageKeys, readEnvironmentSettings } from "../../../manifest/packageValues";
import { decodePng } from "../../../manifest/png";
import { validateLocalization, validateManifest } from "../../../manifest/validate";

/**
 * `npm run package -- --env <name>` as a deployment runs it (tsx, a separate process), three times in parallel:
 * the production package, a broken manifest, a blank setting. Each run costs a few seconds of tsx start-up.
 */
const root = path.resolve(__dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const work = mkdtempSync(path.join(os.tmpdir(), "app-package-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The process environment without any of the package's keys, so the developer's shell cannot change a result. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !(packageKeys as string[]).includes(key)),
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function packageCommand(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ["scripts/package.ts", ...args], {
      cwd: root,
      env: { ...cleanEnv, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let production: Run;
let broken: Run;
let blank: Run;

beforeAll(async () => {
  // A manifest folder like the real one, with a required field taken out of the template.
  const brokenDir = path.join(work, "broken-manifest");
  cpSync(path.join(root, "manifest"), brokenDir, { recursive: true });
  const template = JSON.parse(readFileSync(path.join(brokenDir, "manifest.template.json"), "utf8")) as Record<
    string,
    unknown
  >;
  delete template.developer;
  writeFileSync(path.join(brokenDir, "manifest.template.json"), JSON.stringify(template));

  [production, broken, blank] = await Promise.all([
    packageCommand(["--env", "production", "--out-dir", path.join(work, "ok")]),
    packageCommand([
      "--env",
      "production",
      "--manifest-dir",
      brokenDir,
      "--out-dir",
      path.join(work, "broken"),
    ]),
    packageCommand(["--env", "production", "--out-dir", path.join(work, "blank")], { BOT_APP_ID: "" }),
  ]);
}, 60_000);

describe("npm run package", () => {
  it("writes build/appPackage.<env>.zip whose manifest passes the official schema, with its icons and languages", async () => {
    expect(production).toMatchObject({ code: 0, stderr: "" });
    const zipPath = path.join(work, "ok", "appPackage.production.zip");
    expect(production.stdout).toMatch(
      /^Wrote .*appPackage\.production\.zip \(\d+\.\d kB\) with values from config\/production\.env/,
    );

    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual([
      "color.png",
      "en-us.json",
      "manifest.json",
      "outline.png",
      "sv-se.json",
    ]);
    const manifest = JSON.parse(Buffer.from(files["manifest.json"] ?? []).toString("utf8")) as Record<
      string,
      unknown
    >;
    expect(await validateManifest(manifest)).toEqual([]);

    // Filled from the same settings the command read (the example, unless a real production.env is present).
    const { settings } = readEnvironmentSettings("production", path.join(root, "config"), cleanEnv);
    const values = manifestValuesFrom(settings);
    const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      version: string;
    };
    expect(manifest).toMatchObject({ id: values.TEAMS_APP_ID, validDomains: [values.TAB_DOMAIN], version });
    expect(JSON.stringify(manifest)).not.toContain("${{");

    const size = (name: string): [number, number] => {
      const image = decodePng(Buffer.from(files[name] ?? []));
      return [image.width, image.height];
    };
    expect([size("color.png"), size("outline.png")]).toEqual([
      [192, 192],
      [32, 32],
    ]);
    const english = JSON.parse(Buffer.from(files["en-us.json"] ?? []).toString("utf8")) as Record<
      string,
      string
    >;
    expect(english["name.full"]).toBe("Målkedjan – from vision to individual goals");
    expect(await validateLocalization(english, String(manifest.manifestVersion))).toEqual([]);
  });

  it("fails on a broken manifest with the validator's message, and writes nothing", () => {
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("manifest.json:  must have required property 'developer'");
    expect(() => readFileSync(path.join(work, "broken", "appPackage.production.zip"))).toThrow(/ENOENT/);
  });

  it("fails on a setting the environment blanks, naming the key", () => {
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain("BOT_APP_ID is missing: expected a GUID");
  });
});

describe("the settings the package reads", () => {
  const configDir = path.join(work, "config");
  const write = (name: string, text: string): void => {
    cpSync(path.join(root, "config/production.env.example"), path.join(configDir, "production.env.example"));
    writeFileSync(path.join(configDir, name), text);
  };

  it("come from <env>.env over the example, with the process environment winning over the file", () => {
    write("production.env", "PUBLIC_ORIGIN=https://malkedjan.huddinge.se\nBOT_APP_ID=from-file\n");
    const { file, settings } = readEnvironmentSettings("production", configDir, { BOT_APP_ID: "from-env" });
    expect(file).toBe(path.join(configDir, "production.env"));
    expect(settings).toEqual({ PUBLIC_ORIGIN: "https://malkedjan.huddinge.se", BOT_APP_ID: "from-env" });
  });

  it("come from the committed example when there is no <env>.env, and are refused for an unknown environment", () => {
    const exampleOnly = path.join(work, "config-example-only");
    cpSync(
      path.join(root, "config/production.env.example"),
      path.join(exampleOnly, "production.env.example"),
    );
    const { file, settings } = readEnvironmentSettings("production", exampleOnly, {});
    expect(file).toBe(path.join(exampleOnly, "production.env.example"));
    expect(settings).toEqual(parseEnv(readFileSync(file, "utf8")));
    expect(settings.HR_GROUP).toBe("Målkedjan HR");
    expect(() => readEnvironmentSettings("staging", configDir, {})).toThrow(/^No settings for staging/);
    expect(() => readEnvironmentSettings("../production", configDir, {})).toThrow(/^Not an environment name/);
  });
});
