import type { SPFI } from "@pnp/sp";
import "@pnp/sp/batching";

/** What PnPjs's `batched()` takes (its own type is not exported). */
export interface BatchProps {
  /** Requests per `$batch`; PnPjs sends the rest in another, one more round trip. */
  readonly maxRequests?: number;
}

/**
 * SharePoint Online's largest `$batch` (100 requests, per the PnPjs maintainers in pnp/pnpjs#3207): for a
 * read whose number of parts grows with a team (40 people per request), so it stays one round trip.
 */
export const widestBatch: BatchProps = { maxRequests: 100 };

/**
 * Runs the reads `build` queues on a batched root as one `$batch` request (PnPjs splits above 20 parts
 * unless `props` says otherwise, so callers keep a view's reads at 20 or fewer, or pass `widestBatch`).
 * Rejections are observed at once, so a failed part never becomes an unhandled rejection while the others
 * are still being parsed.
 */
export async function inOneBatch<T extends readonly unknown[]>(
  sp: SPFI,
  build: (batched: SPFI) => { [K in keyof T]: Promise<T[K]> },
  props?: BatchProps,
): Promise<T> {
  const [batched, execute] = sp.batched(props);
  const settled = Promise.allSettled(build(batched));
  await execute();
  const results = await settled;
  const failed = results.find((r) => r.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
