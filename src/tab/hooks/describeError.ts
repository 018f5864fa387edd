import { ForbiddenError, NotFoundError, InvalidLinkError, ValidationError } from "../../domain";

/** The shared message for a failure, and the domain's own Swedish detail when it names what was wrong. */
export interface ErrorDescription {
  readonly key: "error.forbidden" | "error.notFound" | "error.network" | "error.unknown" | "error.invalid";
  readonly detail?: string;
}

/** PnPjs reports HTTP failures as `HttpRequestError` with the status; a 403/401 is a missing right. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status: unknown = error.status;
    return typeof status === "number" ? status : undefined;
  }
  return undefined;
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ForbiddenError) return { key: "error.forbidden" };
  if (error instanceof NotFoundError) return { key: "error.notFound" };
  if (error instanceof ValidationError || error instanceof InvalidLinkError) {
    return { key: "error.invalid", detail: error.message };
  }
  const status = httpStatusOf(error);
  if (status === 401 || status === 403) return { key: "error.forbidden" };
  if (status === 404) return { key: "error.notFound" };
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { key: "error.network" };
  return { key: "error.unknown" };
}
