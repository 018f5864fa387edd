import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { IsoDate } from "../model/primitives";
import type { ReachChain, ReachFollowUp, ReachGoal, ReachInput, ReachPlacement } from "../rules/reach";

/** The public chain items reach is told in terms of, and what they are called (plan data, not personal). */
export interface ReachItems {
  readonly focusAreas: readonly Pick<FocusArea, "id" | "heading" | "dimension">[];
  readonly kfIndicators: readonly Pick<KfIndicator, "id" | "number" | "name" | "focusAreaId">[];
  readonly milestones: readonly (Pick<Milestone, "id" | "title"> & { readonly boardUnitId: string })[];
}

/** Everything reach is counted from, read with the app's identity: personal rows without text or names. */
export interface ReachData {
  readonly people: readonly (ReachPlacement & { readonly leftAt?: IsoDate })[];
  readonly goals: readonly ReachGoal[];
  readonly followUps: readonly ReachFollowUp[];
  readonly chain: ReachChain;
  /** Every chain item read, with what it is called (an etappmål of an earlier plan version among them). */
  readonly items: ReachItems;
  /** The items counted for whether reached or not: the programförklaring's, the plans in force's etappmål. */
  readonly listed: ReachInput["listed"];
  readonly skippedRows: number;
}

/**
 * The first read decides who may see what (the unit tree and the caller, nothing personal); only then
 * `personal()` reads the goals and follow-ups of the year.
 */
export interface ReachReading {
  readonly units: readonly OrgUnit[];
  /** The caller as the organisation knows them; undefined when they are not in it. */
  readonly caller: Person | undefined;
  personal(): Promise<ReachData>;
}

/** Reach's data over the store, read with the app's own identity; never handed to a person as read. */
export interface ReachSource {
  open(year: number, callerId: string): Promise<ReachReading>;
}
