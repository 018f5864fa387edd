import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/**
 * The values the Teams app package is filled with, read from an environment's settings the way the server reads
 * them (`config/<env>.env`, else its committed `.env.example`; the process environment wins over either file).
 * The package needs only the keys below; the rest of the file is the server's business.
 */

type Settings = Readonly<Record<string, string | undefined>>;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each key the package reads, and what it must look like. */
const expected = {
  PUBLIC_ORIGIN: "an https origin with no path, such as https://malkedjan.kommun.se",
  TEAMS_APP_ID: "a GUID (the Teams app's own id)",
  AAD_APP_CLIENT_ID: "a GUID (the Entra app registration's client id)",
  BOT_APP_ID: "a GUID (the bot's Entra app id)",
  SHAREPOINT_SITE_URL: "an https URL, such as https://kommun.sharepoint.com/sites/styrning",
} as const;

export type PackageKey = keyof typeof expected;
export const packageKeys = Object.keys(expected) as PackageKey[];

/** The template's `${{NAME}}` values. */
export interface ManifestValues {
  TEAMS_APP_ID: string;
  AAD_APP_CLIENT_ID: string;
  BOT_APP_ID: string;
  /** Where the tab is served: `https://host[:port]`. */
  TAB_ORIGIN: string;
  /** The tab's host (and port): the valid domain, the API's `api://` resource and the nested-auth redirect. */
  TAB_DOMAIN: string;
  /** The SharePoint tenant the tab reads with a delegated token (`https://<tenant>.sharepoint.com`). */
  SHAREPOINT_ORIGIN: string;
}

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.username === "" && url.password === "" ? url : undefined;
  } catch {
    return undefined;
  }
}

function isBareOrigin(url: URL): boolean {
  return url.pathname === "/" && url.search === "" && url.hash === "";
}

/**
 * Checks the settings and derives the manifest's values. Every missing or malformed key is named, with what it
 * should be, in one error, so a deployment fixes them all in one go.
 */
export function manifestValuesFrom(settings: Settings): ManifestValues {
  const problems: string[] = [];
  const get = (key: PackageKey, valid: (value: string) => boolean): string => {
    const value = settings[key]?.trim() ?? "";
    if (value === "") problems.push(`${key} is missing: expected ${expected[key]}`);
    else if (!valid(value)) problems.push(`${key} is malformed: expected ${expected[key]}`);
    return value;
  };
  const publicOrigin = get("PUBLIC_ORIGIN", (v) => {
    const url = httpsUrl(v);
    return url !== undefined && isBareOrigin(url);
  });
  const teamsAppId = get("TEAMS_APP_ID", (v) => guid.test(v));
  const clientId = get("AAD_APP_CLIENT_ID", (v) => guid.test(v));
  const botId = get("BOT_APP_ID", (v) => guid.test(v));
  const siteUrl = get("SHAREPOINT_SITE_URL", (v) => httpsUrl(v) !== undefined);
  if (problems.length > 0) throw new Error(problems.join("\n"));

  const tab = new URL(publicOrigin);
  return {
    TEAMS_APP_ID: teamsAppId,
    AAD_APP_CLIENT_ID: clientId,
    BOT_APP_ID: botId,
    TAB_ORIGIN: tab.origin,
    TAB_DOMAIN: tab.host,
    SHAREPOINT_ORIGIN: new URL(siteUrl).origin,
  };
}

/** An environment's name as `--env` takes it: a plain word, so it can only name a file in the config folder. */
export function isEnvironmentName(name: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/i.test(name);
}

/**
 * The settings for one environment: its `.env` file (real values, git-ignored) when there is one, else the
 * committed example, with the process environment winning over the file (a variable set blank there blanks the
 * file's value, so \`BOT_APP_ID= npm run package …\` is refused as missing). Returns the file it read too.
 */
export function readEnvironmentSettings(
  environment: string,
  configDir: string,
  processEnv: Settings,
): { file: string; settings: Settings } {
  if (!isEnvironmentName(environment))
    throw new Error(`Not an environment name: ${JSON.stringify(environment)}`);
  const candidates = [`${environment}.env`, `${environment}.env.example`].map((name) =>
    path.join(configDir, name),
  );
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined) throw new Error(`No settings for ${environment}: none of ${candidates.join(", ")}`);
  const fromFile = parseEnv(readFileSync(file, "utf8"));
  const fromProcess = Object.fromEntries(
    packageKeys.flatMap((key) => {
      const value = processEnv[key];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  return { file, settings: { ...fromFile, ...fromProcess } };
}
