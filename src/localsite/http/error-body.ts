import { ODataQueryError } from "../odata";
import type { ApiResponse } from "../api/context";
import { SpError } from "./errors";
import { contentTypeOf, type MetadataLevel } from "./metadata";

/** SharePoint's error body: `odata.error` in minimal/no metadata, `error` in verbose. */
export function errorResponse(level: MetadataLevel, error: unknown): ApiResponse {
  let status = 500;
  let code = "-2146233088, System.InvalidOperationException";
  let message = "The local site could not complete the request.";
  let headers: Record<string, string> = {};
  if (error instanceof SpError) {
    ({ status, code, message } = error);
    headers = error.headers;
  } else if (error instanceof ODataQueryError) {
    status = error.status;
    code = error.code;
    message = error.message;
  } else {
    console.error("localsite: unexpected error", error);
    if (error instanceof Error) message = error.message;
  }
  const payload = { code, message: { lang: "en-US", value: message } };
  const body = level === "verbose" ? { error: payload } : { "odata.error": payload };
  return {
    status,
    headers: { "content-type": contentTypeOf(level), ...headers },
    body: JSON.stringify(body),
  };
}
