import { Router } from "express";
import { type Clock, type GoalStore } from "../../domain";
import {
  agreementRequestSchema,
  goalDeletionQuerySchema,
  goalFollowUpRequestSchema,
  goalRevisionRequestSchema,
  newGoalRequestSchema,
  withdrawalRequestSchema,
} from "../../contracts/goalApi";
import {
  agreeGoal,
  createGoal,
  deleteGoal,
  recordGoalFollowUp,
  reviseGoal,
  withdrawGoal,
  type GoalUseCaseDeps,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { StorageNotReadyError } from "./problemOf";
import { bodyOf, contractOf, expectedVersionOf, route, verifiedCaller } from "./routeKit";

export interface GoalApiDeps {
  /**
   * The personal store, written with the app's own identity; undefined while the server cannot write yet
   * (the local site is being seeded, or production has no app identity configured): answered 503.
   */
  readonly goals: () => GoalStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
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
        const expectedVersion = expectedVersionOf(req, "individual-goal", goalId);
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
        const expectedVersion = expectedVersionOf(req, "individual-goal", goalId);
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
        const expectedVersion = expectedVersionOf(req, "individual-goal", goalId);
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
