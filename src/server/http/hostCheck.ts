import type { RequestHandler } from "express";
import { problem } from "./problem";

/** `localhost`, `127.0.0.1` or `[::1]`, any port (the `Host` header's form, case-insensitive). */
const loopbackHost = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** Which `Host` headers the server answers: loopback names only (local mode), a list, or any. */
export type AllowedHosts = "loopback" | readonly string[] | undefined;

export function isAllowedHost(host: string | undefined, allowed: AllowedHosts): boolean {
  if (allowed === undefined) return true;
  if (host === undefined) return false;
  if (allowed === "loopback") return loopbackHost.test(host);
  const lower = host.toLowerCase();
  return allowed.some((name) => lower === name || (!name.includes(":") && lower.startsWith(`${name}:`)));
}

/**
 * Refuses requests addressed to another host. In local mode this is the defence against DNS rebinding: a web
 * page whose own host name someone re-binds to 127.0.0.1 reaches this server under that name, and the local
 * site would take its unsigned tokens; a browser cannot forge the `Host` header, so such requests stop here.
 */
export function hostCheck(allowed: AllowedHosts): RequestHandler {
  return (req, res, next) => {
    if (isAllowedHost(req.headers.host, allowed)) return next();
    problem(
      res,
      421,
      "host-not-allowed",
      "Fel värdnamn",
      allowed === "loopback"
        ? "Den lokala servern svarar bara på localhost, 127.0.0.1 och [::1]."
        : "Servern svarar inte på det här värdnamnet.",
    );
  };
}
