import type { Caller } from "../security/caller";
import { shapeEntity, type Entity } from "../http/entity";
import { contentTypeOf, metadataLevelOf, type MetadataLevel } from "../http/metadata";
import { argumentError } from "../http/errors";
import type { Site } from "./site";

export interface ApiRequest {
  method: string;
  /** Absolute request URL (origin from the Host header). */
  url: URL;
  headers: Record<string, string>;
  body: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Objects and arrays a JSON body may nest (OData's default MaxNestingDepth): handlers walk values recursively. */
export const MAX_JSON_DEPTH = 100;

/**
 * How deep a parsed JSON value nests, counted without recursion (JSON.parse itself is iterative; a value
 * 100,000 arrays deep would overflow the stack of anything recursive that meets it later). Stops past `limit`.
 */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== "object" || current === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof inner === "object" && inner !== null) stack.push([inner, depth + 1]);
    }
  }
  return deepest;
}

/** One API call: the site, the caller, the request and how to shape the answer. */
export class RequestContext {
  readonly level: MetadataLevel;
  readonly webUrl: string;
  readonly method: string;
  private parsedBody: Record<string, unknown> | undefined;

  constructor(
    readonly site: Site,
    readonly request: ApiRequest,
    readonly caller: Caller,
  ) {
    this.level = metadataLevelOf(request.headers.accept);
    this.webUrl = `${request.url.origin}${site.settings.sitePath}`;
    const override = request.headers["x-http-method"];
    this.method = (
      request.method === "POST" && override !== undefined ? override : request.method
    ).toUpperCase();
  }

  get apiUrl(): string {
    return `${this.webUrl}/_api`;
  }

  get query(): URLSearchParams {
    return this.request.url.searchParams;
  }

  body(): Record<string, unknown> {
    if (this.parsedBody !== undefined) return this.parsedBody;
    const text = this.request.body.trim();
    if (text === "") return (this.parsedBody = {});
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw argumentError("Invalid JSON. A token was not recognized in the JSON content.");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw argumentError("Invalid JSON. The request body must be a JSON object.");
    }
    if (nestingDepth(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw argumentError(
        `Invalid JSON. The request body nests deeper than ${MAX_JSON_DEPTH} levels (OData's MaxNestingDepth).`,
      );
    }
    return (this.parsedBody = parsed as Record<string, unknown>);
  }

  json(status: number, payload: unknown, headers: Record<string, string> = {}): ApiResponse {
    return {
      status,
      headers: { "content-type": contentTypeOf(this.level), ...headers },
      body: JSON.stringify(payload),
    };
  }

  entity(
    entity: Entity,
    metadataSet: string,
    status = 200,
    headers: Record<string, string> = {},
  ): ApiResponse {
    const shaped = shapeEntity(entity, this.level);
    if (this.level === "verbose") return this.json(status, { d: shaped }, headers);
    if (this.level === "none") return this.json(status, shaped, headers);
    return this.json(
      status,
      { "odata.metadata": `${this.apiUrl}/$metadata#${metadataSet}/@Element`, ...shaped },
      headers,
    );
  }

  collection(entities: readonly Entity[], metadataSet: string, nextLink?: string): ApiResponse {
    const shaped = entities.map((entity) => shapeEntity(entity, this.level));
    if (this.level === "verbose") {
      const d: Record<string, unknown> = { results: shaped };
      if (nextLink !== undefined) d.__next = nextLink;
      return this.json(200, { d });
    }
    const out: Record<string, unknown> = {};
    if (this.level === "minimal") out["odata.metadata"] = `${this.apiUrl}/$metadata#${metadataSet}`;
    out.value = shaped;
    if (nextLink !== undefined) out["odata.nextLink"] = nextLink;
    return this.json(200, out);
  }

  /** A bare value (e.g. EffectiveBasePermissions) shaped per level. */
  value(name: string, type: string, value: Record<string, unknown>): ApiResponse {
    if (this.level === "verbose")
      return this.json(200, { d: { [name]: { __metadata: { type }, ...value } } });
    if (this.level === "none") return this.json(200, value);
    return this.json(200, { "odata.metadata": `${this.apiUrl}/$metadata#${type}`, ...value });
  }

  noContent(headers: Record<string, string> = {}): ApiResponse {
    return { status: 204, headers, body: "" };
  }
}
