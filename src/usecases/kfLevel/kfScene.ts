import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  authorize,
  can,
  kfEditRefusal,
  orgLookupOf,
  refOf,
  type AccessAction,
  type ItemRef,
  type KfLevelScene,
  type Person,
  type ProgramDeclaration,
  type Stamp,
  type Versioned,
  type Vision,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { KfLevelUseCaseDeps } from "./deps";

/** Someone the organisation does not know may do nothing, whatever their token says. */
export function kfActorOf(
  scene: KfLevelScene,
  caller: VerifiedCaller,
  action: AccessAction,
  item: ItemRef,
): Person {
  if (scene.caller === undefined) {
    throw new ForbiddenError(caller.personId, action, item, "du finns inte i organisationen i Målkedjan");
  }
  return scene.caller;
}

/** Throws the access policy's refusal unless the actor may change the KF level (the kommun's planners). */
export function mustPlanKf(actor: Person, action: AccessAction, item: ItemRef): void {
  const decision = authorize(actor, action, { scope: "municipal", item }, orgLookupOf([], [actor]));
  if (!decision.ok) throw decision.error;
}

/** Whether the actor may change the KF level, for a view to offer its forms. */
export const mayPlanKf = (actor: Person): boolean =>
  can(actor, "edit", { scope: "municipal", item: refOf("vision", "vision") }, orgLookupOf([], [actor]));

/** The verified caller, allowed to write the KF level: what every write starts from. */
export async function kfWriteScene(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  action: AccessAction,
  item: ItemRef,
  translationsOf?: string,
): Promise<KfLevelScene> {
  const scene = await deps.kfLevel.scene({
    callerId: caller.personId,
    ...(translationsOf === undefined ? {} : { translationsOf }),
  });
  mustPlanKf(kfActorOf(scene, caller, action, item), action, item);
  return scene;
}

export function declarationIn(scene: KfLevelScene, id: string): Versioned<ProgramDeclaration> {
  const found = scene.declarations.find((d) => d.value.id === id);
  if (found === undefined) throw new NotFoundError("program-declaration", id);
  return found;
}

/** Throws when the mandate's KF level may not be written now: only an utkast is. */
export function mustBeKfDraft(declaration: ProgramDeclaration): void {
  const refusal = kfEditRefusal(declaration);
  if (refusal !== undefined) throw refusal;
}

/** Throws what is stored now when the caller started from another version. */
export function mustBeAt<T>(
  kind: ItemRef["kind"],
  stored: Versioned<T>,
  expectedVersion: string,
  id: string,
): void {
  if (stored.version !== expectedVersion) throw new ConflictError<unknown>(kind, id, stored);
}

/** The vision: the one the newest programförklaring names, else the only one stored. */
export function visionIn(scene: KfLevelScene): Versioned<Vision> {
  const newest = [...scene.declarations].sort(
    (a, b) => b.value.mandate.firstYear - a.value.mandate.firstYear,
  )[0];
  const found = scene.visions.find((v) => v.value.id === newest?.value.visionId) ?? scene.visions[0];
  if (found === undefined) throw new NotFoundError("vision", newest?.value.visionId ?? "vision");
  return found;
}

/** Who and when, from the verified caller and the server's clock. */
export const kfStampOf = (deps: KfLevelUseCaseDeps, caller: VerifiedCaller): Stamp => ({
  by: caller.personId,
  at: deps.clock.now().toISOString(),
});
