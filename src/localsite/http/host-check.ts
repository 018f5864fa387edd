import { SpError } from "./errors";

/** The names a browser on this machine uses for it; any port. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** `name` or `name:port`, name a DNS-style host name, an IPv4 address or a bracketed IPv6 address. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)(?::(\d{1,5}))?$/i;

/** The host name of a Host header (lower-cased, port dropped), or undefined when it is not a valid one. */
export function hostNameOf(header: string | undefined): string | undefined {
  const match = HOST_HEADER.exec((header ?? "").trim());
  if (match?.[1] === undefined) return undefined;
  if (match[2] !== undefined && Number(match[2]) > 65535) return undefined;
  return match[1].toLowerCase();
}

/** Whether a listen address stays on this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopbackAddress(address: string): boolean {
  const lower = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return (
    lower === "localhost" ||
    lower === "::1" ||
    lower === "::ffff:127.0.0.1" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(lower)
  );
}

/**
 * Which Host headers the site answers: the loopback names, plus `allowed` (names with or without a port,
 * `"*"` for any). The site trusts unsigned tokens, so a page on another origin whose name resolves to
 * 127.0.0.1 (DNS rebinding) must not reach it: its requests carry that other name in Host.
 */
export function createHostPolicy(allowed: readonly string[] = []): (header: string | undefined) => void {
  const any = allowed.includes("*");
  const names = new Set(allowed.map((entry) => hostNameOf(entry)).filter((name) => name !== undefined));
  return (header) => {
    const name = hostNameOf(header);
    if (name !== undefined && (LOOPBACK_NAMES.has(name) || any || names.has(name))) return;
    throw new SpError(
      403,
      "-2147024891, System.UnauthorizedAccessException",
      `The host name '${(header ?? "").slice(0, 100)}' is not allowed to reach the local site: it answers only ` +
        "localhost, 127.0.0.1 and [::1] unless started with allowedHosts.",
    );
  };
}
