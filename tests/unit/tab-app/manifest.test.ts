import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { colorIcon, outlineIcon } from "../../../manifest/icons";
import { manifestVariables, resolveManifest } from "../../../manifest/resolve";
import { exampleValues } from "../../../manifest/exampleValues";

const manifestDir = path.resolve(__dirname, "../../../manifest");
const template = readFileSync(path.join(manifestDir, "manifest.template.json"), "utf8");

const values = exampleValues;

interface ResolvedManifest {
  manifestVersion: string;
  staticTabs: { entityId: string; name: string; contentUrl: string }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the Teams app manifest", () => {
  it("validates offline against the official schema once its values are filled in", () => {
    const tsx = path.resolve(__dirname, "../../../node_modules/.bin/tsx");
    const output = execFileSync(tsx, [path.join(manifestDir, "validate.ts")], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({ errors: [] });
  });

  it("really checks: an app id that is not a GUID fails validation", () => {
    const tsx = path.resolve(__dirname, "../../../node_modules/.bin/tsx");
    const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const valuesFile = path.join(dir, "values.json");
    writeFileSync(valuesFile, JSON.stringify({ ...values, TEAMS_APP_ID: "malkedjan" }));
    const result = spawnSync(tsx, [path.join(manifestDir, "validate.ts"), valuesFile], { encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { errors: string[] }).errors.join("\n")).toMatch(
      /^\/id must match pattern/,
    );
  });

  it("is at schema 1.22 or later, which nested app auth needs", () => {
    const manifest = resolveManifest(template, values) as ResolvedManifest;
    const [major, minor] = manifest.manifestVersion.split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(22);
  });

  it("has personal tabs Kedjan, Mina mål and Mitt team deep-linking into the tab's routes", () => {
    const manifest = resolveManifest(template, values) as ResolvedManifest;
    expect(manifest.staticTabs.map((t) => [t.name, t.contentUrl])).toEqual([
      ["Kedjan", "https://malkedjan.huddinge.se/#/kedjan"],
      ["Mina mål", "https://malkedjan.huddinge.se/#/mina-mal"],
      ["Mitt team", "https://malkedjan.huddinge.se/#/mitt-team"],
    ]);
  });

  it("has a configurable team tab whose configuration page is the unit picker", () => {
    const manifest = resolveManifest(template, values) as ResolvedManifest;
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: "https://malkedjan.huddinge.se/#/konfigurera",
        scopes: ["team"],
      }),
    ]);
  });

  it("refuses to resolve while a value is missing", () => {
    const partial = Object.fromEntries(Object.entries(values).filter(([name]) => name !== "TAB_DOMAIN"));
    expect(() => resolveManifest(template, partial)).toThrow(/TAB_DOMAIN/);
    expect([...manifestVariables].sort()).toEqual(Object.keys(values).sort());
  });

  it("ships icons of the sizes Teams requires, and they are the generated ones", () => {
    const color = readFileSync(path.join(manifestDir, "color.png"));
    const outline = readFileSync(path.join(manifestDir, "outline.png"));
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(color.equals(colorIcon())).toBe(true);
    expect(outline.equals(outlineIcon())).toBe(true);
  });

  it("draws the outline icon white on transparent, as Teams asks", () => {
    const png = outlineIcon();
    const idatStart = png.indexOf("IDAT") + 4;
    const idatLength = png.readUInt32BE(idatStart - 8);
    const raw = inflateSync(png.subarray(idatStart, idatStart + idatLength));
    const alphas = new Set<number>();
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const at = y * (32 * 4 + 1) + 1 + x * 4;
        alphas.add(raw[at + 3] ?? -1);
        if (raw[at + 3] === 255) expect([raw[at], raw[at + 1], raw[at + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect([...alphas].sort()).toEqual([0, 255]);
  });
});
