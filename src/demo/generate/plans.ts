/**
 * The generated plan chain under the shared KF level: per nämnd a verksamhetsplan with tolkningar, its
 * translations of some KF indicators, etappmål on short and long term, uppdrag to its förvaltning; then an
 * arbetsplan with activities for every unit below, each activity serving the plan directly above.
 */
import type { Activity } from "../../domain/model/activity";
import type { Assignment } from "../../domain/model/assignment";
import type { BoardIndicator } from "../../domain/model/boardIndicator";
import type { BoardPlan } from "../../domain/model/boardPlan";
import type { FocusArea, FocusAreaDimension } from "../../domain/model/focusArea";
import type { KfIndicator } from "../../domain/model/kfIndicator";
import type { Milestone } from "../../domain/model/milestone";
import type { OrgUnit } from "../../domain/model/orgUnit";
import type { ProgramDeclaration } from "../../domain/model/programDeclaration";
import type { WorkPlan } from "../../domain/model/workPlan";
import { lowerFirst } from "./text";
import { sample, type Prng } from "../prng";
import type { GeneratedBoard } from "./organisation";
import { coreMissionActivities } from "./profiles";

export interface GeneratedPlans {
  readonly boardPlans: BoardPlan[];
  readonly boardIndicators: BoardIndicator[];
  readonly milestones: Milestone[];
  readonly assignments: Assignment[];
  readonly workPlans: WorkPlan[];
  readonly activities: Activity[];
}

export interface KfLevel {
  readonly programDeclaration: ProgramDeclaration;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
}

const WORK_PLAN_LEVEL = {
  administration: "administration",
  department: "department",
  section: "section",
  unit: "unit",
} as const;

const interpretation = (board: string, dimension: FocusAreaDimension): string =>
  ({
    social: `För ${board.toLowerCase()} betyder social hållbarhet att de vi finns till för blir väl bemötta, känner sig trygga och får det stöd de behöver.`,
    economic: `För ${board.toLowerCase()} betyder god hushållning att varje skattekrona används där den gör mest nytta i kärnuppdraget.`,
    ecological: `${board} minskar verksamhetens klimat- och miljöpåverkan och sparar energi i sina lokaler och transporter.`,
  })[dimension];

const round = (x: number): number => Math.round(x * 10) / 10;

export const generatePlans = (
  prng: Prng,
  year: number,
  kf: KfLevel,
  boards: readonly GeneratedBoard[],
  units: readonly OrgUnit[],
): GeneratedPlans => {
  const out: GeneratedPlans = {
    boardPlans: [],
    boardIndicators: [],
    milestones: [],
    assignments: [],
    workPlans: [],
    activities: [],
  };
  const areaOf = (dimension: FocusAreaDimension): string =>
    kf.focusAreas.find((a) => a.dimension === dimension)?.id ?? dimension;
  const planOfUnit = new Map<string, { plan: WorkPlan | BoardPlan; activities: Activity[] }>();
  const childrenOf = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (unit.parentId === undefined) continue;
    const siblings = childrenOf.get(unit.parentId) ?? [];
    siblings.push(unit);
    childrenOf.set(unit.parentId, siblings);
  }

  const addActivities = (
    plan: WorkPlan,
    items: readonly (readonly [string, Activity["serves"]])[],
  ): Activity[] => {
    const activities = items.map(([title, serves], i) => ({
      id: `${plan.id}-akt-${i + 1}`,
      workPlanId: plan.id,
      title,
      serves,
    }));
    out.activities.push(...activities);
    return activities;
  };

  /** Arbetsplaner of the unit's children, each serving activities of the unit's own plan, recursively. */
  const planBelow = (parent: OrgUnit, profile: GeneratedBoard["profile"]): void => {
    const parentPlan = planOfUnit.get(parent.id);
    if (parentPlan === undefined) return;
    for (const unit of childrenOf.get(parent.id) ?? []) {
      if (unit.kind === "board") continue;
      const plan: WorkPlan = {
        id: `${unit.id}-${year}`,
        level: WORK_PLAN_LEVEL[unit.kind],
        year,
        ownerUnitId: unit.id,
        parentPlanId: parentPlan.plan.id,
        title: `Arbetsplan ${year} för ${unit.name}`,
      };
      out.workPlans.push(plan);
      const servable = parentPlan.activities.filter((a) => a.serves.kind !== "core-mission");
      const n = unit.kind === "unit" ? prng.int(4, 7) : prng.int(3, 5);
      const titles = sample(prng, profile.localActivities, n - 1);
      const items: [string, Activity["serves"]][] = titles.map((title) => [
        title,
        servable.length === 0 ? { kind: "core-mission" } : { kind: "activity", id: prng.pick(servable).id },
      ]);
      items.push([prng.pick(coreMissionActivities), { kind: "core-mission" }]);
      planOfUnit.set(unit.id, { plan, activities: addActivities(plan, items) });
      planBelow(unit, profile);
    }
  };

  for (const { profile, board, administration } of boards) {
    const boardPlan: BoardPlan = {
      id: `${board.id}-${year}`,
      boardUnitId: board.id,
      programDeclarationId: kf.programDeclaration.id,
      year,
      title: `${profile.board}s verksamhetsplan ${year}`,
      interpretations: kf.focusAreas.map((area) => ({
        focusAreaId: area.id,
        text: interpretation(profile.board, area.dimension),
      })),
    };
    out.boardPlans.push(boardPlan);

    const adminItems: [string, Activity["serves"]][] = [];
    for (const translation of profile.translations) {
      const kfIndicator = kf.kfIndicators.find((k) => k.number === translation.kf);
      if (kfIndicator === undefined) continue;
      const indicator: BoardIndicator = {
        id: `${boardPlan.id}-ind-${translation.kf}`,
        boardPlanId: boardPlan.id,
        kfIndicatorId: kfIndicator.id,
        number: translation.kf,
        name: translation.name,
        measureUnit: translation.measureUnit,
        direction: translation.direction,
        baseline: { year: year - 2, value: translation.baseline },
        target: { year, value: translation.target },
        // A translation answers its KF indicator, so it carries the same global goals.
        ...(kfIndicator.agenda2030Goals === undefined
          ? {}
          : { agenda2030Goals: kfIndicator.agenda2030Goals }),
      };
      out.boardIndicators.push(indicator);
      const { baseline, target } = translation;
      const horizons = [
        // The plan year's etappmål is the indicator's target, so both say the same (one figure, two places).
        ["short", "kort", target, `${year}-12-31`],
        ["long", "lang", round(target + (target - baseline) / 2), `${year + 2}-12-31`],
      ] as const;
      for (const [horizon, word, targetValue, targetDate] of horizons) {
        const milestone: Milestone = {
          id: `${boardPlan.id}-etappmal-${translation.kf}-${word}`,
          boardPlanId: boardPlan.id,
          boardIndicatorId: indicator.id,
          title: `${translation.name}: ${targetValue} ${translation.measureUnit} senast ${targetDate}`,
          horizon,
          targetValue,
          targetDate,
        };
        out.milestones.push(milestone);
        if (horizon === "short") {
          adminItems.push([
            `Handlingsplan för ${lowerFirst(translation.name)}`,
            { kind: "milestone", id: milestone.id },
          ]);
        }
      }
    }
    const given = profile.assignments.slice(0, prng.int(1, profile.assignments.length));
    given.forEach(([title, dimension], i) => {
      const assignment: Assignment = {
        id: `${boardPlan.id}-uppdrag-${i + 1}`,
        boardPlanId: boardPlan.id,
        fromBoardUnitId: board.id,
        toAdministrationUnitId: administration.id,
        title,
        focusAreaId: areaOf(dimension),
        dueDate: `${year}-${String(prng.int(5, 11)).padStart(2, "0")}-30`,
        decisionReference: `${year - 1}/${prng.int(100, 999)} § ${prng.int(10, 140)}`,
      };
      out.assignments.push(assignment);
      adminItems.push([
        `Genomförande av uppdraget: ${lowerFirst(title)}`,
        { kind: "assignment", id: assignment.id },
      ]);
    });
    adminItems.push([prng.pick(coreMissionActivities), { kind: "core-mission" }]);

    const adminPlan: WorkPlan = {
      id: `${administration.id}-${year}`,
      level: "administration",
      year,
      ownerUnitId: administration.id,
      parentPlanId: boardPlan.id,
      title: `${administration.name}s arbetsplan ${year}`,
      summary: `Hur ${administration.name.toLowerCase()} når ${profile.board.toLowerCase()}s etappmål och genomför uppdragen.`,
    };
    out.workPlans.push(adminPlan);
    planOfUnit.set(administration.id, { plan: adminPlan, activities: addActivities(adminPlan, adminItems) });
    planBelow(administration, profile);
  }
  return out;
};
