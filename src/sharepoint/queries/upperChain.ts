import type { SPFI } from "@pnp/sp";
import {
  coversYear,
  plansInForce,
  type Assignment,
  type BoardIndicator,
  type BoardPlan,
  type FocusArea,
  type KfIndicator,
  type Milestone,
  type ProgramDeclaration,
  type Vision,
} from "../../domain";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";
import { unitYear, type ViewReads } from "./readers";

/** The KF level and one nämnd's verksamhetsplan for a year: what every view shows above the förvaltning. */
export interface UpperChain {
  readonly vision: Vision | null;
  readonly programDeclaration: ProgramDeclaration | null;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly BoardPlan[];
  readonly boardIndicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
}

/**
 * Queues eight reads on a batched root: the four small KF-level lists whole (tens of rows per mandate
 * period) and the nämnd's plan, indicators, etappmål and uppdrag by the indexed `BoardYear` partition.
 * Rows that cannot be shown are left out by `reads` (the view's).
 */
export function queueUpperChain(
  sp: SPFI,
  boardUnitId: string | undefined,
  year: number,
  { read }: ViewReads,
): Promise<UpperChain> {
  const board = eq("BoardYear", unitYear(boardUnitId ?? "", year));
  return Promise.all([
    read(sp, lists.vision),
    read(sp, lists["program-declaration"]),
    read(sp, lists["focus-area"]),
    read(sp, lists["kf-indicator"]),
    read(sp, lists["board-plan"], board),
    read(sp, lists["board-indicator"], board),
    read(sp, lists.milestone, board),
    read(sp, lists.assignment, board),
  ]).then(
    ([
      visions,
      declarations,
      focusAreas,
      kfIndicators,
      boardPlans,
      boardIndicators,
      milestones,
      assignments,
    ]) => {
      // Every version of the verksamhetsplan was read: the chain shows the one in force.
      const inForce = new Set(plansInForce(boardPlans).map((p) => p.id));
      const ofPlanInForce = <T extends { boardPlanId: string }>(xs: readonly T[]): T[] =>
        xs.filter((x) => inForce.has(x.boardPlanId));
      const programDeclaration = declarations.find((d) => coversYear(d.mandate, year)) ?? null;
      const areas = focusAreas.filter((a) => a.programDeclarationId === programDeclaration?.id);
      const areaIds = new Set(areas.map((a) => a.id));
      return {
        vision: visions.find((v) => v.id === programDeclaration?.visionId) ?? visions[0] ?? null,
        programDeclaration,
        focusAreas: areas,
        kfIndicators: kfIndicators.filter((k) => areaIds.has(k.focusAreaId)),
        boardPlans: boardPlans.filter((p) => inForce.has(p.id)),
        boardIndicators: ofPlanInForce(boardIndicators),
        milestones: ofPlanInForce(milestones),
        assignments: ofPlanInForce(assignments),
      };
    },
  );
}
