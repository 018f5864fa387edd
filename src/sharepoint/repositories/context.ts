import type { SPFI } from "@pnp/sp";
import type { AccessAction, ItemKind } from "../../domain";
import { domainErrorFor } from "../pnp/domainErrors";
import { readSharePointFailure } from "../pnp/sharePointError";

/** What every repository shares: the PnPjs root (carrying the caller's token) and who the caller is. */
export interface RepositoryContext {
  readonly sp: SPFI;
  /** The caller's UPN, named in ForbiddenError. */
  readonly actorId: string;
}

/** Rethrows a PnPjs failure as the domain error it means (412 is handled where the current version is read). */
export async function rethrowAsDomainError(
  error: unknown,
  context: RepositoryContext,
  operation: string,
  kind: ItemKind,
  id: string,
  action: AccessAction,
): Promise<never> {
  const failure = await readSharePointFailure(error);
  if (failure === undefined) throw error;
  throw domainErrorFor(failure, { operation, kind, id, actorId: context.actorId, action });
}
