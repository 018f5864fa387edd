/**
 * The life of a mandate's KF level (programförklaring, its three målområden, the KF indicators): utkast →
 * fastställd by KF with the decision. Unlike a nämnd's plan, a new version keeps the ids (everything below
 * points at them): the fastställd level is reopened in place as an utkast, version number + 1, the earlier
 * fastställande kept in `adoptions`. A new mandate starts as a copy of the previous one. A declaration
 * stored without status was fastställd before Målkedjan kept the KF level: version 1.
 */
import { InvalidLinkError, PlanStateError, ValidationError } from "../errors";
import type { BoardIndicator } from "../model/boardIndicator";
import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { PlanStatus } from "../model/planLifecycle";
import type { KfAdoption, MandatePeriod, ProgramDeclaration } from "../model/programDeclaration";
import type { Vision, VisionWording } from "../model/vision";
import { refOf } from "./snapshot";
import { err, ok, type Result } from "../result";
import type { Stamp } from "./planLifecycle";

export const kfStatusOf = (declaration: Pick<ProgramDeclaration, "status">): PlanStatus =>
  declaration.status ?? "adopted";

export const kfVersionNumberOf = (declaration: Pick<ProgramDeclaration, "versionNumber">): number =>
  declaration.versionNumber ?? 1;

/** `2023–2026`, as the mandate is written in Swedish text. */
export const mandateLabel = (mandate: MandatePeriod): string => `${mandate.firstYear}–${mandate.lastYear}`;

/** Why the KF level may not be written now (only an utkast is); undefined for an utkast. */
export const kfEditRefusal = (declaration: ProgramDeclaration): PlanStateError | undefined => {
  const status = kfStatusOf(declaration);
  if (status === "draft") return undefined;
  return new PlanStateError(
    declaration.id,
    status,
    `KF-nivån för mandatperioden ${mandateLabel(declaration.mandate)} är fastställd och kan inte ändras. Öppna en ny version av den för att ändra den.`,
  );
};

/** KF fastställer the utkast: who and when as the server established them, and the decision (required). */
export const adoptKfLevel = (
  declaration: ProgramDeclaration,
  stamp: Stamp,
  decisionReference: string,
): Result<ProgramDeclaration, PlanStateError | ValidationError> => {
  if (kfStatusOf(declaration) !== "draft") {
    return err(new PlanStateError(declaration.id, "adopted", "KF-nivån är redan fastställd."));
  }
  const decision = decisionReference.trim();
  if (decision === "") {
    return err(
      new ValidationError("program-declaration", declaration.id, [
        {
          path: "decisionReference",
          code: "required",
          message: "ange KF:s beslut som fastställer KF-nivån, till exempel KF 2026-11-16 § 12",
        },
      ]),
    );
  }
  return ok({
    ...declaration,
    status: "adopted",
    adoptedBy: stamp.by,
    adoptedAt: stamp.at,
    decisionReference: decision,
  });
};

/**
 * Opens a fastställd KF level again as an utkast: version number + 1, the ids kept, the fastställande
 * that ends kept in `adoptions`; who opened it and when become the version's `createdBy`/`createdAt`.
 */
export const reopenKfLevel = (
  declaration: ProgramDeclaration,
  stamp: Stamp,
): Result<ProgramDeclaration, PlanStateError> => {
  if (kfStatusOf(declaration) === "draft") {
    return err(
      new PlanStateError(
        declaration.id,
        "draft",
        "KF-nivån är ett utkast: ändra den direkt, utan en ny version.",
      ),
    );
  }
  const {
    adoptedBy,
    adoptedAt,
    decisionReference,
    adoptions = [],
    status: _status,
    createdBy: _createdBy,
    createdAt: _createdAt,
    ...rest
  } = declaration;
  const ended: KfAdoption = {
    versionNumber: kfVersionNumberOf(declaration),
    ...(adoptedBy === undefined ? {} : { adoptedBy }),
    ...(adoptedAt === undefined ? {} : { adoptedAt }),
    ...(decisionReference === undefined ? {} : { decisionReference }),
  };
  return ok({
    ...rest,
    status: "draft",
    versionNumber: kfVersionNumberOf(declaration) + 1,
    createdBy: stamp.by,
    createdAt: stamp.at,
    adoptions: [...adoptions, ended],
  });
};

/** The id of an item copied into a new mandate: `<new programförklaring id>.<original id>`. */
export const nextMandateItemId = (declarationId: string, originalId: string): string =>
  `${declarationId}.${originalId}`;

export interface KfLevel {
  readonly declaration: ProgramDeclaration;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
}

/** The title with the mandate's years moved on (`… 2023–2026` → `… 2027–2030`); unchanged without them. */
const shiftedTitle = (title: string, from: MandatePeriod, to: MandatePeriod): string =>
  title.replace(
    new RegExp(`${from.firstYear}\\s*[–-]\\s*${from.lastYear}`, "g"),
    `${to.firstYear}–${to.lastYear}`,
  );

/**
 * The next mandate period's KF level started from this one: an utkast (version 1) for the four years after,
 * the programförklaring, its three målområden and its KF indicators copied, each remembering its original.
 * Outcomes are not copied. `others` are every stored programförklaring: a mandate has one.
 */
export const nextMandateOf = (
  level: KfLevel,
  newId: string,
  stamp: Stamp,
  others: readonly ProgramDeclaration[],
): Result<KfLevel, PlanStateError> => {
  const source = level.declaration;
  const mandate = { firstYear: source.mandate.lastYear + 1, lastYear: source.mandate.lastYear + 4 };
  const taken = others.find(
    (d) =>
      d.id !== newId && d.mandate.firstYear <= mandate.lastYear && d.mandate.lastYear >= mandate.firstYear,
  );
  if (taken !== undefined) {
    return err(
      new PlanStateError(
        source.id,
        "plan-exists",
        `Det finns redan en programförklaring för mandatperioden ${mandateLabel(taken.mandate)} ("${taken.title}"). Fortsätt i den.`,
      ),
    );
  }
  const declaration: ProgramDeclaration = {
    id: newId,
    visionId: source.visionId,
    title: shiftedTitle(source.title, source.mandate, mandate),
    text: source.text,
    mandate,
    status: "draft",
    versionNumber: 1,
    copiedFromPlanId: source.id,
    createdBy: stamp.by,
    createdAt: stamp.at,
  };
  const focusAreas = level.focusAreas
    .filter((f) => f.programDeclarationId === source.id)
    .map((f): FocusArea => ({
      ...f,
      id: nextMandateItemId(newId, f.id),
      programDeclarationId: newId,
      copiedFromId: f.id,
    }));
  const ofMandate = new Set(focusAreas.map((f) => f.copiedFromId));
  const kfIndicators = level.kfIndicators
    .filter((k) => ofMandate.has(k.focusAreaId))
    .map((k): KfIndicator => ({
      ...k,
      id: nextMandateItemId(newId, k.id),
      focusAreaId: nextMandateItemId(newId, k.focusAreaId),
      copiedFromId: k.id,
    }));
  return ok({ declaration, focusAreas, kfIndicators });
};

/** The KF indicators under the mandate's målområden. */
export const kfIndicatorsOfMandate = (
  declarationId: string,
  focusAreas: readonly FocusArea[],
  kfIndicators: readonly KfIndicator[],
): KfIndicator[] => {
  const areas = new Set(focusAreas.filter((f) => f.programDeclarationId === declarationId).map((f) => f.id));
  return kfIndicators.filter((k) => areas.has(k.focusAreaId));
};

/** The number a new KF indicator gets: the next free one in the mandate (KF's numbering, nämnder reuse it). */
export const nextKfIndicatorNumber = (mandateIndicators: readonly Pick<KfIndicator, "number">[]): number =>
  mandateIndicators.reduce((max, k) => Math.max(max, k.number), 0) + 1;

/**
 * The vision's new wording, stamped; the wording it replaces is kept in `earlier` (when the text did not
 * change, only the decision is updated and nothing is added to `earlier`).
 */
export const changeVision = (
  vision: Vision,
  text: string,
  decisionReference: string | undefined,
  stamp: Stamp,
): Vision => {
  const wording = text.trim();
  const decision = decisionReference?.trim();
  const {
    changedBy,
    changedAt,
    decisionReference: oldDecision,
    earlier = [],
    text: oldText,
    ...rest
  } = vision;
  const replaced: VisionWording = {
    text: oldText,
    ...(changedBy === undefined ? {} : { changedBy }),
    ...(changedAt === undefined ? {} : { changedAt }),
    ...(oldDecision === undefined ? {} : { decisionReference: oldDecision }),
    replacedAt: stamp.at,
  };
  const history = wording === oldText ? earlier : [...earlier, replaced];
  return {
    ...rest,
    text: wording,
    changedBy: stamp.by,
    changedAt: stamp.at,
    ...(decision === undefined || decision === "" ? {} : { decisionReference: decision }),
    ...(history.length === 0 ? {} : { earlier: history }),
  };
};

/**
 * A KF indicator that a nämnd indicator translates is not removed: the verksamhetsplan would point at
 * nothing. `translations` are the nämnd indicators stored anywhere (any plan, any version).
 */
export const kfIndicatorRemovalRefusal = (
  indicator: KfIndicator,
  translations: readonly BoardIndicator[],
): InvalidLinkError | undefined => {
  const dependants = translations.filter((b) => b.kfIndicatorId === indicator.id);
  const first = dependants[0];
  if (first === undefined) return undefined;
  const plans = new Set(dependants.map((b) => b.boardPlanId)).size;
  return new InvalidLinkError(
    "has-dependants",
    refOf("kf-indicator", indicator.id),
    refOf("board-indicator", first.id),
    `KF-indikator ${indicator.number} ("${indicator.name}") översätts av ${dependants.length === 1 ? "en nämndindikator" : `${dependants.length} nämndindikatorer`} i ${plans === 1 ? "en verksamhetsplan" : `${plans} verksamhetsplaner`} och kan inte tas bort.`,
  );
};

/** A KF indicator hangs under one of its own mandate's målområden. */
export const kfIndicatorPlacementRefusal = (
  indicator: Pick<KfIndicator, "id" | "focusAreaId">,
  declarationId: string,
  focusAreas: readonly FocusArea[],
): InvalidLinkError | undefined =>
  focusAreas.some((f) => f.id === indicator.focusAreaId && f.programDeclarationId === declarationId)
    ? undefined
    : new InvalidLinkError(
        "different-mandate",
        refOf("kf-indicator", indicator.id),
        refOf("focus-area", indicator.focusAreaId),
        "KF-indikatorn ska höra till ett av mandatperiodens tre målområden.",
      );

/**
 * A KF level item carried into a new mandate: the item of `mandate` copied from `originalId` (or the same
 * item when it is already of that mandate); undefined when the new mandate has no such item.
 */
export const carriedInto = <T extends { readonly id: string; readonly copiedFromId?: string }>(
  originalId: string,
  candidates: readonly T[],
): T | undefined =>
  candidates.find((x) => x.id === originalId) ?? candidates.find((x) => x.copiedFromId === originalId);
