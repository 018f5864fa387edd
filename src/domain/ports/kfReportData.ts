import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { FocusArea } from "../model/focusArea";
import type { FollowUp } from "../model/followUp";
import type { IndicatorOutcome } from "../model/indicatorOutcome";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { ProgramDeclaration } from "../model/programDeclaration";

/**
 * What the report back to KF is made from, for one year: the KF level of the mandate period covering it, every
 * nämnd's verksamhetsplan of the year with its indicators, etappmål and uppdrag, their follow-ups, and the
 * outcomes of the KF indicators and the nämnd indicators. Plan-level data only (public documents), never an individual goal.
 */
export interface KfReportData {
  readonly year: number;
  readonly programDeclaration: ProgramDeclaration | null;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly BoardPlan[];
  readonly boardIndicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
  /** The nämnder of the plans and the förvaltningar directly under them (uppdrag go to these). */
  readonly units: readonly OrgUnit[];
  /** Follow-ups of the plans, nämnd indicators, etappmål and uppdrag. */
  readonly followUps: readonly FollowUp[];
  /** Outcomes of the KF indicators and of the plans' nämnd indicators, every period stored. */
  readonly outcomes: readonly IndicatorOutcome[];
  /** Stored rows left out because they cannot be shown; absent means 0. */
  readonly skippedRows?: number;
}

/** Reads the report's data in a bounded number of round trips, whatever the number of nämnder and indicators. */
export interface KfReportSource {
  kfReportData(year: number): Promise<KfReportData>;
}
