import type { SPFI } from "@pnp/sp";
import "@pnp/sp/batching";

/** One queued request: given a batched root, starts it and returns its promise. */
export type BatchOperation<T = unknown> = (batched: SPFI) => Promise<T>;

/**
 * Runs many independent operations as `$batch` requests of `perBatch` parts, `parallel` batches at a time
 * (bulk admin work and seeding). Results follow the operations' order; the first failure is thrown after
 * every batch in flight has settled.
 */
export async function runInBatches<T>(
  sp: SPFI,
  operations: readonly BatchOperation<T>[],
  options: { perBatch?: number; parallel?: number } = {},
): Promise<T[]> {
  const perBatch = options.perBatch ?? 20;
  const parallel = options.parallel ?? 4;
  const results: T[] = new Array<T>(operations.length);
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (next < operations.length && failure === undefined) {
      const start = next;
      next += perBatch;
      const chunk = operations.slice(start, start + perBatch);
      const [batched, execute] = sp.batched({ maxRequests: perBatch });
      const settled = Promise.allSettled(chunk.map((op) => op(batched)));
      await execute();
      (await settled).forEach((r, i) => {
        if (r.status === "fulfilled") results[start + i] = r.value;
        else failure ??= r.reason;
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  if (failure !== undefined) throw failure;
  return results;
}
