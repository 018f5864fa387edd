import type { SPFI } from "@pnp/sp";
import {
  answeredPeriod,
  inRange,
  type DateRange,
  type DuePage,
  type FollowUp,
  type OrgUnit,
  type Person,
} from "../../domain";
import { anyOf, eq, le } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { inOneBatch, widestBatch } from "../lists/batch";
import { partitionRowsWhere } from "../lists/rows";
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

/** Each target's most recently recorded follow-up (shown on its reminder). */
const latestPerTarget = (followUps: readonly FollowUp[]): FollowUp[] => {
  const latest = new Map<string, FollowUp>();
  for (const f of followUps) {
    const seen = latest.get(f.target.id);
    if (seen === undefined || seen.recordedAt < f.recordedAt) latest.set(f.target.id, f);
  }
  return [...latest.values()];
};

/** Goal ids per `TargetId eq … or …` request: short enough for any URL. */
const goalsPerRequest = 40;

/**
 * The follow-ups of these goals in one partition, by `TargetId` (indexed) 40 goals a request, all queued on
 * the same batched root; rows outside their medarbetare's folder under `root` are left out.
 */
function followUpsOf(
  sp: SPFI,
  list: EntityList<"follow-up">,
  root: string,
  goalIds: readonly string[],
  skipped: SkippedRows,
): Promise<FollowUp[]>[] {
  const reads: Promise<FollowUp[]>[] = [];
  for (let i = 0; i < goalIds.length; i += goalsPerRequest) {
    const filter = anyOf("TargetId", goalIds.slice(i, i + goalsPerRequest));
    reads.push(
      partitionRowsWhere(sp, list.title, personalSelect(list), filter).then((rows) =>
        showableRows(list, rows, skipped, root),
      ),
    );
  }
  return reads;
}

/**
 * What may fall due between two dates, municipal-wide, as self-contained pages (every page carries the unit
 * tree and the planners):
 * - one page per nämnd: its verksamhetsplaner, indicators, etappmål, uppdrag and their follow-ups;
 * - one page per förvaltning: its arbetsplaner, activities and their follow-ups (by `AdminYear`);
 * - one page per partition of the individual goals: those whose `NextDue` (indexed, kept on write) is on or
 *   before the range's end and that have a date in the range, with their follow-ups answering a date in it
 *   (read by `TargetId`, 40 goals a request). The domain's `dueBetween` still decides what is due.
 * Round trips: 2, plus one per 100 reads past the first 100 in the second batch (5 per nämnd, 3 per
 * förvaltning, 1 per 40 goals found); none per item. A partition with 5,000 goals or more open by the
 * range's end fails (`TooManyRowsError`) rather than answer in part.
 * Rows that cannot be shown are left out and told to `report`, each once per run.
 */
export async function* loadDuePages(
  sp: SPFI,
  range: DateRange,
  report?: SkippedRowReporter,
): AsyncGenerator<DuePage> {
  const skipped = new SkippedRows(report);
  const { read } = viewReads(skipped);
  // Only goals whose next due date is on or before the range's end can have a date due in it (see
  // `nextDueDate`); the personal follow-up lists' root folders come along for the folder check.
  const [units, planners, focusAreas, kfIndicators, goalsByPartition, followUpsRoots] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists["org-unit"]),
        read(b, lists.person, eq("Planner", "yes")),
        read(b, lists["focus-area"]),
        read(b, lists["kf-indicator"]),
        Promise.all(goalLists.all.map((list) => read(b, list, le("NextDue", range.to)))),
        Promise.all(goalFollowUpLists.all.map((list) => rootFolderUrl(b, list.title))),
      ] as const,
  );
  const years = yearsOf(range);
  const at = (unitId: string) => years.map((y) => unitYear(unitId, y));
  const boards = units.filter((u) => u.kind === "board");
  const administrations = units.filter((u) => u.kind === "administration");
  // The dates in the range decide, as before; the narrowed read only leaves out goals that cannot be due.
  const goalPages = goalsByPartition.map((goals) =>
    goals.filter((g) => g.followUpDates.some((d) => inRange(d, range))),
  );

  // Everything else in one widest `$batch` (PnPjs sends a second past 100 parts): each nämnd's and
  // förvaltning's plans for the range's years, and the follow-ups of the goals found.
  const [boardParts, adminParts, goalFollowUps] = await inOneBatch(
    sp,
    (b) =>
      [
        Promise.all(
          boards.map((board) =>
            Promise.all([
              read(b, lists["board-plan"], anyOf("BoardYear", at(board.id))),
              read(b, lists["board-indicator"], anyOf("BoardYear", at(board.id))),
              read(b, lists.milestone, anyOf("BoardYear", at(board.id))),
              read(b, lists.assignment, anyOf("BoardYear", at(board.id))),
              read(b, lists["follow-up"], anyOf("UnitYear", at(board.id))),
            ] as const),
          ),
        ),
        Promise.all(
          administrations.map((administration) =>
            Promise.all([
              read(b, lists["work-plan"], anyOf("AdminYear", at(administration.id))),
              read(b, lists.activity, anyOf("AdminYear", at(administration.id))),
              read(b, lists["follow-up"], anyOf("AdminYear", at(administration.id))),
            ] as const),
          ),
        ),
        Promise.all(
          goalFollowUpLists.all.map((list, i) =>
            Promise.all(
              followUpsOf(
                b,
                list,
                followUpsRoots[i] ?? "",
                (goalPages[i] ?? []).map((g) => g.id),
                skipped,
              ),
            ).then((parts) => parts.flat()),
          ),
        ),
      ] as const,
    widestBatch,
  );

  for (const [boardPlans, boardIndicators, milestones, assignments, followUps] of boardParts) {
    if (boardPlans.length > 0) {
      yield {
        ...emptyPage(units, planners),
        focusAreas,
        kfIndicators,
        boardPlans,
        boardIndicators,
        milestones,
        assignments,
        followUps,
      };
    }
  }
  for (const [workPlans, activities, followUps] of adminParts) {
    if (workPlans.length > 0) yield { ...emptyPage(units, planners), workPlans, activities, followUps };
  }

  // A goal follow-up answers an agreed date (named, or its period in older rows), so "answered in the range"
  // is a text comparison; one answered early counts for the date it answers, not the day it was recorded.
  for (const [i, individualGoals] of goalPages.entries()) {
    if (individualGoals.length === 0) continue;
    const all = goalFollowUps[i] ?? [];
    const followUps = all.filter((followUp) => {
      const answers = answeredPeriod(followUp);
      return /^\d{4}-\d{2}-\d{2}$/.test(answers) && inRange(answers, range);
    });
    yield {
      ...emptyPage(units, planners),
      focusAreas,
      kfIndicators,
      individualGoals,
      followUps,
      latestGoalFollowUps: latestPerTarget(all),
    };
  }
}
