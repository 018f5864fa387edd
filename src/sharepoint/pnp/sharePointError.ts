import { HttpRequestError } from "@pnp/queryable";

/** What SharePoint said about a failed request: its HTTP status and its own message (from `odata.error`). */
export interface SharePointFailure {
  status: number;
  code: string;
  message: string;
}

interface ODataErrorBody {
  "odata.error"?: { code?: string; message?: { value?: string } };
  error?: { code?: string; message?: { value?: string } | string };
}

function fromBody(text: string): { code: string; message: string } | undefined {
  try {
    const body = JSON.parse(text) as ODataErrorBody;
    const error = body["odata.error"] ?? body.error;
    if (error === undefined) return undefined;
    const message = typeof error.message === "string" ? error.message : (error.message?.value ?? "");
    return { code: error.code ?? "", message };
  } catch {
    return undefined;
  }
}

/** SharePoint's HRESULT for a repeated value in a column that enforces unique values (0x810200BF). */
export const duplicateValuesCode = -2130575169;

/**
 * Whether SharePoint refused a write because a unique column (`Key`) already holds the value: the
 * `SPDuplicateValuesFoundException` of an add or MERGE (SharePoint Online answers 500), or its HRESULT in a
 * validate-update method's per-field result.
 */
export function isDuplicateValues(failure: { code: string } | { ErrorCode?: number }): boolean {
  if ("code" in failure)
    return (
      failure.code.includes("SPDuplicateValuesFoundException") ||
      failure.code.startsWith(`${duplicateValuesCode},`)
    );
  return failure.ErrorCode === duplicateValuesCode;
}

/** Reads a PnPjs failure; undefined when the error is not an HTTP failure (network down, a bug). */
export async function readSharePointFailure(error: unknown): Promise<SharePointFailure | undefined> {
  if (!(error instanceof HttpRequestError) && !isHttpRequestErrorLike(error)) return undefined;
  const status = error.status;
  let text = "";
  try {
    text = await error.response.clone().text();
  } catch {
    // The body was already read: fall back to the text PnPjs put in its message.
    text = error.message.split("::> ")[1] ?? "";
  }
  const parsed = fromBody(text);
  return { status, code: parsed?.code ?? "", message: parsed?.message ?? (text || error.message) };
}

/** Batched parts throw errors built in another module instance under Jest; PnPjs marks them with a flag. */
function isHttpRequestErrorLike(error: unknown): error is HttpRequestError {
  return typeof error === "object" && error !== null && "isHttpRequestError" in error && "status" in error;
}
