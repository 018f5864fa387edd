import {
  FOCUS_AREA_DIMENSIONS,
  coversYear,
  kfStatusOf,
  kfVersionNumberOf,
  plansInForce,
  refOf,
  type FocusArea,
  type KfIndicator,
  type PlanStatus,
  type ProgramDeclaration,
  type Versioned,
  type Vision,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { KfLevelUseCaseDeps } from "./deps";
import { declarationIn, kfActorOf, mayPlanKf, visionIn } from "./kfScene";

export interface MandateSummary {
  readonly id: string;
  readonly title: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly status: PlanStatus;
  readonly versionNumber: number;
}

/** Every mandate period, newest first, and the one covering the current year (public: anyone known reads). */
export async function mandateList(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
): Promise<{ readonly mandates: readonly MandateSummary[]; readonly currentId?: string }> {
  const scene = await deps.kfLevel.scene({ callerId: caller.personId });
  kfActorOf(scene, caller, "read", refOf("program-declaration", "*"));
  const declarations = scene.declarations
    .map((d) => d.value)
    .sort((a, b) => b.mandate.firstYear - a.mandate.firstYear);
  const year = Number(deps.clock.today().slice(0, 4));
  const current = declarations.find((d) => coversYear(d.mandate, year));
  return {
    mandates: declarations.map((d) => ({
      id: d.id,
      title: d.title,
      firstYear: d.mandate.firstYear,
      lastYear: d.mandate.lastYear,
      status: kfStatusOf(d),
      versionNumber: kfVersionNumberOf(d),
    })),
    ...(current === undefined ? {} : { currentId: current.id }),
  };
}

export interface KfDesk {
  readonly vision: Versioned<Vision>;
  readonly declaration: Versioned<ProgramDeclaration>;
  readonly focusAreas: readonly {
    readonly focusArea: Versioned<FocusArea>;
    readonly kfIndicators: readonly {
      readonly indicator: Versioned<KfIndicator>;
      readonly translations: number;
    }[];
  }[];
  readonly mayEdit: boolean;
}

/**
 * One mandate's KF level whole, with every row's version; each KF indicator with how many nämnd indicators
 * (in verksamhetsplaner in force) translate it, and whether the caller may change the level.
 */
export async function mandateDesk(
  deps: KfLevelUseCaseDeps,
  caller: VerifiedCaller,
  declarationId: string,
): Promise<KfDesk> {
  const scene = await deps.kfLevel.scene({ callerId: caller.personId, translationsOf: declarationId });
  const actor = kfActorOf(scene, caller, "read", refOf("program-declaration", declarationId));
  const declaration = declarationIn(scene, declarationId);
  const inForce = new Set(plansInForce(scene.boardPlans).map((p) => p.id));
  const counts = new Map<string, number>();
  for (const b of scene.translations) {
    if (inForce.has(b.boardPlanId)) counts.set(b.kfIndicatorId, (counts.get(b.kfIndicatorId) ?? 0) + 1);
  }
  const areas = scene.focusAreas
    .filter((f) => f.value.programDeclarationId === declarationId)
    .sort(
      (a, b) =>
        FOCUS_AREA_DIMENSIONS.indexOf(a.value.dimension) - FOCUS_AREA_DIMENSIONS.indexOf(b.value.dimension),
    );
  return {
    vision: visionIn(scene),
    declaration,
    focusAreas: areas.map((focusArea) => ({
      focusArea,
      kfIndicators: scene.kfIndicators
        .filter((k) => k.value.focusAreaId === focusArea.value.id)
        .sort((a, b) => a.value.number - b.value.number)
        .map((indicator) => ({ indicator, translations: counts.get(indicator.value.id) ?? 0 })),
    })),
    mayEdit: mayPlanKf(actor),
  };
}
