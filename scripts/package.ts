/**
 * Builds the Teams app package for one environment: `npm run package -- --env production`.
 * Values come from config/<env>.env (else config/<env>.env.example), the process environment winning; the
 * manifest is validated offline against the official schema and the icons are checked before anything is written.
 * Options: --manifest-dir (default manifest/, e.g. a municipality's own icons and texts), --out-dir (default build/).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildAppPackage, PackageRefused } from "../manifest/appPackage";
import { manifestValuesFrom, readEnvironmentSettings } from "../manifest/packageValues";

const root = path.resolve(__dirname, "..");

/** A path as the person who ran the command would type it: relative when it is under their directory. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

async function main(): Promise<void> {
  const { values: options } = parseArgs({
    options: {
      env: { type: "string" },
      "manifest-dir": { type: "string", default: path.join(root, "manifest") },
      "out-dir": { type: "string", default: path.join(root, "build") },
    },
  });
  const environment = options.env;
  if (environment === undefined) throw new Error("Which environment? npm run package -- --env <name>");

  const { file, settings } = readEnvironmentSettings(environment, path.join(root, "config"), process.env);
  let values;
  try {
    values = manifestValuesFrom(settings);
  } catch (error) {
    const problems = (error as Error).message.replace(/^/gm, "  ");
    throw new Error(
      `The settings in ${path.relative(root, file)} (or the environment) are not usable:\n${problems}`,
    );
  }
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    version: string;
  };
  const zip = await buildAppPackage(path.resolve(options["manifest-dir"]), values, version);
  const outDir = path.resolve(options["out-dir"]);
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `appPackage.${environment}.zip`);
  writeFileSync(target, zip);
  console.log(
    `Wrote ${shown(target)} (${(zip.length / 1024).toFixed(1)} kB) with values from ${path.relative(root, file)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageRefused || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
