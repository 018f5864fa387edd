import path, { isAbsolute } from "node:path";
import { z } from "zod";
import { entraSignInSource, httpsOrigin, teamsFrameAncestors, teamsJsValidOriginsSource } from "./security";

type Env = Readonly<Record<string, string | undefined>>;

/** A comma-separated list, or undefined when the variable is unset or blank. */
function list(value: string | undefined): string[] | undefined {
  const items = (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== "");
  return items.length === 0 ? undefined : items;
}

/** The app's own API scope, from where it is reached and its client id; undefined when either is missing. */
export function apiScopeOf(
  publicOrigin: string | undefined,
  clientId: string | undefined,
): string | undefined {
  const origin = httpsOrigin(publicOrigin);
  if (origin === undefined || clientId === undefined) return undefined;
  return `api://${new URL(origin).host}/${clientId}/access_as_user`;
}

/** An https origin and nothing more (no path, query or fragment): `https://malkedjan.kommun.se`. */
const httpsOriginOnly = z.string().refine((value) => httpsOrigin(value) === value.replace(/\/$/, ""));
const httpsUrl = z.url({ protocol: /^https$/ });
const pemPrivateKey =
  /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;
const pemCertificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/**
 * Every production setting, by the name of its environment variable, with what it expects in words: a start
 * that fails names the variable and this, never the value (some are secrets).
 */
export const productionVariables = {
  PUBLIC_ORIGIN: {
    expects: "where people reach the app, an https origin without a path (https://malkedjan.kommun.se)",
    schema: httpsOriginOnly,
  },
  SHAREPOINT_SITE_URL: {
    expects: "the SharePoint site's https address (https://<tenant>.sharepoint.com/sites/<site>)",
    schema: httpsUrl,
  },
  AAD_APP_TENANT_ID: { expects: "the Entra tenant id (a UUID)", schema: z.uuid() },
  AAD_APP_CLIENT_ID: { expects: "the Entra app's client id (a UUID)", schema: z.uuid() },
  APP_CERTIFICATE_PATH: {
    expects:
      "the absolute path of the app's certificate file, PEM with the private key and the certificate (or APP_CERTIFICATE_PEM)",
    schema: z.string().refine(isAbsolute).optional(),
  },
  APP_CERTIFICATE_PEM: {
    expects: "the app's private key and certificate as PEM text (or APP_CERTIFICATE_PATH)",
    schema: z
      .string()
      .refine((pem) => pemPrivateKey.test(pem) && pemCertificate.test(pem))
      .optional(),
  },
  HR_GROUP: {
    expects: "the name of the SharePoint group that may read the goals of people who have left",
    schema: z.string().trim().min(1).max(255),
  },
  BOT_APP_ID: { expects: "the bot's Entra app id (a UUID)", schema: z.uuid().optional() },
  TEAMS_APP_ID: { expects: "the Teams app package's id (a UUID)", schema: z.uuid().optional() },
  PORT: {
    expects: "the port to listen on (0–65535)",
    schema: z.coerce.number().int().min(0).max(65535).optional(),
  },
  HOST: { expects: "the address to listen on (0.0.0.0)", schema: z.string().optional() },
  TAB_DIR: { expects: "the folder of the built tab", schema: z.string().optional() },
  ALLOWED_HOSTS: {
    expects: "the host names the load balancer forwards, separated by commas",
    schema: z.string().optional(),
  },
} as const;

export type ProductionVariable = keyof typeof productionVariables;
const productionEnvSchema = z.object(
  Object.fromEntries(Object.entries(productionVariables).map(([key, v]) => [key, v.schema])) as {
    [K in ProductionVariable]: (typeof productionVariables)[K]["schema"];
  },
);

/** Refused production settings, one line per variable: `AAD_APP_CLIENT_ID: the Entra app's client id (a UUID) is missing`. */
export class ProductionSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid production configuration:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ProductionSettingsError";
  }
}

/** The production variables that are set (blank counts as unset), checked one by one. */
function productionEnvOf(env: Env): z.infer<typeof productionEnvSchema> {
  const given: Record<string, string> = {};
  for (const key of Object.keys(productionVariables)) {
    const value = env[key]?.trim();
    if (value !== undefined && value !== "") given[key] = value;
  }
  const parsed = productionEnvSchema.safeParse(given);
  const problems = new Map<string, string>();
  const refuse = (key: ProductionVariable, what: string): void => {
    if (!problems.has(key)) problems.set(key, `${key}: ${productionVariables[key].expects} ${what}`);
  };
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0]) as ProductionVariable;
    refuse(key, given[key] === undefined ? "is missing" : "is malformed");
  }
  // Exactly one certificate source: a file the host provides, or the PEM in the environment.
  const { APP_CERTIFICATE_PATH: certificatePath, APP_CERTIFICATE_PEM: certificatePem } = given;
  if (certificatePath === undefined && certificatePem === undefined)
    refuse("APP_CERTIFICATE_PATH", "is missing");
  if (certificatePath !== undefined && certificatePem !== undefined)
    refuse("APP_CERTIFICATE_PEM", "is set as well as APP_CERTIFICATE_PATH: set one of them, not both");
  if (parsed.success && problems.size === 0) return parsed.data;
  throw new ProductionSettingsError([...problems.values()]);
}

/**
 * Production: the tab talks to SharePoint Online and signs in with nested app auth; the server verifies
 * callers' Entra tokens and writes as the app's own identity (a certificate). There is no local site and no
 * person picker. Every variable is checked here, so a missing or malformed one stops the start with its name.
 * `ALLOWED_HOSTS` (comma-separated host names) makes the server refuse requests for any other host.
 */
export function productionSettings(rawEnv: Env, root: string): unknown {
  const env = productionEnvOf(rawEnv);
  const sharePointOrigin = httpsOrigin(env.SHAREPOINT_SITE_URL);
  const publicOrigin = env.PUBLIC_ORIGIN.replace(/\/$/, "");
  const allowedHosts = list(env.ALLOWED_HOSTS);
  return {
    environment: "production",
    port: env.PORT ?? 3978,
    host: env.HOST ?? "0.0.0.0",
    tabDir: path.resolve(root, env.TAB_DIR ?? "dist/tab"),
    publicOrigin,
    siteUrl: env.SHAREPOINT_SITE_URL.replace(/\/+$/, ""),
    entra: { tenantId: env.AAD_APP_TENANT_ID, clientId: env.AAD_APP_CLIENT_ID },
    appCertificate:
      env.APP_CERTIFICATE_PEM === undefined
        ? { path: env.APP_CERTIFICATE_PATH }
        : { pem: env.APP_CERTIFICATE_PEM },
    hrGroup: env.HR_GROUP,
    ...(env.BOT_APP_ID === undefined ? {} : { botAppId: env.BOT_APP_ID }),
    ...(env.TEAMS_APP_ID === undefined ? {} : { teamsAppId: env.TEAMS_APP_ID }),
    tab: {
      mode: "production",
      siteUrl: env.SHAREPOINT_SITE_URL,
      clientId: env.AAD_APP_CLIENT_ID,
      tenantId: env.AAD_APP_TENANT_ID,
      apiScope: apiScopeOf(publicOrigin, env.AAD_APP_CLIENT_ID),
    },
    security: {
      // Only Teams and the other Microsoft 365 hosts may frame the tab.
      frameAncestors: [...teamsFrameAncestors],
      // The tab reads SharePoint Online directly with the person's token, which MSAL gets from Entra.
      connectSources: [
        "'self'",
        teamsJsValidOriginsSource,
        entraSignInSource,
        ...(sharePointOrigin === undefined ? [] : [sharePointOrigin]),
      ],
      ...(allowedHosts === undefined ? {} : { allowedHosts }),
    },
  };
}
