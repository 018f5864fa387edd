import {
  ConflictError,
  InvalidLinkError,
  NotFoundError,
  answeringUnitOf,
  authorize,
  parseFollowUp,
  planModel,
  refOf,
  subjectOfFollowUp,
  type FollowableRef,
  type FollowUp,
  type FollowUpStatus,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanFollowUpDeps } from "./deps";
import { planFollowUpId } from "./followUpId";
import { actorOf, calendarPeriod, mustBeOpen } from "./scene";

/** The plan items followed up per period (an individual goal is followed up on its own dates). */
export type PlanItemKind = Exclude<FollowableRef["kind"], "individual-goal">;

export interface PlanFollowUpEntry {
  readonly target: { readonly kind: PlanItemKind; readonly id: string };
  /** A calendar period, `2026-tertial1`. */
  readonly period: string;
  readonly status: FollowUpStatus;
  /** The bedömning: how it goes and why, in the owner's words. */
  readonly comment?: string;
  /** The version the caller read, when the item already had a follow-up for the period. */
  readonly expectedVersion?: string;
}

/**
 * An owner records how one plan item (verksamhetsplan, nämndindikator, etappmål, uppdrag, arbetsplan,
 * activity) goes in one calendar period: a status and a bedömning. One follow-up per item and period: the
 * first save creates it, a later one changes it from the version the caller read (a stale or missing version
 * is a ConflictError carrying what is stored now). The author is the caller and the time the server's. The
 * item must be one of the period's year's plans; the owners decide (access.ts: an uppdrag's receiving
 * förvaltning or the nämnd, else the item's owner unit); nothing changes once the answering unit has
 * klarmarkerat the period.
 */
export async function recordPlanFollowUp(
  deps: PlanFollowUpDeps,
  caller: VerifiedCaller,
  input: PlanFollowUpEntry,
): Promise<Versioned<FollowUp>> {
  const period = calendarPeriod(deps, input.period);
  const scene = await deps.planFollowUps.scene({
    callerId: caller.personId,
    period: period.id,
    anchor: { target: input.target },
  });
  const target: FollowableRef = { kind: input.target.kind, id: input.target.id };
  const id = planFollowUpId(target, period.id);
  const item = refOf("follow-up", id);
  const { actor, org } = actorOf(scene, caller.personId, item);
  const model = planModel(scene.plans);
  // The item's row names its nämnd; no nämnd means no such item.
  if (scene.board === undefined) throw new NotFoundError(target.kind, target.id);
  const unitId = answeringUnitOf(target, scene.plans);
  if (unitId === undefined) {
    throw new InvalidLinkError(
      "different-year",
      item,
      target,
      `det som följs upp hör inte till ${period.year} års planer`,
    );
  }
  const stored = scene.followUps
    .filter((f) => f.value.target.kind === target.kind && f.value.target.id === target.id)
    .sort((a, b) => b.value.recordedAt.localeCompare(a.value.recordedAt))[0];
  const subject = subjectOfFollowUp(target, item, model);
  if (subject === undefined) throw new NotFoundError(target.kind, target.id);
  const allowed = authorize(actor, stored === undefined ? "create" : "edit", subject, org);
  if (!allowed.ok) throw allowed.error;
  mustBeOpen(scene, unitId, period);

  const comment = input.comment?.trim() ?? "";
  const parsed = parseFollowUp({
    id: stored?.value.id ?? id,
    target,
    period: period.id,
    status: input.status,
    ...(comment === "" ? {} : { comment }),
    authorId: actor.id,
    recordedAt: deps.clock.now().toISOString(),
  });
  if (!parsed.ok) throw parsed.error;
  if (stored === undefined) return deps.planFollowUps.createFollowUp(parsed.value, scene);
  // Never blind: a second save names the version it changes, and it must be the one stored now.
  if (input.expectedVersion !== stored.version) throw new ConflictError("follow-up", stored.value.id, stored);
  return deps.planFollowUps.updateFollowUp(parsed.value, stored.version, scene);
}
