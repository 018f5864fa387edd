/**
 * Status roll-up from children to their parent. The rule, in order:
 *   1. no children                           → not-started (nothing has begun)
 *   2. any child off-track (avviker)         → off-track
 *   3. else any child at-risk (risk)         → at-risk
 *   4. else every child done (klar)          → done
 *   5. else every child not-started          → not-started
 *   6. else (a mix of on-track/done/not-started with some progress) → on-track
 * A child without a follow-up counts as not-started. The result depends only on which statuses occur
 * (order and repetition do not matter), and rolling up in stages gives the same result as all at once.
 */
import type { FollowUp, FollowableRef, FollowUpStatus } from "../model/followUp";
import type { PeriodId } from "../model/primitives";

export const rollUp = (children: readonly (FollowUpStatus | undefined)[]): FollowUpStatus => {
  const statuses = children.map((s) => s ?? "not-started");
  if (statuses.length === 0) return "not-started";
  if (statuses.includes("off-track")) return "off-track";
  if (statuses.includes("at-risk")) return "at-risk";
  if (statuses.every((s) => s === "done")) return "done";
  if (statuses.every((s) => s === "not-started")) return "not-started";
  return "on-track";
};

/** How bad a status is for the parent: off-track worst, at-risk next, the rest are not a concern. */
export const concernLevel = (status: FollowUpStatus): number =>
  status === "off-track" ? 2 : status === "at-risk" ? 1 : 0;

/**
 * The latest follow-up of an item: the most recently recorded one, optionally only for one period.
 * Ties on `recordedAt` are broken by id so the answer does not depend on input order.
 */
export const latestFollowUp = (
  target: FollowableRef,
  followUps: readonly FollowUp[],
  period?: PeriodId,
): FollowUp | undefined => {
  let latest: FollowUp | undefined;
  for (const f of followUps) {
    if (f.target.kind !== target.kind || f.target.id !== target.id) continue;
    if (period !== undefined && f.period !== period) continue;
    const newer =
      latest === undefined ||
      Date.parse(f.recordedAt) > Date.parse(latest.recordedAt) ||
      (Date.parse(f.recordedAt) === Date.parse(latest.recordedAt) && f.id > latest.id);
    if (newer) latest = f;
  }
  return latest;
};

/** Rolls the children's latest statuses (for a period, if given) up to one status. */
export const rollUpChildren = (
  children: readonly FollowableRef[],
  followUps: readonly FollowUp[],
  period?: PeriodId,
): FollowUpStatus => rollUp(children.map((c) => latestFollowUp(c, followUps, period)?.status));
