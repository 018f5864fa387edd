import type { FollowUp, IndividualGoal, Versioned } from "../../domain";
import {
  goalApiPaths,
  savedFollowUpSchema,
  savedGoalSchema,
  type GoalFollowUpRequest,
  type GoalRevisionRequest,
  type NewGoalRequest,
} from "../../contracts/goalApi";
import { errorFromResponse, type ApiSubject } from "./errorFromProblem";
import { fetchWithToken, type ApiTokenSource } from "./fetchWithToken";
import type { GoalCommands } from "./goalCommands";

export interface ApiConnection {
  /** The tab's own origin: the API is served beside it. */
  readonly origin: string;
  /** The person's token for the app's API (refreshed once when the server answers 401). */
  readonly getToken: ApiTokenSource;
}

/** The server's write API over fetch, with the person's token. */
export function createGoalApiClient(connection: ApiConnection): GoalCommands {
  const send = async (
    method: "POST" | "PUT" | "DELETE",
    path: string,
    body: unknown,
    subject: ApiSubject,
    headers: Record<string, string> = {},
  ): Promise<unknown> => {
    const response = await fetchWithToken(
      new URL(path, connection.origin),
      {
        method,
        headers: {
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      connection.getToken,
    );
    if (!response.ok) throw await errorFromResponse(response, subject);
    return response.status === 204 ? undefined : response.json();
  };
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
