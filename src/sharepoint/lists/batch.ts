import type { SPFI } from "@pnp/sp";
import "@pnp/sp/batching";

/**
 * Runs the reads `build` queues on a batched root as one `$batch` request (PnPjs splits above 20 parts, so
 * callers keep a view's reads at 20 or fewer). Rejections are observed at once, so a failed part never
 * becomes an unhandled rejection while the others are still being parsed.
 */
export async function inOneBatch<T extends readonly unknown[]>(
  sp: SPFI,
  build: (batched: SPFI) => { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const [batched, execute] = sp.batched();
  const settled = Promise.allSettled(build(batched));
  await execute();
  const results = await settled;
  const failed = results.find((r) => r.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
