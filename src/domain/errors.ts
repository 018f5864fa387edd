/**
 * Every domain error. Messages are Swedish (they reach users); the structured fields (code, kind, id,
 * reason) are for logs, APIs and tests.
 */
import type { ItemKind, ItemRef } from "./model/kinds";
import type { Versioned } from "./ports/versioned";
import { nameItem, nameItemInText } from "./vocabulary";

export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** One precise problem: where (dot path, e.g. `serves.id` or `activityIds.0`) and why. */
export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export class ValidationError extends DomainError {
  readonly code = "validation";
  constructor(
    readonly kind: ItemKind,
    readonly id: string | undefined,
    readonly issues: readonly ValidationIssue[],
  ) {
    const subject = id === undefined ? nameItem(kind, "?") : nameItem(kind, id);
    super(`Fel i ${subject}: ${issues.map((i) => `${i.path || "(hela)"}: ${i.message}`).join("; ")}`);
    this.name = "ValidationError";
  }
}

/** Why a link between two items is refused. Stable codes; the message says it in Swedish. */
export type LinkRefusalReason =
  | "target-missing"
  | "wrong-target-kind"
  | "different-mandate"
  | "different-year"
  | "not-under-board"
  | "wrong-unit-kind"
  | "wrong-parent-plan"
  | "outside-chain"
  | "other-unit"
  | "not-the-chef"
  | "no-activities"
  | "wrong-period"
  | "has-dependants"
  | "superseded-plan";

export class InvalidLinkError extends DomainError {
  readonly code = "invalid-link";
  constructor(
    readonly reason: LinkRefusalReason,
    readonly from: ItemRef,
    readonly to: ItemRef | undefined,
    message: string,
  ) {
    super(message);
    this.name = "InvalidLinkError";
  }
}

/** The stored item changed since the caller read it (or already exists on create). */
export class ConflictError<T = unknown> extends DomainError {
  readonly code = "conflict";
  constructor(
    readonly kind: ItemKind,
    readonly id: string,
    readonly current: Versioned<T>,
  ) {
    super(
      `${nameItem(kind, id)} har ändrats av någon annan (version ${current.version}). Läs om och försök igen.`,
    );
    this.name = "ConflictError";
  }
}

export class NotFoundError extends DomainError {
  readonly code = "not-found";
  constructor(
    readonly kind: ItemKind,
    readonly id: string,
  ) {
    super(`${nameItem(kind, id)} finns inte.`);
    this.name = "NotFoundError";
  }
}

/** Why a goal cannot be changed the way asked, whoever asks: its state (agreed, withdrawn, followed up) rules it out. */
export type GoalStateReason = "agreed" | "not-agreed" | "withdrawn" | "has-follow-ups";

/** What was asked of the goal when its state refused it. */
export type GoalStateAction = "edit" | "delete" | "withdraw" | "agree" | "follow-up";

export class GoalStateError extends DomainError {
  readonly code = "goal-state";
  constructor(
    readonly goalId: string,
    readonly action: GoalStateAction,
    readonly reason: GoalStateReason,
    /** Plain Swedish without ids: what an API or a person is told. */
    message: string,
  ) {
    super(message);
    this.name = "GoalStateError";
  }
}

/** Why a plan (or an item in it) cannot be changed the way asked: its status rules it out, whoever asks. */
export type PlanStateReason =
  | "adopted"
  | "reported"
  | "superseded"
  | "draft"
  | "draft-exists"
  | "parent-of-other-year"
  | "plan-exists"
  | "new-mandate";

export class PlanStateError extends DomainError {
  readonly code = "plan-state";
  constructor(
    readonly planId: string,
    readonly reason: PlanStateReason,
    /** Plain Swedish without ids: what an API or a person is told. */
    message: string,
  ) {
    super(message);
    this.name = "PlanStateError";
  }
}

export type AccessAction = "read" | "create" | "edit" | "delete" | "agree-as-employee" | "agree-as-manager";

export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  constructor(
    readonly actorId: string,
    readonly action: AccessAction,
    readonly item: ItemRef,
    /** Why, in plain Swedish without ids: what an API or a person is told. */
    readonly reason: string,
  ) {
    super(`${actorId} får inte ${ACTION_WORDS[action]} ${nameItemInText(item.kind, item.id)}: ${reason}`);
    this.name = "ForbiddenError";
  }
}

const ACTION_WORDS: Record<AccessAction, string> = {
  read: "läsa",
  create: "skapa",
  edit: "ändra",
  delete: "ta bort",
  "agree-as-employee": "markera som överenskommet (medarbetare) för",
  "agree-as-manager": "markera som överenskommet (chef) för",
};
