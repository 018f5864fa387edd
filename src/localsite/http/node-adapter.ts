import type { IncomingMessage, ServerResponse } from "node:http";
import getRawBody from "raw-body";
import type { ApiRequest, ApiResponse } from "../api/context";
import { callerOf } from "../api/authenticate";
import { handleApiRequest, STATUS_TEXT } from "../api/handle-api";
import type { Site } from "../api/site";
import { errorResponse } from "./error-body";
import { badRequest, payloadTooLarge, SpError } from "./errors";
import { metadataLevelOf, type MetadataLevel } from "./metadata";
import type { Throttle } from "./throttle";

/** How much of a request body the site reads before answering 413 (bytes). */
export interface BodyLimits {
  /** Every request but `$batch` (JSON bodies). */
  json: number;
  /** `POST …/_api/$batch`. */
  batch: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { json: 10 * 1024 * 1024, batch: 100 * 1024 * 1024 };

export interface ServeOptions {
  limits: BodyLimits;
  throttle: Throttle;
  /** Throws (403) when the Host header names a host the site does not answer. */
  checkHost: (host: string | undefined) => void;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function send(res: ServerResponse, answer: ApiResponse, close = false): void {
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(answer.body, "utf8");
  const headers: Record<string, string> = {
    ...answer.headers,
    "content-length": String(body.length),
    "x-sharepointhealthscore": "0",
  };
  // Closing tells Node not to read the rest of an unread body: once this answer is written the socket goes.
  if (close) headers.connection = "close";
  res.writeHead(answer.status, STATUS_TEXT[answer.status] ?? "OK", headers);
  res.end(body);
}

export function isUnderSite(pathname: string, sitePath: string): boolean {
  const lower = pathname.toLowerCase();
  const site = sitePath.toLowerCase();
  return lower === site || lower.startsWith(`${site}/`);
}

/** The request's absolute URL: origin from the (checked) Host header, path and query from the request line. */
function requestUrl(req: IncomingMessage, host: string): URL {
  const raw = req.url ?? "/";
  // Only origin-form targets ("/path?query"): an absolute-form or "//host/…" one would pick its own origin.
  if (!raw.startsWith("/") || raw.startsWith("//")) throw badRequest("The request URL must be a path.");
  const protocol = "encrypted" in req.socket && req.socket.encrypted === true ? "https" : "http";
  let url: URL;
  try {
    url = new URL(raw, `${protocol}://${host}`);
  } catch {
    throw badRequest("The request URL is not valid.");
  }
  try {
    decodeURIComponent(url.pathname);
  } catch {
    throw badRequest(
      "The request URL is not valid: its path holds a broken percent-encoding or invalid UTF-8.",
    );
  }
  return url;
}

function isBatch(url: URL): boolean {
  return url.pathname.toLowerCase().endsWith("/_api/$batch");
}

function throttled(): SpError {
  return new SpError(
    429,
    "-2147024860, Microsoft.SharePoint.SPRequestThrottledException",
    "The request has been throttled. Retry after the time in Retry-After.",
    { "retry-after": "1" },
  );
}

/**
 * Answers one request. Everything that can refuse it from the headers alone — the Host, the caller, the
 * throttle, a Content-Length over the limit — answers before a byte of the body is read, and a refusal to
 * an unchecked peer closes the connection instead of draining the body. The body is then read up to its
 * limit (raw-body), decoded as strict UTF-8 and handed to the REST layer. Nothing here throws to the server.
 */
export function serve(site: Site, options: ServeOptions, req: IncomingMessage, res: ServerResponse): void {
  const headers = headersOf(req);
  const level: MetadataLevel = metadataLevelOf(headers.accept);
  const refuse = (error: unknown): void => send(res, errorResponse(level, error), true);
  let url: URL;
  try {
    options.checkHost(headers.host);
    url = requestUrl(req, headers.host ?? "localhost");
    callerOf(site, headers.authorization);
  } catch (error) {
    return refuse(error);
  }
  // An authenticated caller's unread body is drained by Node (the connection stays open for PnPjs's retry).
  if (options.throttle()) return send(res, errorResponse(level, throttled()));
  const limit = isBatch(url) ? options.limits.batch : options.limits.json;
  req.on("error", () => res.destroy());
  getRawBody(req, { length: headers["content-length"], limit }, (error, buffer) => {
    if (error) {
      if (error.type === "entity.too.large") return refuse(payloadTooLarge(limit));
      if (error.type === "request.aborted") return void res.destroy();
      return refuse(badRequest(`The request body could not be read (${error.type}).`));
    }
    let answer: ApiResponse;
    try {
      let body: string;
      try {
        body = utf8.decode(buffer);
      } catch {
        throw badRequest("The request body is not valid UTF-8.");
      }
      const request: ApiRequest = { method: (req.method ?? "GET").toUpperCase(), url, headers, body };
      answer = handleApiRequest(site, request);
    } catch (failure) {
      answer = errorResponse(level, failure);
    }
    send(res, answer);
  });
}
