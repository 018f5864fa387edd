import {
  ConflictError,
  DomainError,
  ForbiddenError,
  GoalStateError,
  InvalidLinkError,
  NotFoundError,
  PeriodStateError,
  PlanStateError,
  ValidationError,
} from "../../domain";
import type { Problem } from "../../contracts/goalApi";
import { SharePointRequestError } from "../../sharepoint";

/** The server cannot write yet: the site is still being prepared, or no app identity is configured. */
export class StorageNotReadyError extends Error {
  constructor() {
    super("Målkedjan kan inte spara ännu: lagringen är inte redo.");
    this.name = "StorageNotReadyError";
  }
}

const problemType = (code: string): string => `urn:malkedjan:problem:${code}`;

/**
 * The answer to a refused use case: the domain's error as problem details with the HTTP status that says it
 * (400 invalid, 403 not allowed, 404 not there or not yours, 409/412 changed by someone else, 409 not in a
 * state that allows it: an agreed goal is not deleted). Anything else is a server error whose detail stays in
 * the log.
 */
export function problemOf(error: unknown, options: { readonly stale?: boolean } = {}): Problem {
  if (error instanceof ValidationError) {
    return {
      type: problemType("validation"),
      title: "Uppgifterna kunde inte sparas som de är",
      status: 400,
      detail: error.message,
      code: error.code,
      issues: [...error.issues],
    };
  }
  if (error instanceof InvalidLinkError) {
    return {
      type: problemType("invalid-link"),
      title: "Kopplingen är inte tillåten",
      status: 400,
      detail: error.message,
      code: error.code,
      reason: error.reason,
    };
  }
  if (error instanceof ForbiddenError) {
    return {
      type: problemType("forbidden"),
      title: "Det får du inte göra",
      status: 403,
      detail: `Det får du inte göra: ${error.reason}.`,
      code: error.code,
      reason: error.action,
    };
  }
  if (error instanceof NotFoundError) {
    return {
      type: problemType("not-found"),
      title: "Finns inte, eller är inte ditt att se",
      status: 404,
      code: error.code,
    };
  }
  if (error instanceof GoalStateError) {
    return {
      type: problemType("goal-state"),
      title: "Det går inte med målet som det är nu",
      status: 409,
      detail: error.message,
      code: error.code,
      reason: error.reason,
      action: error.action,
    };
  }
  if (error instanceof PeriodStateError) {
    return {
      type: problemType("period-state"),
      title:
        error.reason === "incomplete"
          ? "Uppföljningen är inte klar ännu"
          : "Det går inte med perioden som den är nu",
      status: 409,
      detail: error.message,
      code: error.code,
      reason: error.reason,
    };
  }
  if (error instanceof PlanStateError) {
    return {
      type: problemType("plan-state"),
      title: "Det går inte med planen som den är nu",
      status: 409,
      detail: error.message,
      code: error.code,
      reason: error.reason,
    };
  }
  if (error instanceof ConflictError) {
    return {
      type: problemType("conflict"),
      title: "Någon annan har ändrat detta under tiden",
      // A stale If-Match is a failed precondition; an id that is taken is a conflict.
      status: options.stale === true ? 412 : 409,
      detail: "Läs det som är sparat nu och försök igen.",
      code: error.code,
      current: { value: error.current.value, version: error.current.version },
    };
  }
  if (
    error instanceof DomainError ||
    error instanceof SharePointRequestError ||
    error instanceof StorageNotReadyError
  ) {
    return {
      type: problemType("storage"),
      title: "Det gick inte att spara just nu",
      status: 503,
      detail: "Försök igen om en stund.",
      code: "storage",
    };
  }
  return {
    type: problemType("server"),
    title: "Något gick fel i Målkedjan",
    status: 500,
    detail: "Försök igen om en stund.",
    code: "server",
  };
}
