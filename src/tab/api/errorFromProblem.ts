import {
  ConflictError,
  ForbiddenError,
  GoalStateError,
  InvalidLinkError,
  NotFoundError,
  ValidationError,
  type GoalStateAction,
  type GoalStateReason,
  type ItemKind,
  type LinkRefusalReason,
} from "../../domain";
import { problemSchema, type Problem } from "../../contracts/goalApi";

/** A failed API call that is none of the domain's cases: the status and the server's Swedish words. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/**
 * Whether sending the same request again can help: the server could not be reached (fetch rejects with a
 * TypeError), was busy (429) or failed (5xx). A refusal of what was sent (400, 403, 404, 409, 412) will be
 * refused again.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof ApiRequestError && (error.status === 429 || error.status >= 500);
}

/** What the request was about, so a rebuilt error names the same item. */
export interface ApiSubject {
  readonly kind: ItemKind;
  readonly id: string;
}

function fromProblem(problem: Problem, subject: ApiSubject): Error {
  switch (problem.code) {
    case "validation":
      return new ValidationError(subject.kind, subject.id, problem.issues ?? []);
    case "invalid-link":
      return new InvalidLinkError(
        (problem.reason ?? "target-missing") as LinkRefusalReason,
        subject,
        undefined,
        problem.detail ?? problem.title,
      );
    case "forbidden":
      return new ForbiddenError("", "edit", subject, problem.detail ?? problem.title);
    case "not-found":
      return new NotFoundError(subject.kind, subject.id);
    case "goal-state":
      return new GoalStateError(
        subject.id,
        (problem.action ?? "edit") as GoalStateAction,
        (problem.reason ?? "withdrawn") as GoalStateReason,
        problem.detail ?? problem.title,
      );
    case "conflict":
      if (problem.current !== undefined) return new ConflictError(subject.kind, subject.id, problem.current);
      break;
  }
  return new ApiRequestError(problem.status, problem.detail ?? problem.title);
}

/** Rebuilds the domain error a refused request stands for (or an ApiRequestError when it is none). */
export async function errorFromResponse(response: Response, subject: ApiSubject): Promise<Error> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body);
  if (!problem.success) return new ApiRequestError(response.status, response.statusText);
  return fromProblem(problem.data, subject);
}
