import type { SPFI } from "@pnp/sp";
import {
  answeredPeriod,
  inRange,
  type DateRange,
  type DuePage,
  type FollowUp,
  type IndividualGoal,
  type OrgUnit,
  type Person,
} from "../../domain";
import type { ListRow } from "../mapping/rowMapping";
import { anyOf, eq } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { listByTitle, pageSize } from "../lists/rows";
import { rootFolderUrl } from "../repositories/personalFolders";
import { unitYear, viewReads } from "./readers";
import { personalSelect, showableRows } from "./showableRows";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

const yearsOf = (range: DateRange): number[] => {
  const years: number[] = [];
  for (let y = Number(range.from.slice(0, 4)); y <= Number(range.to.slice(0, 4)); y += 1) years.push(y);
  return years;
};

const emptyPage = (units: readonly OrgUnit[], planners: readonly Person[]): DuePage => ({
  units,
  planners,
  boardPlans: [],
  boardIndicators: [],
  milestones: [],
  assignments: [],
  workPlans: [],
  activities: [],
  individualGoals: [],
  followUps: [],
});

/**
 * A whole personal list in pages of 5,000, in id order with no filter: the one read SharePoint allows over a
 * list of any size (a filter would have to narrow below the threshold first, and goals of a year do not).
 * Rows that cannot be shown, or that sit outside their medarbetare's folder under `root`, are left out.
 */
async function* scan<K extends "individual-goal" | "follow-up">(
  sp: SPFI,
  list: EntityList<K>,
  root: string,
  skipped: SkippedRows,
) {
  const items = listByTitle(sp, list.title)
    .items.select(...personalSelect(list), "FSObjType")
    .top(pageSize);
  for await (const rows of items as AsyncIterable<ListRow[]>) {
    // Personal lists hold one folder row per medarbetare: not an entity (SharePoint answers "1" as text).
    const files = rows.filter((row) => Number(row["FSObjType"]) !== 1);
    yield showableRows(list, files, skipped, root);
  }
}

/**
 * What may fall due between two dates, municipal-wide, as self-contained pages (every page carries the unit
 * tree and the planners):
 * - one page per nämnd: its verksamhetsplaner, indicators, etappmål, uppdrag and their follow-ups;
 * - one page per förvaltning: its arbetsplaner, activities and their follow-ups (by `AdminYear`);
 * - one page per 5,000 individual goals, with those goals' follow-ups in the range (personal follow-ups are
 *   read first, page by page, keeping only periods inside the range).
 * Round trips: 1 + nämnder + förvaltningar + pages of goals and of personal follow-ups (at least one per
 * partition of each personal list); none per item.
 * Rows that cannot be shown are left out and told to `report`, each once per run.
 */
export async function* loadDuePages(
  sp: SPFI,
  range: DateRange,
  report?: SkippedRowReporter,
): AsyncGenerator<DuePage> {
  const skipped = new SkippedRows(report);
  const { read } = viewReads(skipped);
  // The personal lists' root folders come with the first batch, for the scans' folder check.
  const [units, planners, followUpsRoots, goalsRoots] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists["org-unit"]),
        read(b, lists.person, eq("Planner", "yes")),
        Promise.all(goalFollowUpLists.all.map((list) => rootFolderUrl(b, list.title))),
        Promise.all(goalLists.all.map((list) => rootFolderUrl(b, list.title))),
      ] as const,
  );
  const years = yearsOf(range);
  const at = (unitId: string) => years.map((y) => unitYear(unitId, y));

  for (const board of units.filter((u) => u.kind === "board")) {
    const [boardPlans, boardIndicators, milestones, assignments, followUps] = await inOneBatch(
      sp,
      (b) =>
        [
          read(b, lists["board-plan"], anyOf("BoardYear", at(board.id))),
          read(b, lists["board-indicator"], anyOf("BoardYear", at(board.id))),
          read(b, lists.milestone, anyOf("BoardYear", at(board.id))),
          read(b, lists.assignment, anyOf("BoardYear", at(board.id))),
          read(b, lists["follow-up"], anyOf("UnitYear", at(board.id))),
        ] as const,
    );
    if (boardPlans.length > 0) {
      yield {
        ...emptyPage(units, planners),
        boardPlans,
        boardIndicators,
        milestones,
        assignments,
        followUps,
      };
    }
  }

  for (const administration of units.filter((u) => u.kind === "administration")) {
    const [workPlans, activities, followUps] = await inOneBatch(
      sp,
      (b) =>
        [
          read(b, lists["work-plan"], anyOf("AdminYear", at(administration.id))),
          read(b, lists.activity, anyOf("AdminYear", at(administration.id))),
          read(b, lists["follow-up"], anyOf("AdminYear", at(administration.id))),
        ] as const,
    );
    if (workPlans.length > 0) yield { ...emptyPage(units, planners), workPlans, activities, followUps };
  }

  // A goal follow-up answers an agreed date (named, or its period in older rows), so "answered in the range"
  // is a text comparison; one answered early counts for the date it answers, not the day it was recorded.
  const recorded = new Map<string, FollowUp[]>();
  for (const [i, list] of goalFollowUpLists.all.entries()) {
    for await (const page of scan(sp, list, followUpsRoots[i] ?? "", skipped)) {
      for (const followUp of page) {
        const answers = answeredPeriod(followUp);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(answers) || !inRange(answers, range)) continue;
        const forGoal = recorded.get(followUp.target.id) ?? [];
        forGoal.push(followUp);
        recorded.set(followUp.target.id, forGoal);
      }
    }
  }
  for (const [i, list] of goalLists.all.entries()) {
    for await (const page of scan(sp, list, goalsRoots[i] ?? "", skipped)) {
      const individualGoals: IndividualGoal[] = page.filter((g) =>
        g.followUpDates.some((d) => inRange(d, range)),
      );
      if (individualGoals.length === 0) continue;
      const followUps = individualGoals.flatMap((g) => recorded.get(g.id) ?? []);
      yield { ...emptyPage(units, planners), individualGoals, followUps };
    }
  }
}
