/**
 * What every write route of the API does the same way: the caller verified from the token before anything
 * else, the body checked against its contract (a 400 naming each wrong field, in Swedish), a change's
 * `If-Match` required, and a use case's answer or refusal (problem details) sent without caching.
 */
import type { Request, RequestHandler, Response } from "express";
import { z } from "zod";
import { ValidationError, toIssues, type ItemKind } from "../../domain";
import type { Problem } from "../../contracts/goalApi";
import type { VerifiedCaller } from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { problemContentType } from "../http/problem";
import { problemOf } from "./problemOf";

const swedishErrors = z.locales.sv().localeError;

/** Answers a refusal as problem details (never cached); shared by the API's routes. */
export function sendProblem(res: Response, problem: Problem): void {
  if (!res.req.complete) res.set("Connection", "close");
  res
    .status(problem.status)
    .set({ "Content-Type": problemContentType, "Cache-Control": "no-store" })
    .send(JSON.stringify(problem));
}

/** The body as the contract says, or a 400 naming each field that is wrong. */
export function bodyOf<S extends z.ZodType>(schema: S, req: Request, kind: ItemKind): z.infer<S> {
  return contractOf(schema, req.body ?? {}, kind);
}

/** A value (a query, for example) as the contract says, or a 400 naming each field that is wrong. */
export function contractOf<S extends z.ZodType>(schema: S, input: unknown, kind: ItemKind): z.infer<S> {
  const parsed = schema.safeParse(input, { error: swedishErrors });
  if (!parsed.success) throw new ValidationError(kind, undefined, toIssues(parsed.error));
  return parsed.data;
}

/** The version a change starts from (`If-Match`), required: a change to a stored item is never blind. */
export function expectedVersionOf(req: Request, kind: ItemKind, id: string): string {
  const expectedVersion = req.get("if-match");
  if (expectedVersion === undefined) {
    throw new ValidationError(kind, id, [
      {
        path: "If-Match",
        code: "required",
        message: "ändringen måste ange vilken version den utgår från",
      },
    ]);
  }
  return unquoted(expectedVersion);
}

export type Handler = (req: Request, caller: VerifiedCaller) => Promise<{ status: number; body?: unknown }>;

/**
 * Verifies the caller from the token before anything else, the body included: an unknown caller is answered
 * 401 at once. The caller comes from the token, never from the body.
 */
export function verifiedCaller(deps: { readonly verifyCaller: CallerVerifier }): RequestHandler {
  return async (req, res, next) => {
    const caller = await deps.verifyCaller(req.get("authorization"));
    if (caller === undefined) {
      res.set("WWW-Authenticate", "Bearer");
      sendProblem(res, {
        type: "urn:malkedjan:problem:unauthenticated",
        title: "Du behöver logga in",
        status: 401,
        code: "unauthenticated",
      });
      return;
    }
    (res.locals as { caller?: VerifiedCaller }).caller = caller;
    next();
  };
}

/**
 * Runs one use case and answers with what was stored and its version, or the refusal as problem details.
 * `conditional` routes take `If-Match`: a conflict there is a stale version (412), elsewhere a taken id (409).
 */
export function route(handler: Handler, options: { readonly conditional?: boolean } = {}): RequestHandler {
  return async (req, res) => {
    const { caller } = res.locals as { caller: VerifiedCaller };
    try {
      const answer = await handler(req, caller);
      // Answers carry plans and personal goals as the caller may see them: no cache keeps them.
      res.set("Cache-Control", "no-store");
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    } catch (error: unknown) {
      const problem = problemOf(error, { stale: options.conditional === true });
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  };
}

/** Versions travel as the `If-Match` value; a client may quote it as an entity tag or send it bare. */
export const unquoted = (value: string): string =>
  value.startsWith('"') && value.endsWith('"') && value.length > 1 ? (JSON.parse(value) as string) : value;
