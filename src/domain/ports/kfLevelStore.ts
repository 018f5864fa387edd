import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { Person } from "../model/person";
import type { ProgramDeclaration } from "../model/programDeclaration";
import type { Vision } from "../model/vision";
import type { Versioned } from "./versioned";

/** What the KF level holds and its use cases write. */
export type KfLevelKind = "vision" | "program-declaration" | "focus-area" | "kf-indicator";

export interface KfLevelEntityByKind {
  readonly vision: Vision;
  readonly "program-declaration": ProgramDeclaration;
  readonly "focus-area": FocusArea;
  readonly "kf-indicator": KfIndicator;
}

/** One new row of a copy (the next mandate's KF level written together). */
export type KfLevelEntity = {
  [K in KfLevelKind]: { readonly kind: K; readonly value: KfLevelEntityByKind[K] };
}[KfLevelKind];

/** What to read besides the KF level itself. */
export interface KfLevelSceneRequest {
  /** The verified caller. */
  readonly callerId: string;
  /**
   * Also read the nämnd indicators that translate this mandate's KF indicators (any plan, any version) and
   * the verksamhetsplaner of the mandate's years (every version), to count translations or refuse a removal.
   */
  readonly translationsOf?: string;
}

/**
 * The KF level whole (a few rows per mandate: the lists never come near the threshold), with versions,
 * and the caller. Translations only when asked.
 */
export interface KfLevelScene {
  readonly caller: Person | undefined;
  readonly visions: readonly Versioned<Vision>[];
  readonly declarations: readonly Versioned<ProgramDeclaration>[];
  readonly focusAreas: readonly Versioned<FocusArea>[];
  readonly kfIndicators: readonly Versioned<KfIndicator>[];
  /** Nämnd indicators translating the asked mandate's KF indicators; else empty. */
  readonly translations: readonly BoardIndicator[];
  /** Verksamhetsplaner of the asked mandate's years, every version; else empty. */
  readonly boardPlans: readonly BoardPlan[];
}

/**
 * Storage of the KF level, written with the app's own identity (ETags kept). Rejects with the domain's
 * errors: `ConflictError` when a version is stale or an id is taken.
 */
export interface KfLevelStore {
  scene(request: KfLevelSceneRequest): Promise<KfLevelScene>;
  create<K extends KfLevelKind>(
    kind: K,
    value: KfLevelEntityByKind[K],
  ): Promise<Versioned<KfLevelEntityByKind[K]>>;
  /** Writes the rows together (one batch per 100). */
  createAll(rows: readonly KfLevelEntity[]): Promise<void>;
  update<K extends KfLevelKind>(
    kind: K,
    value: KfLevelEntityByKind[K],
    expectedVersion: string,
  ): Promise<Versioned<KfLevelEntityByKind[K]>>;
  remove(kind: KfLevelKind, id: string, expectedVersion: string): Promise<void>;
}
