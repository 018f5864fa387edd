import {
  ConflictError,
  ForbiddenError,
  GOAL_TITLE_MAX_LENGTH,
  GoalStateError,
  InvalidLinkError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from "../../../domain";
import type { Placeholders } from "../../app";
import { isRetryable } from "../../api/errorFromProblem";
import type { MyGoalsKey } from "./strings";

/**
 * What went wrong, in the words of Mina mål: each problem of a refused goal names the field as people see it
 * (the title, the activities, a follow-up date), never the code name of its path (`title`,
 * `followUpDates.0`) or an id. The server's problem keeps `issues` with paths for programs; this is where the
 * tab turns them into words. Messages of domain errors are never shown: they name items by id.
 */

/** The parts of the goal form a problem can belong to; `form` when it belongs to no one field. */
export type GoalField = "title" | "description" | "activities" | "followUpDates" | "coreValues" | "form";

export interface Message {
  readonly key: MyGoalsKey;
  readonly values?: Placeholders;
}

export interface FieldProblem extends Message {
  readonly field: GoalField;
}

/** The contract's bounds on what a goal body may carry (src/contracts/goalApi.ts). */
const DESCRIPTION_MAX = 10_000;
const LIST_MAX = 50;
const COMMENT_MAX = 10_000;

/** A date to show in an example: the first of next month after `today`, as people would type it. */
const exampleDate = (today: string): string => {
  const [y, m] = today.split("-").map(Number);
  const year = (y ?? 2026) + ((m ?? 1) === 12 ? 1 : 0);
  const month = ((m ?? 1) % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}-01`;
};

const tooBig = (issue: ValidationIssue) => issue.code === "too_big";
const tooSmall = (issue: ValidationIssue) => issue.code === "too_small";

function dateProblem(issue: ValidationIssue, sentDates: readonly string[], today: string): FieldProblem {
  const [, indexText] = issue.path.split(".");
  const date = indexText === undefined ? undefined : sentDates[Number(indexText)];
  if (indexText === undefined) {
    return tooBig(issue)
      ? { field: "followUpDates", key: "datesTooMany", values: { max: LIST_MAX } }
      : { field: "followUpDates", key: "dateTwice", values: { date: sentDates.join(", ") } };
  }
  if (issue.code === "past_date" && date !== undefined) {
    return { field: "followUpDates", key: "datePast", values: { date } };
  }
  // A date the browser cannot show as typed (61216-01-01, 2026-02-30) is named only when it is short enough.
  return date !== undefined && date.length <= 12
    ? { field: "followUpDates", key: "dateInvalid", values: { date, example: exampleDate(today) } }
    : { field: "followUpDates", key: "dateUnreadable", values: { example: exampleDate(today) } };
}

function issueProblem(issue: ValidationIssue, sentDates: readonly string[], today: string): FieldProblem {
  const root = issue.path.split(".")[0] ?? "";
  switch (root) {
    case "title":
      if (tooBig(issue))
        return { field: "title", key: "titleTooLong", values: { max: GOAL_TITLE_MAX_LENGTH } };
      return { field: "title", key: "titleRequired" };
    case "description":
      return { field: "description", key: "descriptionTooLong", values: { max: DESCRIPTION_MAX } };
    case "activityIds":
      if (tooSmall(issue) && issue.path === "activityIds")
        return { field: "activities", key: "activitiesRequired" };
      if (tooBig(issue) && issue.path === "activityIds") {
        return { field: "activities", key: "activitiesTooMany", values: { max: LIST_MAX } };
      }
      return { field: "activities", key: "activityNotInPlan" };
    case "followUpDates":
      return dateProblem(issue, sentDates, today);
    case "coreValues":
      return { field: "coreValues", key: "coreValuesInvalid" };
    case "comment":
      return { field: "form", key: "commentTooLong", values: { max: COMMENT_MAX } };
    case "answers":
      return { field: "form", key: "followUpDateGone" };
    default:
      return { field: "form", key: "formInvalid" };
  }
}

/** One problem per field (the first), in the order the form shows them. */
const ORDER: readonly GoalField[] = [
  "title",
  "description",
  "activities",
  "coreValues",
  "followUpDates",
  "form",
];

/**
 * The problems of a refused goal by field: a ValidationError's issues (from the form's own check or the
 * server's problem), an InvalidLinkError by its reason. `sentDates` are the dates as sent (sorted), so a
 * path such as `followUpDates.1` names the date itself. Empty for any other error.
 */
export function goalFieldProblems(
  error: unknown,
  sentDates: readonly string[],
  today: string,
): FieldProblem[] {
  let problems: FieldProblem[] = [];
  if (error instanceof ValidationError) {
    problems = error.issues.map((issue) => issueProblem(issue, sentDates, today));
  } else if (error instanceof InvalidLinkError) {
    switch (error.reason) {
      case "not-the-chef":
        problems = [{ field: "form", key: "noChef" }];
        break;
      case "wrong-period":
        problems = [{ field: "form", key: "followUpDateGone" }];
        break;
      case "no-activities":
        problems = [{ field: "activities", key: "activitiesRequired" }];
        break;
      default:
        problems = [{ field: "activities", key: "activityNotInPlan" }];
    }
  }
  return ORDER.flatMap((field) => problems.find((p) => p.field === field) ?? []);
}

/** A failure that is not about one field: what to say, and whether "Försök igen" can help. */
export interface Failure extends Message {
  readonly retry: boolean;
}

/** Says any failed write in plain words; a retry is offered only when sending again can help. */
export function describeFailure(error: unknown, sentDates: readonly string[] = [], today = ""): Failure {
  const [field] = goalFieldProblems(error, sentDates, today);
  if (field !== undefined)
    return { key: field.key, ...(field.values ? { values: field.values } : {}), retry: false };
  if (error instanceof GoalStateError) return { key: `state.${error.reason}`, retry: false };
  if (error instanceof ConflictError) return { key: "failure.changed", retry: false };
  if (error instanceof ForbiddenError) return { key: "failure.forbidden", retry: false };
  if (error instanceof NotFoundError) return { key: "failure.gone", retry: false };
  if (isRetryable(error)) {
    return { key: error instanceof TypeError ? "failure.network" : "failure.server", retry: true };
  }
  return { key: "failure.unknown", retry: false };
}
