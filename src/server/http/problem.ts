import type { Response } from "express";

/**
 * An RFC 9457 (formerly 7807) problem body, as every error of this server is answered:
 * a Swedish `title` (and `detail`) for people, an English `code` for programs.
 */
export interface Problem {
  /** `urn:malkedjan:problem:<code>`: names the kind of problem (not a page to fetch). */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  /** Stable and English, e.g. `invalid-json`: what a client branches on. */
  readonly code: string;
}

export const problemContentType = "application/problem+json; charset=utf-8";

export function problemBody(status: number, code: string, title: string, detail?: string): Problem {
  return {
    type: `urn:malkedjan:problem:${code}`,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    code,
  };
}

/**
 * Answers a problem: `problem(res, 409, "etag-mismatch", "Målet har ändrats", "Läs in det igen …")`.
 * Never cached; ends the response.
 */
export function problem(res: Response, status: number, code: string, title: string, detail?: string): void {
  // A refusal before the body was read: close the connection, or Node would go on reading (and dropping)
  // whatever the client still sends, 600 MB or more.
  if (!res.req.complete) res.set("Connection", "close");
  res
    .status(status)
    .set({ "Content-Type": problemContentType, "Cache-Control": "no-store" })
    .send(JSON.stringify(problemBody(status, code, title, detail)));
}
