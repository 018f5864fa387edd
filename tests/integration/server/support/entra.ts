/**
 * A stand-in for Entra's side of sign-in, made in the test: RS256 key pairs, their JWKS served over real
 * HTTP on loopback (so jose's createRemoteJWKSet fetches it as it fetches the tenant's keys), and access
 * tokens for the app's API with any claim changed.
 */
import { createServer, type Server } from "node:http";
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { closeServer, listenOnLoopback } from "./http";

export const tenantId = "11111111-2222-4333-8444-555555555555";
export const clientId = "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d";
export const publicOrigin = "https://malkedjan.huddinge.se";

/** Production settings as the tests start them (the certificate path is only shape-checked by the config). */
export const productionEnv = {
  MALKEDJAN_ENV: "production",
  PUBLIC_ORIGIN: publicOrigin,
  SHAREPOINT_SITE_URL: "https://huddinge.sharepoint.com/sites/styrning",
  AAD_APP_CLIENT_ID: clientId,
  AAD_APP_TENANT_ID: tenantId,
  APP_CERTIFICATE_PATH: "/etc/malkedjan/app-certificate.pem",
  HR_GROUP: "Målkedjan HR",
};

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: Key;
}

export interface TestEntra {
  /** The tenant's key, published in the JWKS. */
  readonly key: SigningKey;
  /** Another key with the same kid, never published: what a forger would sign with. */
  readonly forger: SigningKey;
  /** The key set as the server gets it: fetched from the JWKS URL over HTTP. */
  readonly keys: JWTVerifyGetKey;
  /** How many times the JWKS was fetched. */
  readonly fetches: () => number;
  readonly close: () => Promise<void>;
}

export async function startTestEntra(): Promise<TestEntra> {
  const tenant = await generateKeyPair("RS256");
  const forged = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(tenant.publicKey)), kid: "tenant-key-1", alg: "RS256", use: "sig" };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches += 1;
    if (req.url !== "/discovery/v2.0/keys") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
  });
  const port = await listenOnLoopback(server);
  return {
    key: { kid: "tenant-key-1", privateKey: tenant.privateKey },
    forger: { kid: "tenant-key-1", privateKey: forged.privateKey },
    keys: createRemoteJWKSet(new URL(`http://127.0.0.1:${port}/discovery/v2.0/keys`)),
    fetches: () => fetches,
    close: () => closeServer(server),
  };
}

/** The claims of a good access token for the API, as Entra v2.0 issues one (an hour from now). */
export function goodClaims(person: { oid?: string; upn?: string }): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    aud: clientId,
    tid: tenantId,
    scp: "access_as_user",
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3600,
    ver: "2.0",
    ...(person.oid === undefined ? {} : { oid: person.oid }),
    ...(person.upn === undefined ? {} : { preferred_username: person.upn }),
  };
}

/** A token with these claims signed RS256 with `key` (claims set to undefined are left out). */
export async function signed(claims: JWTPayload, key: SigningKey): Promise<string> {
  const defined = Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
  return new SignJWT(defined)
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: key.kid })
    .sign(key.privateKey);
}

/** The same claims with an HMAC signature (a shared secret), which the API must never accept. */
export async function hmacSigned(claims: JWTPayload): Promise<string> {
  const secret = new TextEncoder().encode("a shared secret that anyone could have");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: "tenant-key-1" })
    .sign(secret);
}

/** The same claims unsigned (`alg: none`), the kind the local site accepts. */
export function unsigned(claims: JWTPayload): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}
