import { isDeepStrictEqual } from "node:util";

/**
 * Reads `read()` until it equals `expected` (or the timeout passes) and returns the last value read,
 * for `expect(await settle(read, x)).toEqual(x)`: the UI updates after an event, not synchronously.
 */
export async function settle<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
