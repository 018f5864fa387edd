import { zipSync } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { iconProblems } from "./iconCheck";
import type { ManifestValues } from "./packageValues";
import { resolveManifest } from "./resolve";
import { validateLocalization, validateManifest } from "./validate";

type Json = Record<string, unknown>;

/** Why a package was not built: each problem, as the validator or the icon check put it. */
export class PackageRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`The app package was not built:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "PackageRefused";
  }
}

/** The files the manifest names (icons, localization), which Teams expects at the zip's root. */
function namedFiles(manifest: Json): {
  icons: { color: unknown; outline: unknown };
  localization: unknown[];
} {
  const icons = (manifest.icons ?? {}) as Json;
  const info = (manifest.localizationInfo ?? {}) as Json;
  const additional = Array.isArray(info.additionalLanguages) ? (info.additionalLanguages as Json[]) : [];
  return {
    icons: { color: icons.color, outline: icons.outline },
    localization: [info.defaultLanguageFile, ...additional.map((language) => language.file)].filter(
      (file) => file !== undefined,
    ),
  };
}

/**
 * Builds the Teams app package from a manifest folder (the template, icons and localization files) and the
 * environment's values: fills the template, validates the manifest and each localization file offline against
 * the official schemas, checks the icons, and zips manifest.json with the files it names. Refuses (with every
 * problem found) rather than build a package Teams would reject. `appVersion` is the app's own version
 * (package.json): Teams takes an uploaded package as an update only when its manifest version went up.
 */
export async function buildAppPackage(
  manifestDir: string,
  values: ManifestValues,
  appVersion: string,
): Promise<Uint8Array> {
  const template = readFileSync(path.join(manifestDir, "manifest.template.json"), "utf8");
  const manifest = resolveManifest(template, { ...values, APP_VERSION: appVersion }) as Json;
  const problems = (await validateManifest(manifest)).map((message) => `manifest.json: ${message}`);

  const files: Record<string, Uint8Array> = {};
  const read = (name: unknown): Buffer | undefined => {
    // Only a plain file name: the package is flat, and the name must not reach outside the manifest folder.
    if (typeof name !== "string" || !/^[\w-][\w.-]*$/.test(name)) {
      problems.push(
        `manifest.json names a file Teams cannot find at the package's root: ${JSON.stringify(name)}`,
      );
      return undefined;
    }
    try {
      const bytes = readFileSync(path.join(manifestDir, name));
      files[name] = bytes;
      return bytes;
    } catch {
      problems.push(`${name} is named in the manifest but is not in ${manifestDir}`);
      return undefined;
    }
  };

  const named = namedFiles(manifest);
  const color = read(named.icons.color);
  const outline = read(named.icons.outline);
  if (color !== undefined && outline !== undefined) problems.push(...iconProblems(color, outline));

  for (const name of named.localization) {
    const bytes = read(name);
    if (bytes === undefined) continue;
    let strings: Json;
    try {
      strings = JSON.parse(bytes.toString("utf8")) as Json;
    } catch (error) {
      problems.push(`${String(name)}: not JSON (${(error as Error).message})`);
      continue;
    }
    const messages = await validateLocalization(strings, String(manifest.manifestVersion));
    problems.push(...messages.map((message) => `${String(name)}: ${message}`));
  }

  if (problems.length > 0) throw new PackageRefused(problems);
  files["manifest.json"] = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  return zipSync(files, { level: 9 });
}
