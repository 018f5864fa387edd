import type { RequestHandler } from "express";
import helmet from "helmet";

/** What the server's security headers allow; built from `config.security` and the environment. */
export interface SecurityPolicy {
  readonly environment: "local" | "production";
  /** CSP `frame-ancestors`: the Microsoft 365 hosts (and `'self'` locally). */
  readonly frameAncestors: readonly string[];
  /** CSP `connect-src`: `'self'`, teams-js's origin list and, in production, SharePoint Online. */
  readonly connectSources: readonly string[];
}

/**
 * The Content-Security-Policy for the built tab (webpack: one `<script defer src="/…">` per entry file,
 * chunks loaded from `/`, no inline script, no eval). Fluent UI v9 (Griffel) inserts `<style>` elements at
 * run time, and index.html has one small `<style>`: hence `style-src 'unsafe-inline'`, for styles only.
 */
export function contentSecurityDirectives(policy: SecurityPolicy): Record<string, string[] | null> {
  return {
    "default-src": ["'self'"],
    "base-uri": ["'self'"],
    "script-src": ["'self'"],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": [...policy.connectSources],
    "frame-ancestors": [...policy.frameAncestors],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
    // Production runs behind TLS; the local server speaks plain http on loopback.
    "upgrade-insecure-requests": policy.environment === "production" ? [] : null,
  };
}

/**
 * helmet, set for a Teams tab; mounted first, so every response carries these headers (the tab, static
 * files, JSON, problems, the local site's answers).
 */
export function securityHeaders(policy: SecurityPolicy): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityDirectives(policy) },
    // X-Frame-Options can only say DENY or SAMEORIGIN, and either would stop Teams (another origin) from
    // framing the tab. CSP `frame-ancestors` above supersedes it in every browser Teams supports and names
    // exactly the hosts that may frame us, so the older header is left out.
    xFrameOptions: false,
    // A sign-in popup (MSAL's fallback outside Teams, a later issue) must keep its link to the opener.
    crossOriginOpenerPolicy: { policy: "same-origin-allow-popups" },
    referrerPolicy: { policy: "no-referrer" },
    // HSTS only means something over https: production (behind TLS), not plain http on loopback.
    strictTransportSecurity: policy.environment === "production" ? { maxAge: 31_536_000 } : false,
  });
}
