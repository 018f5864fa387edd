import { z } from "zod";

/**
 * What the tab needs to know, served to it as `/config.json`.
 * Local mode lets you act as any demo person (an unsigned token the local site accepts);
 * production has no such path: its schema has no picker and refuses one.
 */
export const localTabConfigSchema = z
  .object({
    mode: z.literal("local"),
    /** Server-relative or absolute URL of the SharePoint site the tab talks to. */
    siteUrl: z.string().min(1),
    personPicker: z.literal(true),
  })
  .strict();

export const productionTabConfigSchema = z
  .object({
    mode: z.literal("production"),
    siteUrl: z.url({ protocol: /^https$/ }),
    /** The Entra app registration the tab signs in with (nested app auth inside Teams, MSAL outside). */
    clientId: z.uuid(),
    tenantId: z.uuid(),
    /** The app's own API, for writes: `api://<host>/<clientId>/access_as_user`. */
    apiScope: z.string().regex(/^api:\/\/[a-z0-9.-]+(?::\d{1,5})?\/[0-9a-f-]{36}\/access_as_user$/),
  })
  .strict();

export const tabConfigSchema = z.discriminatedUnion("mode", [
  localTabConfigSchema,
  productionTabConfigSchema,
]);
export type TabConfig = z.infer<typeof tabConfigSchema>;
export type LocalTabConfig = z.infer<typeof localTabConfigSchema>;

/**
 * A CSP source the server may put in its policy: `'self'` or an https origin (a leading `*.` allowed), with an
 * optional path. Nothing looser (no bare `https:`, no `*`, no `'unsafe-…'`).
 */
const cspSourceSchema = z
  .string()
  .regex(/^(?:'self'|https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?(?:\/[\w.~/-]*)?)$/);

/** A host name (and optional port) the server answers to, as the `Host` header carries it. */
const hostNameSchema = z.string().regex(/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])(?::\d{1,5})?$/);

/** Who may frame the tab, and what the tab may call besides its own origin (the Content-Security-Policy). */
const securityFields = {
  frameAncestors: z.array(cspSourceSchema).min(1),
  connectSources: z.array(cspSourceSchema),
};

/** Where the app identity's certificate comes from: a file the host provides, or PEM text in the environment. */
export const appCertificateSourceSchema = z.union([
  z.object({ path: z.string().min(1) }).strict(),
  z.object({ pem: z.string().min(1) }).strict(),
]);
export type AppCertificateSource = z.infer<typeof appCertificateSourceSchema>;

/** What the server needs: where it listens, what it serves, and (locally) where the local site keeps its data. */
export const serverConfigSchema = z.discriminatedUnion("environment", [
  z
    .object({
      environment: z.literal("local"),
      port: z.number().int().min(0).max(65535),
      host: z.string().min(1),
      tabDir: z.string().min(1),
      localSite: z
        .object({
          /** Where the local site is mounted; the tab's siteUrl points here. */
          path: z.string().regex(/^\/sites\/[a-z0-9-]+$/),
          dataDir: z.string().min(1),
          /** Which data to put in on first start. */
          seed: z.enum(["demo", "municipal", "none"]),
          /** Answer some requests 429 (`0.2` = a fifth, `every:3`): to try the app as SharePoint throttles it. */
          throttle: z
            .string()
            .regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?|every:[1-9]\d*)$/, "0–1 or every:N")
            .optional(),
        })
        .strict(),
      /**
       * Listening beyond loopback exposes a site that trusts unsigned tokens: anyone who can reach it can act
       * as anyone. Only with this set on purpose (MALKEDJAN_ALLOW_NETWORK=1).
       */
      allowNetwork: z.boolean(),
      tab: localTabConfigSchema,
      security: z
        .object({
          ...securityFields,
          /**
           * The local site trusts unsigned tokens: answer only requests addressed to a loopback name, so a
           * web page whose host name is re-bound to 127.0.0.1 (DNS rebinding) gets nothing.
           */
          allowedHosts: z.literal("loopback"),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      environment: z.literal("production"),
      port: z.number().int().min(0).max(65535),
      host: z.string().min(1),
      tabDir: z.string().min(1),
      /** Where people reach the app (tab, API, bot): an https origin; its host names the API's Entra resource. */
      publicOrigin: z.string().regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/),
      /** The SharePoint site that holds every list, written with the app's own identity. */
      siteUrl: z.url({ protocol: /^https$/ }),
      /** The one Entra app: the tab's sign-in, the API's audience, the app identity to SharePoint. */
      entra: z.object({ tenantId: z.uuid(), clientId: z.uuid() }).strict(),
      /** The app identity's certificate (private key and certificate, PEM): a file the host provides, or the text. */
      appCertificate: appCertificateSourceSchema,
      /** The SharePoint group that may read the archived goals of people who have left. */
      hrGroup: z.string().min(1),
      /** The bot's Entra app id and the Teams app package's id: the package needs them, the server not yet. */
      botAppId: z.uuid().optional(),
      teamsAppId: z.uuid().optional(),
      tab: productionTabConfigSchema,
      security: z
        .object({
          ...securityFields,
          /** Behind the load balancer every host name is its own business; list them to refuse others. */
          allowedHosts: z.array(hostNameSchema).min(1).optional(),
        })
        .strict(),
    })
    .strict(),
]);
export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type LocalServerConfig = Extract<ServerConfig, { environment: "local" }>;
export type ProductionServerConfig = Extract<ServerConfig, { environment: "production" }>;
