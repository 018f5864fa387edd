import { ODataQueryError, parseBatchRequest, serializeBatchResponse } from "../odata";
import { errorResponse } from "../http/error-body";
import { SpError } from "../http/errors";
import { metadataLevelOf } from "../http/metadata";
import { parseSegments } from "../http/path";
import { callerOf } from "./authenticate";
import { RequestContext, type ApiRequest, type ApiResponse } from "./context";
import { dispatch } from "./dispatch";
import { contextInfo } from "./handlers/web";
import { resolveResource } from "./resolve";
import type { Site } from "./site";

export const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Request Entity Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

function authenticate(site: Site, request: ApiRequest): RequestContext {
  return new RequestContext(site, request, callerOf(site, request.headers.authorization));
}

function apiPathOf(site: Site, request: ApiRequest): string {
  const path = request.url.pathname;
  const prefix = `${site.settings.sitePath}/_api/`;
  if (!path.toLowerCase().startsWith(prefix.toLowerCase())) {
    throw new SpError(
      404,
      "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
      `Cannot find resource for the request ${path}.`,
    );
  }
  return path.slice(prefix.length);
}

function handleBatch(site: Site, ctx: RequestContext): ApiResponse {
  const request = ctx.request;
  const parts = parseBatchRequest(request.body, request.headers["content-type"] ?? "");
  // Every part is checked before any runs: a batch that cannot run whole runs not at all.
  const urls = parts.map((part) => {
    let url: URL;
    try {
      url = new URL(part.url, request.url);
    } catch {
      throw new ODataQueryError(`The batch request is not valid: '${part.url.slice(0, 200)}' is not a URL.`);
    }
    if (/\/(\$|%24)batch$/i.test(url.pathname)) {
      throw new ODataQueryError("The batch request is not valid: a $batch cannot hold another $batch.");
    }
    return url;
  });
  // One transaction around the whole batch (one commit instead of one per part); each write part still runs
  // in its own nested transaction (a savepoint), so a failing part leaves nothing behind and the others stand.
  const answers = site.store.atomic(() =>
    parts.map((part, index) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(part.headers)) headers[name.toLowerCase()] = value;
      if (request.headers.authorization !== undefined) headers.authorization = request.headers.authorization;
      const answer = handleApiRequest(site, {
        method: part.method.toUpperCase(),
        url: urls[index] ?? request.url,
        headers,
        body: part.body,
      });
      return {
        status: answer.status,
        statusText: STATUS_TEXT[answer.status] ?? "OK",
        headers: answer.headers,
        body: answer.body,
      };
    }),
  );
  const serialized = serializeBatchResponse(answers);
  return { status: 200, headers: { "content-type": serialized.contentType }, body: serialized.body };
}

/** One REST call against the site: authenticate, resolve the path, run the method; errors shaped like SharePoint's. */
export function handleApiRequest(site: Site, request: ApiRequest): ApiResponse {
  try {
    const ctx = authenticate(site, request);
    const apiPath = apiPathOf(site, request);
    const lower = apiPath.toLowerCase();
    if (lower === "contextinfo") return contextInfo(ctx);
    if (lower === "$batch") return handleBatch(site, ctx);
    if (lower === "site" || lower.startsWith("site?")) {
      return ctx.entity(
        {
          type: "SP.Site",
          id: `${ctx.apiUrl}/Site`,
          editLink: "Site",
          props: { Id: site.siteId, ServerRelativeUrl: site.settings.sitePath, Url: ctx.webUrl },
        },
        "SP.ApiData.Sites",
      );
    }
    const segments = parseSegments(apiPath, request.url.searchParams);
    // One transaction per write: a failure half-way (a 412, a 403 on a later step) leaves nothing behind.
    const run = (): ApiResponse => dispatch(ctx, resolveResource(ctx, segments));
    return ctx.method === "GET" ? run() : site.store.atomic(run);
  } catch (error) {
    return errorResponse(metadataLevelOf(request.headers.accept), error);
  }
}
