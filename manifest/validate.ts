/**
 * Validates the manifest template, filled with the given values (or example ones), offline against the
 * official schema bundled in @microsoft/app-manifest. Prints the errors as JSON; exits 1 when there are any.
 * Usage: npx tsx manifest/validate.ts [values.json]
 * (A separate process because @microsoft/app-manifest needs require(esm), which Jest's loader lacks.)
 */
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { exampleValues } from "./exampleValues";
import { resolveManifest } from "./resolve";

async function main(): Promise<void> {
  const valuesFile = process.argv[2];
  const values =
    valuesFile === undefined
      ? exampleValues
      : (JSON.parse(readFileSync(valuesFile, "utf8")) as Record<string, string>);
  const template = readFileSync(path.join(__dirname, "manifest.template.json"), "utf8");
  const manifest = resolveManifest(template, values) as AppManifest;
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  console.log(JSON.stringify({ errors }));
  if (errors.length > 0) process.exitCode = 1;
}

if (require.main === module) void main();
