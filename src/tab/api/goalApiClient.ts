import type { FollowUp, IndividualGoal, Versioned } from "../../domain";
import {
  goalApiPaths,
  savedFollowUpSchema,
  savedGoalSchema,
  type GoalFollowUpRequest,
  type GoalRevisionRequest,
  type NewGoalRequest,
} from "../../contracts/goalApi";
import type { ApiSubject } from "./errorFromProblem";
import { sendJson, type ApiConnection } from "./sendJson";
import type { GoalCommands } from "./goalCommands";

export type { ApiConnection } from "./sendJson";

/** The server's write API over fetch, with the person's token. */
export function createGoalApiClient(connection: ApiConnection): GoalCommands {
  const send = (
    method: "POST" | "PUT" | "DELETE",
    path: string,
    body: unknown,
    subject: ApiSubject,
    headers: Record<string, string> = {},
  ): Promise<unknown> => sendJson(connection, { method, path, body, subject, headers });
  const goal = (json: unknown): Versioned<IndividualGoal> => {
    const saved = savedGoalSchema.parse(json);
    return { value: saved.goal, version: saved.version };
  };
  const followUp = (json: unknown): Versioned<FollowUp> => {
    const saved = savedFollowUpSchema.parse(json);
    return { value: saved.followUp, version: saved.version };
  };
  const goalSubject = (id: string): ApiSubject => ({ kind: "individual-goal", id });

  return {
    createGoal: async (request: NewGoalRequest) =>
      goal(await send("POST", goalApiPaths.goals, request, goalSubject(request.id))),
    reviseGoal: async (goalId: string, request: GoalRevisionRequest, expectedVersion: string) =>
      goal(
        await send("PUT", goalApiPaths.goal(goalId), request, goalSubject(goalId), {
          "If-Match": expectedVersion,
        }),
      ),
    agree: async (goalId: string, employeeId: string) =>
      goal(await send("POST", goalApiPaths.agreement(goalId), { employeeId }, goalSubject(goalId))),
    deleteGoal: async (goalId: string, employeeId: string, expectedVersion: string) => {
      await send("DELETE", goalApiPaths.deletion(goalId, employeeId), undefined, goalSubject(goalId), {
        "If-Match": expectedVersion,
      });
    },
    withdraw: async (goalId: string, employeeId: string, expectedVersion: string) =>
      goal(
        await send("POST", goalApiPaths.withdrawal(goalId), { employeeId }, goalSubject(goalId), {
          "If-Match": expectedVersion,
        }),
      ),
    recordFollowUp: async (goalId: string, request: GoalFollowUpRequest) =>
      followUp(
        await send("POST", goalApiPaths.followUps(goalId), request, { kind: "follow-up", id: request.id }),
      ),
  };
}
