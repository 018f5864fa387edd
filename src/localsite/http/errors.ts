/** A failure answered the way SharePoint answers it: status, error code and message. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const ACCESS_DENIED_CODE = "-2147024891, System.UnauthorizedAccessException";

export function accessDenied(): SpError {
  return new SpError(403, ACCESS_DENIED_CODE, "Access denied.");
}

export function unauthorized(reason: string): SpError {
  return new SpError(401, ACCESS_DENIED_CODE, reason);
}

export function argumentError(message: string, status = 400): SpError {
  return new SpError(status, "-1, System.ArgumentException", message);
}

export function notFound(message: string): SpError {
  return new SpError(404, "-2147024809, System.ArgumentException", message);
}

export function listNotFound(title: string, webUrl: string): SpError {
  return new SpError(
    404,
    "-1, System.ArgumentException",
    `List '${title}' does not exist at site with URL '${webUrl}'.`,
  );
}

export function invalidQuery(message: string): SpError {
  return new SpError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", message);
}

export function thresholdExceeded(): SpError {
  return new SpError(
    500,
    "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
    "The attempted operation is prohibited because it exceeds the list view threshold.",
  );
}

export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(
    412,
    "-1, Microsoft.SharePoint.Client.ClientServiceException",
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`,
  );
}

/** SharePoint's HRESULT for SPDuplicateValuesFoundException (0x810200BF). */
export const DUPLICATE_VALUES_CODE = -2130575169;

export const DUPLICATE_VALUES_MESSAGE =
  "The list item could not be added or updated because duplicate values were found in one or more fields in the list.";

/**
 * A write that would repeat a value in a column that enforces unique values, answered as SharePoint Online
 * does (500, `SPDuplicateValuesFoundException`, as reported in pnp/pnpcore#1280; the HRESULT as clients
 * classify it). `columns` names the columns that collided, for the validate-update methods' per-field
 * results.
 */
export class DuplicateValuesError extends SpError {
  constructor(readonly columns: readonly string[]) {
    super(
      500,
      `${DUPLICATE_VALUES_CODE}, Microsoft.SharePoint.SPDuplicateValuesFoundException`,
      DUPLICATE_VALUES_MESSAGE,
    );
  }
}

export function unsupported(what: string): SpError {
  return new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `The local site does not support ${what}.`,
  );
}

/**
 * A body over the site's limit, worded like SharePoint's own quota message (as quoted in pnp/pnpcore#777).
 * The connection is closed after this answer, so the rest of the body is never read.
 */
export function payloadTooLarge(limit: number): SpError {
  return new SpError(
    413,
    "-1, Microsoft.SharePoint.Client.ClientServiceException",
    `The maximum number of bytes allowed to be read from the stream has been exceeded. A maximum of ${limit} bytes is allowed.`,
  );
}

/** A request the site will not read at all: an unparseable URL, broken percent-encoding, invalid UTF-8. */
export function badRequest(message: string): SpError {
  return new SpError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", message);
}
