import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Offline validation against the official Teams schemas that @microsoft/app-manifest ships. The schema is read
 * from the package's own files and handed to the validator, so nothing is fetched: given a `$schema` it does
 * not bundle, the validator itself would go to the network.
 */

type Json = Record<string, unknown>;
type SchemaKind = "manifest" | "localization";

const schemaFiles: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

function teamsSchemaDir(): string {
  const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return path.join(packageDir, "build", "json-schemas", "teams");
}

/** The released manifest versions whose schemas are bundled ("1.30", …), oldest first; no developer preview. */
export function bundledManifestVersions(): string[] {
  return readdirSync(teamsSchemaDir())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
      const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

function bundledSchema(manifestVersion: unknown, kind: SchemaKind): Json {
  if (typeof manifestVersion !== "string" || !/^\d+\.\d+$/.test(manifestVersion)) {
    throw new Error(
      `manifestVersion must be a version such as "1.30", not ${JSON.stringify(manifestVersion)}`,
    );
  }
  const file = path.join(teamsSchemaDir(), `v${manifestVersion}`, schemaFiles[kind]);
  if (!existsSync(file)) {
    const newest = bundledManifestVersions().at(-1);
    throw new Error(
      `No bundled ${kind} schema for manifest version ${manifestVersion} (the newest bundled is ${newest}); it cannot be checked offline`,
    );
  }
  const text = readFileSync(file, "utf8")
    // Some schemas carry "\a" and "\v" escapes, which JSON does not allow (the package's own loader does the same).
    .replace(/\\a/g, "\\u0007")
    .replace(/\\v/g, "\\u000b")
    // The localization schemas' two activityTypes patterns lack the backslash before their last "]" (a known
    // fault: MicrosoftDocs/msteams-docs#8858), which the validator's unicode regular expressions refuse to
    // compile. Escaping it gives the pattern the meaning it has everywhere else: a literal "]".
    .replaceAll("\\\\b]", "\\\\b\\\\]");
  return JSON.parse(text) as Json;
}

/** The validator's messages for a filled-in manifest (`/id must match pattern …`); empty when it passes. */
export async function validateManifest(manifest: Json): Promise<string[]> {
  const schema = bundledSchema(manifest.manifestVersion, "manifest");
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema as never);
}

/** The validator's messages for a localization file, against the localization schema of the manifest's version. */
export async function validateLocalization(file: Json, manifestVersion: string): Promise<string[]> {
  const schema = bundledSchema(manifestVersion, "localization");
  return AppManifestUtils.validateAgainstSchema(file as unknown as AppManifest, schema as never);
}
