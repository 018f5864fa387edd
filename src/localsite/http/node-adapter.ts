import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiRequest, ApiResponse } from "../api/context";
import { handleApiRequest, STATUS_TEXT } from "../api/handle-api";
import type { Site } from "../api/site";
import { errorResponse } from "./error-body";
import { SpError } from "./errors";
import { metadataLevelOf } from "./metadata";
import type { Throttle } from "./throttle";

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function send(res: ServerResponse, answer: ApiResponse): void {
  const body = Buffer.from(answer.body, "utf8");
  res.writeHead(answer.status, STATUS_TEXT[answer.status] ?? "OK", {
    ...answer.headers,
    "content-length": String(body.length),
    "x-sharepointhealthscore": "0",
  });
  res.end(body);
}

export function isUnderSite(pathname: string, sitePath: string): boolean {
  const lower = pathname.toLowerCase();
  const site = sitePath.toLowerCase();
  return lower === site || lower.startsWith(`${site}/`);
}

/** Reads the request, applies throttling, answers through the REST handler. */
export function serve(site: Site, throttle: Throttle, req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("error", () => res.destroy());
  req.on("end", () => {
    const headers = headersOf(req);
    const host = headers.host ?? "localhost";
    const protocol = "encrypted" in req.socket && req.socket.encrypted === true ? "https" : "http";
    const request: ApiRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      url: new URL(req.url ?? "/", `${protocol}://${host}`),
      headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    if (throttle()) {
      const answer = errorResponse(
        metadataLevelOf(headers.accept),
        new SpError(
          429,
          "-2147024860, Microsoft.SharePoint.SPRequestThrottledException",
          "The request has been throttled. Retry after the time in Retry-After.",
          {
            "retry-after": "1",
          },
        ),
      );
      return send(res, answer);
    }
    let answer: ApiResponse;
    try {
      answer = handleApiRequest(site, request);
    } catch (error) {
      answer = errorResponse(metadataLevelOf(headers.accept), error);
    }
    send(res, answer);
  });
}
