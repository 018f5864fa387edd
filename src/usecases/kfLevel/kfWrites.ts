import {
  ConflictError,
  NotFoundError,
  changeVision,
  kfIndicatorPlacementRefusal,
  kfIndicatorRemovalRefusal,
  kfIndicatorsOfMandate,
  nextKfIndicatorNumber,
  normaliseAgenda2030Goals,
  parseFocusArea,
  parseKfIndicator,
  parseProgramDeclaration,
  parseVision,
  refOf,
  type FocusArea,
  type IndicatorDirection,
  type KfIndicator,
  type KfLevelScene,
  type ProgramDeclaration,
  type Versioned,
  type Vision,
  type YearValue,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import { sameValue } from "../shared/sameValue";
import type { KfLevelUseCaseDeps } from "./deps";
import { declarationIn, kfStampOf, kfWriteScene, mustBeAt, mustBeKfDraft, visionIn } from "./kfScene";

export interface VisionWrite {
  readonly text: string;
  readonly decisionReference?: string;
  readonly expectedVersion: string;
}

/** The kommun's planner changes the vision at once: who and when stamped, the earlier wording kept. */
export async function writeVision(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: VisionWrite,
): Promise<Versioned<Vision>> {
  const scene = await kfWriteScene(deps, caller, "edit", refOf("vision", "vision"));
  const stored = visionIn(scene);
  mustBeAt("vision", stored, input.expectedVersion, stored.value.id);
  const parsed = parseVision(
    changeVision(stored.value, input.text, input.decisionReference, kfStampOf(deps, caller)),
  );
  if (!parsed.ok) throw parsed.error;
  return deps.kfLevel.update("vision", parsed.value, input.expectedVersion);
}

export interface DeclarationWrite {
  readonly declarationId: string;
  readonly title: string;
  readonly text: string;
  readonly expectedVersion: string;
}

/** The programförklaring's title and text, in an utkast of the KF level. */
export async function writeDeclaration(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: DeclarationWrite,
): Promise<Versioned<ProgramDeclaration>> {
  const scene = await kfWriteScene(deps, caller, "edit", refOf("program-declaration", input.declarationId));
  const stored = declarationIn(scene, input.declarationId);
  mustBeKfDraft(stored.value);
  mustBeAt("program-declaration", stored, input.expectedVersion, input.declarationId);
  const parsed = parseProgramDeclaration({
    ...stored.value,
    title: input.title.trim(),
    text: input.text.trim(),
  });
  if (!parsed.ok) throw parsed.error;
  return deps.kfLevel.update("program-declaration", parsed.value, input.expectedVersion);
}

export interface FocusAreaWrite {
  readonly declarationId: string;
  readonly focusAreaId: string;
  readonly heading: string;
  readonly citizenText: string;
  readonly agenda2030Goals: readonly number[];
  readonly expectedVersion: string;
}

/** A målområde's heading, text for citizens and Agenda 2030 goals; a mandate keeps exactly its three. */
export async function writeFocusArea(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: FocusAreaWrite,
): Promise<Versioned<FocusArea>> {
  const scene = await kfWriteScene(deps, caller, "edit", refOf("focus-area", input.focusAreaId));
  const declaration = declarationIn(scene, input.declarationId).value;
  const stored = scene.focusAreas.find(
    (f) => f.value.id === input.focusAreaId && f.value.programDeclarationId === declaration.id,
  );
  if (stored === undefined) throw new NotFoundError("focus-area", input.focusAreaId);
  mustBeKfDraft(declaration);
  mustBeAt("focus-area", stored, input.expectedVersion, input.focusAreaId);
  const parsed = parseFocusArea({
    ...stored.value,
    heading: input.heading.trim(),
    citizenText: input.citizenText.trim(),
    agenda2030Goals: normaliseAgenda2030Goals(input.agenda2030Goals),
  });
  if (!parsed.ok) throw parsed.error;
  return deps.kfLevel.update("focus-area", parsed.value, input.expectedVersion);
}

/** What a KF indicator states, as the planner writes it (its number is the server's). */
export interface KfIndicatorContent {
  readonly focusAreaId: string;
  readonly name: string;
  readonly measureUnit: string;
  readonly direction: IndicatorDirection;
  readonly baseline?: YearValue;
  readonly target?: YearValue;
  readonly koladaKpiId?: string;
  readonly genderSplit?: boolean;
  readonly agenda2030Goals?: readonly number[];
}

export interface KfIndicatorWrite {
  readonly declarationId: string;
  readonly indicatorId: string;
  readonly content: KfIndicatorContent;
  /** Absent: a new KF indicator (numbered next in the mandate); present: a change from this version. */
  readonly expectedVersion?: string;
}

const indicatorOf = (
  id: string,
  number: number,
  content: KfIndicatorContent,
  copiedFromId: string | undefined,
): unknown => {
  const goals =
    content.agenda2030Goals === undefined ? [] : normaliseAgenda2030Goals(content.agenda2030Goals);
  const kpi = content.koladaKpiId?.trim() ?? "";
  return {
    id,
    focusAreaId: content.focusAreaId,
    number,
    name: content.name.trim(),
    measureUnit: content.measureUnit.trim(),
    direction: content.direction,
    ...(content.baseline === undefined ? {} : { baseline: content.baseline }),
    ...(content.target === undefined ? {} : { target: content.target }),
    ...(kpi === "" ? {} : { koladaKpiId: kpi }),
    ...(content.genderSplit === true ? { genderSplit: true } : {}),
    ...(goals.length === 0 ? {} : { agenda2030Goals: goals }),
    ...(copiedFromId === undefined ? {} : { copiedFromId }),
  };
};

/** The stored KF indicator of this mandate, or 404. */
function indicatorIn(scene: KfLevelScene, declarationId: string, id: string): Versioned<KfIndicator> {
  const ofMandate = new Set(
    kfIndicatorsOfMandate(
      declarationId,
      scene.focusAreas.map((f) => f.value),
      scene.kfIndicators.map((k) => k.value),
    ).map((k) => k.id),
  );
  const stored = scene.kfIndicators.find((k) => k.value.id === id && ofMandate.has(id));
  if (stored === undefined) throw new NotFoundError("kf-indicator", id);
  return stored;
}

/**
 * Adds a KF indicator under one of the mandate's målområden (numbered next in the mandate) or changes one;
 * a retried add with the same id answers what was stored.
 */
export async function saveKfIndicator(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: KfIndicatorWrite,
): Promise<Versioned<KfIndicator>> {
  const creating = input.expectedVersion === undefined;
  const scene = await kfWriteScene(
    deps,
    caller,
    creating ? "create" : "edit",
    refOf("kf-indicator", input.indicatorId),
  );
  const declaration = declarationIn(scene, input.declarationId).value;
  const focusAreas = scene.focusAreas.map((f) => f.value);
  let value: unknown;
  if (input.expectedVersion === undefined) {
    const taken = scene.kfIndicators.find((k) => k.value.id === input.indicatorId);
    if (taken !== undefined) {
      const again = indicatorOf(input.indicatorId, taken.value.number, input.content, undefined);
      if (sameValue(taken.value, again)) return taken;
      throw new ConflictError("kf-indicator", input.indicatorId, taken);
    }
    mustBeKfDraft(declaration);
    const number = nextKfIndicatorNumber(
      kfIndicatorsOfMandate(
        declaration.id,
        focusAreas,
        scene.kfIndicators.map((k) => k.value),
      ),
    );
    value = indicatorOf(input.indicatorId, number, input.content, undefined);
  } else {
    const stored = indicatorIn(scene, declaration.id, input.indicatorId);
    mustBeKfDraft(declaration);
    mustBeAt("kf-indicator", stored, input.expectedVersion, input.indicatorId);
    value = indicatorOf(input.indicatorId, stored.value.number, input.content, stored.value.copiedFromId);
  }
  const parsed = parseKfIndicator(value);
  if (!parsed.ok) throw parsed.error;
  const misplaced = kfIndicatorPlacementRefusal(parsed.value, declaration.id, focusAreas);
  if (misplaced !== undefined) throw misplaced;
  return input.expectedVersion === undefined
    ? deps.kfLevel.create("kf-indicator", parsed.value)
    : deps.kfLevel.update("kf-indicator", parsed.value, input.expectedVersion);
}

export interface KfIndicatorRemoval {
  readonly declarationId: string;
  readonly indicatorId: string;
  readonly expectedVersion: string;
}

/** Removes a KF indicator from an utkast, unless a nämnd indicator translates it. */
export async function removeKfIndicator(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  input: KfIndicatorRemoval,
): Promise<void> {
  const scene = await kfWriteScene(
    deps,
    caller,
    "delete",
    refOf("kf-indicator", input.indicatorId),
    input.declarationId,
  );
  const declaration = declarationIn(scene, input.declarationId).value;
  const stored = indicatorIn(scene, declaration.id, input.indicatorId);
  mustBeKfDraft(declaration);
  mustBeAt("kf-indicator", stored, input.expectedVersion, input.indicatorId);
  const refusal = kfIndicatorRemovalRefusal(stored.value, scene.translations);
  if (refusal !== undefined) throw refusal;
  await deps.kfLevel.remove("kf-indicator", input.indicatorId, input.expectedVersion);
}
