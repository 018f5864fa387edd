import {
  ConflictError,
  adoptKfLevel,
  nextMandateOf,
  refOf,
  reopenKfLevel,
  type KfLevelEntity,
  type ProgramDeclaration,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { KfLevelUseCaseDeps } from "./deps";
import { declarationIn, kfStampOf, kfWriteScene, mustBeAt } from "./kfScene";

export interface KfTransition {
  readonly declarationId: string;
  readonly expectedVersion: string;
}

/** KF fastställer the mandate's KF level: who and when stamped, the decision required. */
export async function adoptKfLevelVersion(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: KfTransition & { readonly decisionReference: string },
): Promise<Versioned<ProgramDeclaration>> {
  const scene = await kfWriteScene(deps, caller, "edit", refOf("program-declaration", input.declarationId));
  const stored = declarationIn(scene, input.declarationId);
  mustBeAt("program-declaration", stored, input.expectedVersion, input.declarationId);
  const adopted = adoptKfLevel(stored.value, kfStampOf(deps, caller), input.decisionReference);
  if (!adopted.ok) throw adopted.error;
  return deps.kfLevel.update("program-declaration", adopted.value, input.expectedVersion);
}

/** Opens the fastställd KF level again as an utkast, version + 1, ids kept. */
export async function reopenKfLevelVersion(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: KfTransition,
): Promise<Versioned<ProgramDeclaration>> {
  const scene = await kfWriteScene(deps, caller, "edit", refOf("program-declaration", input.declarationId));
  const stored = declarationIn(scene, input.declarationId);
  mustBeAt("program-declaration", stored, input.expectedVersion, input.declarationId);
  const reopened = reopenKfLevel(stored.value, kfStampOf(deps, caller));
  if (!reopened.ok) throw reopened.error;
  return deps.kfLevel.update("program-declaration", reopened.value, input.expectedVersion);
}

export interface NextMandate {
  readonly declarationId: string;
  /** The new programförklaring's id, chosen by the client so a retry finds its first attempt. */
  readonly newDeclarationId: string;
}

/**
 * Starts the next mandate period's KF level as an utkast copy of this one (programförklaring, målområden,
 * KF indicators). A retry with the same id writes what the first attempt did not get to and answers the
 * stored programförklaring.
 */
export async function startNextMandate(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: NextMandate,
): Promise<Versioned<ProgramDeclaration>> {
  const scene = await kfWriteScene(
    deps,
    caller,
    "create",
    refOf("program-declaration", input.newDeclarationId),
  );
  const source = declarationIn(scene, input.declarationId).value;
  const existing = scene.declarations.find((d) => d.value.id === input.newDeclarationId);
  if (existing !== undefined && existing.value.copiedFromPlanId !== source.id) {
    throw new ConflictError<unknown>("program-declaration", input.newDeclarationId, existing);
  }
  const copy = nextMandateOf(
    {
      declaration: source,
      focusAreas: scene.focusAreas.map((f) => f.value),
      kfIndicators: scene.kfIndicators.map((k) => k.value),
    },
    input.newDeclarationId,
    kfStampOf(deps, caller),
    scene.declarations.map((d) => d.value),
  );
  if (!copy.ok) throw copy.error;
  const rows: KfLevelEntity[] = [
    { kind: "program-declaration", value: copy.value.declaration },
    ...copy.value.focusAreas.map((value): KfLevelEntity => ({ kind: "focus-area", value })),
    ...copy.value.kfIndicators.map((value): KfLevelEntity => ({ kind: "kf-indicator", value })),
  ];
  const stored = new Set(
    [...scene.declarations, ...scene.focusAreas, ...scene.kfIndicators].map((x) => x.value.id),
  );
  const missing = rows.filter((row) => !stored.has(row.value.id));
  if (missing.length > 0) await deps.kfLevel.createAll(missing);
  if (existing !== undefined) return existing;
  const written = await deps.kfLevel.scene({ callerId: caller.personId });
  return declarationIn(written, input.newDeclarationId);
}
