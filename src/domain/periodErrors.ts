import { DomainError } from "./errors";

/**
 * Why a plan follow-up or a klarmarkering cannot be done for a period as things stand, whoever asks:
 * the unit has klarmarkerat the period (`completed`), items are still without a follow-up (`incomplete`),
 * it is not klarmarkerad (`not-completed`, on reopening), or the period is not one of the calendar's.
 */
export type PeriodStateReason = "completed" | "incomplete" | "not-completed" | "not-a-period";

export class PeriodStateError extends DomainError {
  readonly code = "period-state";
  constructor(
    readonly unitId: string,
    readonly period: string,
    readonly reason: PeriodStateReason,
    /** Plain Swedish without ids: what an API or a person is told. */
    message: string,
    /** For `incomplete`: how many items still lack a follow-up. */
    readonly missing?: number,
  ) {
    super(message);
    this.name = "PeriodStateError";
  }
}
