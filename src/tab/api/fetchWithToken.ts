/** The person's token for the app's API; `forceRefresh` skips the cache after the server refused it. */
export type ApiTokenSource = (options?: { readonly forceRefresh?: boolean }) => Promise<string>;

/**
 * One API call with the person's token. A 401 (the server did not accept the token, so it did nothing) gets
 * one fresh token and one more try; a second 401 is the answer (no loop).
 */
export async function fetchWithToken(
  url: URL,
  init: RequestInit & { readonly headers?: Record<string, string> },
  getToken: ApiTokenSource,
): Promise<Response> {
  const send = (token: string): Promise<Response> =>
    fetch(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
  const first = await send(await getToken());
  if (first.status !== 401) return first;
  await first.arrayBuffer().catch(() => undefined);
  return send(await getToken({ forceRefresh: true }));
}
