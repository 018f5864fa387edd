import {
  ConflictError,
  checkBoardPlan,
  parseBoardPlan,
  parseWorkPlan,
  refOf,
  type BoardPlan,
  type PlanKind,
  type Versioned,
  type WorkPlan,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { PlanUseCaseDeps } from "./deps";
import { actorOf, modelOf, mustBeDraft, mustOwn, ownerOf, planIn } from "./planScene";

export interface InterpretationWrite {
  readonly planId: string;
  readonly focusAreaId: string;
  /** The nämnd's tolkning; undefined removes it. */
  readonly text: string | undefined;
  readonly expectedVersion: string;
}

/** Reads an utkast the caller owns, at the version they saw: what every change to a plan's own text starts from. */
async function draftToChange(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  kind: PlanKind,
  planId: string,
  expectedVersion: string,
) {
  const self = refOf(kind, planId);
  const scene = await deps.plans.scene({ callerId: caller.personId, plan: { kind, id: planId } });
  const actor = actorOf(scene, caller, "edit", self);
  const plan = planIn(scene, kind, planId);
  mustOwn(actor, "edit", self, ownerOf(plan.value), scene);
  mustBeDraft(plan.value);
  if (plan.version !== expectedVersion) throw new ConflictError<unknown>(kind, planId, plan);
  return { scene, plan };
}

/**
 * The nämnd writes (or removes) its tolkning of one målområde in its verksamhetsplan: one text per
 * målområde of the plan's mandate.
 */
export async function writeInterpretation(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: InterpretationWrite,
): Promise<Versioned<BoardPlan>> {
  const { scene, plan } = await draftToChange(
    deps,
    caller,
    "board-plan",
    input.planId,
    input.expectedVersion,
  );
  const board = plan.value as BoardPlan;
  const text = input.text?.trim() ?? "";
  const others = board.interpretations.filter((i) => i.focusAreaId !== input.focusAreaId);
  const interpretations =
    text === ""
      ? others
      : [
          ...board.interpretations.map((i) => (i.focusAreaId === input.focusAreaId ? { ...i, text } : i)),
          ...(others.length === board.interpretations.length
            ? [{ focusAreaId: input.focusAreaId, text }]
            : []),
        ];
  const parsed = parseBoardPlan({ ...board, interpretations });
  if (!parsed.ok) throw parsed.error;
  const [refusal] = checkBoardPlan(parsed.value, modelOf(scene));
  if (refusal !== undefined) throw refusal;
  return deps.plans.update("board-plan", parsed.value, input.expectedVersion, scene);
}

export interface PlanTextWrite {
  readonly kind: PlanKind;
  readonly planId: string;
  readonly title: string;
  /** An arbetsplan's summary; empty removes it. Ignored for a verksamhetsplan. */
  readonly summary?: string;
  readonly expectedVersion: string;
}

/** The owner renames an utkast (and rewrites an arbetsplan's summary). */
export async function writePlanText(
  deps: PlanUseCaseDeps,
  caller: VerifiedCaller,
  input: PlanTextWrite,
): Promise<Versioned<BoardPlan> | Versioned<WorkPlan>> {
  const { scene, plan } = await draftToChange(deps, caller, input.kind, input.planId, input.expectedVersion);
  const title = input.title.trim();
  if (input.kind === "board-plan") {
    const parsed = parseBoardPlan({ ...(plan.value as BoardPlan), title });
    if (!parsed.ok) throw parsed.error;
    return deps.plans.update("board-plan", parsed.value, input.expectedVersion, scene);
  }
  const { summary: _old, ...rest } = plan.value as WorkPlan;
  const summary = input.summary?.trim() ?? "";
  const parsed = parseWorkPlan({ ...rest, title, ...(summary === "" ? {} : { summary }) });
  if (!parsed.ok) throw parsed.error;
  return deps.plans.update("work-plan", parsed.value, input.expectedVersion, scene);
}
