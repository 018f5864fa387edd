import type { KoladaFigure, KoladaRequest, KoladaSource } from "../domain";
import { figuresOf } from "./figures";
import { KoladaError, parseKoladaAnswer, type KoladaAnswer, type KoladaEntry } from "./response";
import { backoffMs, defaultRetry, isRetryable, retryAfterMs, type RetryPolicy } from "./retry";
import { koladaDataUrl, maxPerPage, withPage, type KoladaQuery } from "./url";

export interface KoladaClientOptions {
  /** `https://api.kolada.se` in production (`KOLADA_BASE_URL`); a local stand-in in tests and demos. */
  readonly baseUrl: string;
  /** Each request's limit, the body included. */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Ask for pages of this size (`page`/`per_page`) instead of leaving the size to Kolada. */
  readonly perPage?: number;
  /** A bound on pages per query, against a server whose next link never ends. */
  readonly maxPages?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The next page's URL from `next_page` or `next_url` (public clients disagree which; a URL, absolute or
 * relative, or a page number). A server that has never named a next page is paged by number: a full page
 * may have a next one, an empty or short one ends it.
 */
function nextUrl(
  answer: KoladaAnswer,
  current: string,
  page: number,
  linked: boolean,
  perPage?: number,
): string | undefined {
  const link = [answer.next_page, answer.next_url].find((l) => l !== undefined && l !== null && l !== "");
  if (typeof link === "string") return new URL(link, current).toString();
  const size = perPage ?? Number(new URL(current).searchParams.get("per_page") ?? Number.NaN);
  if (typeof link === "number")
    return withPage(current, { page: link, perPage: Number.isNaN(size) ? maxPerPage : size });
  if (!linked && !Number.isNaN(size) && answer.values.length >= size)
    return withPage(current, { page: page + 1, perPage: size });
  return undefined;
}

/**
 * Kolada's open API v3 over `fetch`: follows every page, retries 429 and 5xx (and no answer in time) with
 * jittered backoff a bounded number of times, honouring `Retry-After`; checks every answer against the
 * documented shape. Errors are `KoladaError`s saying in Swedish what failed and where.
 */
export class KoladaClient implements KoladaSource {
  private readonly retry: RetryPolicy;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: KoladaClientOptions) {
    this.retry = options.retry ?? defaultRetry;
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.sleep = options.sleep ?? wait;
    this.random = options.random ?? Math.random;
  }

  async figures(request: KoladaRequest): Promise<KoladaFigure[]> {
    return figuresOf(
      await this.entries({
        kpiIds: request.kpiIds,
        municipalities: [request.municipality],
        years: request.years,
      }),
    );
  }

  /** Every entry of the query, page after page. */
  async entries(query: KoladaQuery): Promise<KoladaEntry[]> {
    const perPage = this.options.perPage;
    const maxPages = this.options.maxPages ?? 1000;
    let url: string | undefined = koladaDataUrl(
      this.options.baseUrl,
      query,
      perPage === undefined ? undefined : { page: 1, perPage },
    );
    const seen = new Set<string>();
    const entries: KoladaEntry[] = [];
    let linked = false;
    for (let page = 1; url !== undefined; page += 1) {
      if (seen.has(url))
        throw new KoladaError(`Kolada pekade tillbaka på en sida som redan lästs (${url})`, url);
      if (seen.size >= maxPages) throw new KoladaError(`Kolada gav fler än ${maxPages} sidor (${url})`, url);
      seen.add(url);
      const answer = await this.answer(url);
      entries.push(...answer.values);
      const next: string | undefined =
        answer.values.length === 0 ? undefined : nextUrl(answer, url, page, linked, perPage);
      linked ||= (answer.next_page ?? answer.next_url ?? "") !== "";
      url = next;
    }
    return entries;
  }

  /** One page, tried again on 429/5xx or no answer, at most `maxAttempts` times. */
  private async answer(url: string): Promise<KoladaAnswer> {
    const timeoutMs = this.options.timeoutMs ?? 15_000;
    let lastFailure = "";
    for (let attempt = 1; attempt <= this.retry.maxAttempts; attempt += 1) {
      let delay: number | undefined;
      try {
        const response = await this.fetch(url, {
          headers: { Accept: "application/json" },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) return parseKoladaAnswer(await response.text(), url);
        await response.body?.cancel();
        if (!isRetryable(response.status)) {
          throw new KoladaError(`Kolada svarade ${response.status} på ${url}`, url, response.status);
        }
        lastFailure = `svarade ${response.status}`;
        delay = retryAfterMs(response.headers.get("retry-after"), Date.now(), this.retry);
      } catch (error) {
        if (error instanceof KoladaError) throw error;
        // An abort is a DOMException (not an Error in every realm): recognised by its name.
        const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
        lastFailure =
          name === "TimeoutError" || name === "AbortError"
            ? `svarade inte inom ${timeoutMs / 1000} s`
            : `gick inte att nå (${error instanceof Error ? error.message : String(error)})`;
      }
      if (attempt < this.retry.maxAttempts)
        await this.sleep(delay ?? backoffMs(this.retry, attempt, this.random));
    }
    throw new KoladaError(`Kolada ${lastFailure} efter ${this.retry.maxAttempts} försök (${url})`, url);
  }
}
