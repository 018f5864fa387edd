import type { Activity } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { FocusArea } from "../model/focusArea";
import type { FollowableRef, FollowUp } from "../model/followUp";
import type { IndicatorOutcome } from "../model/indicatorOutcome";
import type { IndividualGoal } from "../model/individualGoal";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { IsoDate, PeriodId } from "../model/primitives";
import type { ProgramDeclaration } from "../model/programDeclaration";
import type { Vision } from "../model/vision";
import type { WorkPlan } from "../model/workPlan";
import type { LinkAttention } from "../rules/goalLinks";

/** Per goal id, the goal's links that need attention after its arbetsplan changed; goals without any are absent. */
export type GoalLinkAttention = Readonly<Record<string, readonly LinkAttention[]>>;

/**
 * A loaded part of the chain, from the vision down. Holds whatever the view needs; rules/chain.ts walks it.
 * Items that are not loaded are simply absent (the chain rule then reports the gap).
 */
export interface ChainSlice {
  readonly vision: Vision | null;
  readonly programDeclaration: ProgramDeclaration | null;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly BoardPlan[];
  readonly boardIndicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
  readonly workPlans: readonly WorkPlan[];
  readonly activities: readonly Activity[];
}

/**
 * "My goals", for one medarbetare and year: own goals with their follow-ups, own unit's arbetsplan and its
 * activities, and `above`: every plan above it up to the målområden and the vision (parent arbetsplaner
 * with their activities, the nämnd's verksamhetsplan with indicators, etappmål and uppdrag).
 */
export interface MyGoalsView {
  readonly year: number;
  readonly person: Person;
  readonly unit: OrgUnit;
  /** The medarbetare's current chef, null while the post is vacant. */
  readonly chef: Person | null;
  readonly goals: readonly IndividualGoal[];
  readonly followUps: readonly FollowUp[];
  readonly workPlan: WorkPlan | null;
  readonly activities: readonly Activity[];
  readonly above: ChainSlice;
  /** Goals whose link to the arbetsplan needs attention (a newer version dropped or changed the activity). */
  readonly linkAttention?: GoalLinkAttention;
  /** Stored rows left out because they cannot be shown (invalid, or outside their folder); absent means 0. */
  readonly skippedRows?: number;
}

/**
 * "My team", for one chef, one unit they lead and a year. Coverage is derived with rules/coverage.ts.
 * A chef's team is the staff of the unit and the chefs of the units directly below (who have their
 * medarbetarsamtal with this chef, see `chefOf`); what lies further down is aggregate only.
 */
export interface TeamView {
  readonly year: number;
  readonly chef: Person;
  readonly unit: OrgUnit;
  /** People whose unit is this unit. */
  readonly staff: readonly Person[];
  /** The units directly below this unit (whose parent it is), with their chefs. */
  readonly unitsBelow: readonly OrgUnit[];
  /** The chefs of `unitsBelow` whose chef is this chef (not the chef themselves, nor anyone in `staff`). */
  readonly chefsBelow: readonly Person[];
  /** All goals of the staff and of the chefs below for the year. */
  readonly goals: readonly IndividualGoal[];
  /** Follow-ups of those goals, of the work plan and of its activities. */
  readonly followUps: readonly FollowUp[];
  readonly workPlan: WorkPlan | null;
  readonly activities: readonly Activity[];
  /** Goals whose link to the arbetsplan needs attention (a newer version dropped or changed the activity). */
  readonly linkAttention?: GoalLinkAttention;
  /** Stored rows left out because they cannot be shown (invalid, or outside their folder); absent means 0. */
  readonly skippedRows?: number;
}

/**
 * The whole chain for one förvaltning and year: vision, målområden, KF indicators, the nämnd's plan with
 * indicators, etappmål and uppdrag, and every arbetsplan and activity of the förvaltning and the units
 * under it, with their follow-ups and indicator outcomes. No individual goals (aggregate only upward).
 */
export interface ChainView extends ChainSlice {
  readonly year: number;
  readonly board: OrgUnit;
  readonly administration: OrgUnit;
  /** The förvaltning and every unit under it. */
  readonly units: readonly OrgUnit[];
  readonly followUps: readonly FollowUp[];
  readonly outcomes: readonly IndicatorOutcome[];
  /** Stored rows left out because they cannot be shown (invalid); absent means 0. */
  readonly skippedRows?: number;
}

/** A closed range of calendar dates, `from` ≤ `to`, both inclusive. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * One page of what may fall due between two dates, municipal-wide. Pages are self-contained: every
 * follow-up recorded for an item of the page, every unit named by it (with chef) and the planners of its
 * nämnder are in the same page (a page per förvaltning, or per slice of it, suits). rules/due.ts turns a
 * page into DueItems.
 */
export interface DuePage {
  readonly units: readonly OrgUnit[];
  /** People holding a planner role for a nämnd in this page. */
  readonly planners: readonly Person[];
  readonly boardPlans: readonly BoardPlan[];
  readonly boardIndicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
  readonly workPlans: readonly WorkPlan[];
  readonly activities: readonly Activity[];
  readonly individualGoals: readonly IndividualGoal[];
  readonly followUps: readonly FollowUp[];
  /** Shown on a reminder, never deciding it: the KF level that chains climb to … */
  readonly focusAreas?: readonly FocusArea[];
  readonly kfIndicators?: readonly KfIndicator[];
  /** … and each of the page's goals' latest follow-up, whatever date it answers. */
  readonly latestGoalFollowUps?: readonly FollowUp[];
}

export type RecipientRole = "employee" | "chef" | "planner";

/** Someone who must record a follow-up, and why they are asked. */
export interface Recipient {
  readonly personId: string;
  readonly role: RecipientRole;
}

/** One follow-up that falls due: what, for which period, by when, for whom. */
export interface DueItem {
  readonly target: FollowableRef;
  readonly title: string;
  readonly period: PeriodId;
  readonly dueDate: IsoDate;
  /** The unit that owns the item (for individual goals: the medarbetare's unit). */
  readonly unitId: string;
  readonly recipients: readonly Recipient[];
}
