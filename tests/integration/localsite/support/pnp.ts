/**
 * The PnPjs Node stack the acceptance suite drives the local site with — unmodified @pnp/sp over real HTTP,
 * Node's global fetch, a bearer token naming the caller — and a site started on a free port in a temp dir.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from "@pnp/sp";
import {
  BearerToken,
  BrowserFetchWithRetry,
  DefaultParse,
  InjectHeaders,
  type Queryable,
} from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/batching";
import { startLocalSite, unsignedToken, type LocalSiteOptions } from "../../../../src/localsite";

export const admin = "admin@malkedjan.local";

export type Metadata = "minimalmetadata" | "nometadata" | "verbose";

export interface CallerOptions {
  /** PnPjs's fetch-with-retry tries (first try included); its Node default is 3. */
  retries?: number;
  /** Ask for another OData format than SharePoint's default, minimalmetadata. */
  metadata?: Metadata;
}

export interface TestSite {
  /** The site URL, e.g. http://127.0.0.1:41234/sites/styrning. */
  url: string;
  /** PnPjs acting as the person with this UPN (an unsigned token, as the local site accepts). */
  as(upn: string, options?: CallerOptions): SPFI;
  /** PnPjs sending this bearer token (e.g. an app-only one from appOnlyToken). */
  withToken(token: string, options?: CallerOptions): SPFI;
  /** PnPjs sending no Authorization header at all. */
  anonymous(): SPFI;
  close(): Promise<void>;
}

/**
 * Starts a site on a free port. Without a dataDir it gets a fresh temp dir, removed on close; with one
 * (to test restarts) the directory is the caller's and stays.
 */
export async function startTestSite(options: Partial<LocalSiteOptions> = {}): Promise<TestSite> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "malkedjan-localsite-")));
  const site = await startLocalSite({ port: 0, host: "127.0.0.1", ...options, dataDir });
  const connect = (token: string | undefined, caller: CallerOptions = {}): SPFI => {
    const behaviors = [DefaultInit(), DefaultHeaders()];
    if (caller.metadata !== undefined) {
      behaviors.push(InjectHeaders({ Accept: `application/json;odata=${caller.metadata}` }));
    }
    if (token !== undefined) behaviors.push(BearerToken(token));
    return spfi(site.url).using(
      ...behaviors,
      BrowserFetchWithRetry({ retries: caller.retries ?? 3 }),
      DefaultParse(),
    );
  };
  return {
    url: site.url,
    as: (upn, caller) => connect(unsignedToken(upn), caller),
    withToken: (token, caller) => connect(token, caller),
    anonymous: () => connect(undefined),
    close: async () => {
      await site.close();
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a failed PnPjs call tells: the HTTP status and SharePoint's error code and message from the body. */
export interface SharePointError {
  status: number;
  code: string;
  message: string;
  retryAfter: string | null;
}

/** Awaits a call that must fail and reads SharePoint's error out of PnPjs's HttpRequestError. */
export async function failureOf(call: Promise<unknown>): Promise<SharePointError> {
  let caught: unknown;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof Error) || !("status" in caught) || typeof caught.status !== "number") {
    throw new Error(`expected an HTTP error from PnPjs, got ${String(caught)}`);
  }
  const response = "response" in caught && caught.response instanceof Response ? caught.response : undefined;
  const bodyText = caught.message.split(" ::> ")[1] ?? "";
  let code = "";
  let message = "";
  try {
    const body = JSON.parse(bodyText) as Record<
      string,
      { code?: string; message?: { value?: string } } | undefined
    >;
    const error = body["odata.error"] ?? body["error"];
    code = error?.code ?? "";
    message = error?.message?.value ?? "";
  } catch {
    message = bodyText;
  }
  return { status: caught.status, code, message, retryAfter: response?.headers.get("Retry-After") ?? null };
}

/** "ok" when the call succeeds, else the HTTP status PnPjs failed with (anything else is rethrown). */
export async function outcomeOf(call: Promise<unknown>): Promise<"ok" | number> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof Error && "status" in error && typeof error.status === "number") return error.status;
    throw error;
  }
}

/** A behavior that records every URL PnPjs sends, so a test can count round trips. */
export function RecordUrls(urls: string[]): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.pre(async (url, init, result) => {
      urls.push(url);
      return [url, init, result];
    });
    return instance;
  };
}

/** Runs async tasks with at most `limit` in flight. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task !== undefined) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * Adds `count` items fast: PnPjs batches of 100 adds (five $batch POSTs of 20), several batches at once.
 * Returns nothing; the items get ids in ascending order within each batch.
 */
export async function seedItems(
  sp: SPFI,
  listTitle: string,
  count: number,
  make: (index: number) => Record<string, unknown>,
  concurrency = 4,
): Promise<void> {
  const perBatch = 100;
  const tasks = Array.from({ length: Math.ceil(count / perBatch) }, (_, batchIndex) => async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle(listTitle);
    const adds: Promise<unknown>[] = [];
    for (
      let index = batchIndex * perBatch;
      index < Math.min(count, (batchIndex + 1) * perBatch);
      index += 1
    ) {
      adds.push(list.items.add(make(index)));
    }
    await execute();
    await Promise.all(adds);
  });
  await inParallel(tasks, concurrency);
}
