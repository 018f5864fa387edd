import { ForbiddenError, NotFoundError, type AccessAction, type ItemKind } from "../../domain";
import type { SharePointFailure } from "./sharePointError";

/** A SharePoint refusal that is none of the domain's cases: keeps the status and SharePoint's own words. */
export class SharePointRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly sharePointCode: string,
    readonly sharePointMessage: string,
  ) {
    super(
      `${operation} failed: SharePoint answered ${status}${sharePointCode ? ` (${sharePointCode})` : ""}: ${sharePointMessage}`,
    );
    this.name = "SharePointRequestError";
  }
}

export interface FailureContext {
  readonly operation: string;
  readonly kind: ItemKind;
  readonly id: string;
  readonly actorId: string;
  readonly action: AccessAction;
}

/** 404 → NotFoundError, 403 → ForbiddenError, anything else → SharePointRequestError. 412 is the caller's (it needs the current version). */
export function domainErrorFor(failure: SharePointFailure, context: FailureContext): Error {
  if (failure.status === 404) return new NotFoundError(context.kind, context.id);
  if (failure.status === 403) {
    return new ForbiddenError(
      context.actorId,
      context.action,
      { kind: context.kind, id: context.id },
      failure.message,
    );
  }
  return new SharePointRequestError(context.operation, failure.status, failure.code, failure.message);
}
