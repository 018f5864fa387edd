import { Router, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { ValidationError, toIssues, type Clock, type GoalStore, type ItemKind } from "../../domain";
import {
  agreementRequestSchema,
  goalDeletionQuerySchema,
  goalFollowUpRequestSchema,
  goalRevisionRequestSchema,
  newGoalRequestSchema,
  withdrawalRequestSchema,
  type Problem,
} from "../../contracts/goalApi";
import {
  agreeGoal,
  createGoal,
  deleteGoal,
  recordGoalFollowUp,
  reviseGoal,
  withdrawGoal,
  type GoalUseCaseDeps,
  type VerifiedCaller,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { problemContentType } from "../http/problem";
import { problemOf, StorageNotReadyError } from "./problemOf";

export interface GoalApiDeps {
  /**
   * The personal store, written with the app's own identity; undefined while the server cannot write yet
   * (the local site is being seeded, or production has no app identity configured): answered 503.
   */
  readonly goals: () => GoalStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

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

function contractOf<S extends z.ZodType>(schema: S, input: unknown, kind: ItemKind): z.infer<S> {
  const parsed = schema.safeParse(input, { error: swedishErrors });
  if (!parsed.success) throw new ValidationError(kind, undefined, toIssues(parsed.error));
  return parsed.data;
}

/** The version a change starts from (`If-Match`), required: a change to an existing goal is never blind. */
function expectedVersionOf(req: Request, goalId: string): string {
  const expectedVersion = req.get("if-match");
  if (expectedVersion === undefined) {
    throw new ValidationError("individual-goal", goalId, [
      {
        path: "If-Match",
        code: "required",
        message: "ändringen måste ange vilken version den utgår från",
      },
    ]);
  }
  return unquoted(expectedVersion);
}

export type Handler = (req: Request, caller: VerifiedCaller) => Promise<{ status: number; body: unknown }>;

/**
 * Verifies the caller from the token before anything else, the body included: an unknown caller is answered
 * 401 at once. The caller comes from the token, never from the body.
 */
export function verifiedCaller(deps: Pick<GoalApiDeps, "verifyCaller">): RequestHandler {
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
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    } catch (error: unknown) {
      const problem = problemOf(error, { stale: options.conditional === true });
      if (problem.status >= 500) console.error("Målkedjan API:", req.method, req.path, error);
      sendProblem(res, problem);
    }
  };
}

/** The write API of the medarbetarsamtal, mounted at `/api`. */
export function goalRoutes(deps: GoalApiDeps): Router {
  const router = Router();
  router.use("/goals", verifiedCaller(deps), jsonBody);
  const run: GoalUseCaseDeps = {
    get goals(): GoalStore {
      const store = deps.goals();
      if (store === undefined) throw new StorageNotReadyError();
      return store;
    },
    clock: deps.clock,
  };

  router.post(
    "/goals",
    route(async (req, caller) => {
      const saved = await createGoal(run, caller, bodyOf(newGoalRequestSchema, req, "individual-goal"));
      return {
        status: 201,
        body: { goal: saved.value, version: saved.version, linkAttention: saved.linkAttention },
      };
    }),
  );

  router.put(
    "/goals/:goalId",
    route(
      async (req, caller) => {
        const goalId = String(req.params["goalId"]);
        const expectedVersion = expectedVersionOf(req, goalId);
        const request = bodyOf(goalRevisionRequestSchema, req, "individual-goal");
        const saved = await reviseGoal(run, caller, { ...request, goalId, expectedVersion });
        return {
          status: 200,
          body: { goal: saved.value, version: saved.version, linkAttention: saved.linkAttention },
        };
      },
      { conditional: true },
    ),
  );

  router.delete(
    "/goals/:goalId",
    route(
      async (req, caller) => {
        const goalId = String(req.params["goalId"]);
        const expectedVersion = expectedVersionOf(req, goalId);
        const { employeeId } = contractOf(goalDeletionQuerySchema, req.query, "individual-goal");
        await deleteGoal(run, caller, { goalId, employeeId, expectedVersion });
        return { status: 204, body: undefined };
      },
      { conditional: true },
    ),
  );

  router.post(
    "/goals/:goalId/withdrawal",
    route(
      async (req, caller) => {
        const goalId = String(req.params["goalId"]);
        const expectedVersion = expectedVersionOf(req, goalId);
        const { employeeId } = bodyOf(withdrawalRequestSchema, req, "individual-goal");
        const saved = await withdrawGoal(run, caller, { goalId, employeeId, expectedVersion });
        return { status: 200, body: { goal: saved.value, version: saved.version } };
      },
      { conditional: true },
    ),
  );

  router.post(
    "/goals/:goalId/agreement",
    route(async (req, caller) => {
      const { employeeId } = bodyOf(agreementRequestSchema, req, "individual-goal");
      const saved = await agreeGoal(run, caller, { goalId: String(req.params["goalId"]), employeeId });
      return { status: 200, body: { goal: saved.value, version: saved.version } };
    }),
  );

  router.post(
    "/goals/:goalId/follow-ups",
    route(async (req, caller) => {
      const request = bodyOf(goalFollowUpRequestSchema, req, "follow-up");
      const saved = await recordGoalFollowUp(run, caller, {
        ...request,
        goalId: String(req.params["goalId"]),
      });
      return { status: 201, body: { followUp: saved.value, version: saved.version } };
    }),
  );

  return router;
}

/** Versions travel as the `If-Match` value; a client may quote it as an entity tag or send it bare. */
export const unquoted = (value: string): string =>
  value.startsWith('"') && value.endsWith('"') && value.length > 1 ? (JSON.parse(value) as string) : value;
