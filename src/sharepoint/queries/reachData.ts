import { InjectHeaders } from "@pnp/queryable";
import type { SPFI } from "@pnp/sp";
import {
  coversYear,
  plansInForce,
  type ReachChain,
  type ReachData,
  type ReachFollowUp,
  type ReachGoal,
  type ReachReading,
  type ReachSource,
} from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { listByTitle, pageSize, rowsWhere } from "../lists/rows";
import type { ListRow } from "../mapping/rowMapping";
import { anyOf, eq } from "../odata/filter";
import { rootFolderUrl } from "../repositories/personalFolders";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { personalPartitionOf } from "../schema/personalPartitions";
import { unitYear, viewReads } from "./readers";
import { inOwnFolder } from "./showableRows";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/*
 * Only the columns reach counts with are selected: no goal's title or description, no follow-up's comment,
 * no person's name (the caller's own row aside, read to decide what they may see).
 */
const personColumns = ["Id", "Key", "UnitId", "LeftAt"];
const goalColumns = [
  "Id",
  "Key",
  "EmployeeId",
  "Year",
  "ActivityIds",
  "AgreedByEmployeeAt",
  "AgreedByManagerAt",
  "FollowUpDates",
  "WithdrawnAt",
  "FileDirRef",
  "FSObjType",
];
// The largest list by far (≈150,000 rows): no key, no folder columns. A follow-up counts only for a goal read
// from its medarbetare's own folder, and the personal follow-up lists hold goal follow-ups only.
const followUpColumns = ["Id", "TargetId", "Period", "Answers", "RecordedAt", "FSObjType"];
const activityColumns = ["Id", "Key", "ServesKind", "ServesId"];
const milestoneColumns = ["Id", "Key", "Title", "BoardPlanId", "BoardIndicatorId"];
const boardIndicatorColumns = ["Id", "Key", "KfIndicatorId"];
const assignmentColumns = ["Id", "Key", "FocusAreaId"];

/** The lists too big for one request at municipal scale, read whole in pages of 5,000 ids. */
const pagedTitles = [
  lists.person.title,
  ...goalLists.all.map((l) => l.title),
  ...goalFollowUpLists.all.map((l) => l.title),
];

const text = (row: ListRow, name: string): string | undefined => {
  const value = row[name];
  return typeof value === "string" && value !== "" ? value : undefined;
};

const textArray = (row: ListRow, name: string): string[] | undefined => {
  const raw = text(row, name);
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) && value.every((v): v is string => typeof v === "string") ? value : undefined;
  } catch {
    return undefined;
  }
};

const isFolder = (row: ListRow): boolean => Number(row["FSObjType"]) === 1;

/**
 * Rows without OData's per-row metadata (type, id, edit link, etag: five times the size of the few columns
 * read): SharePoint's `odata=nometadata`, for the pages read whole.
 */
const bare = InjectHeaders({ Accept: "application/json;odata=nometadata" });

/** The highest item id of a list (0 when empty): how many pages of 5,000 ids to ask for. */
const highestId = (sp: SPFI, title: string): Promise<number> =>
  listByTitle(sp, title)
    .items.select("Id")
    .orderBy("Id", false)
    .top(1)<ListRow[]>()
    .then((rows) => rows[0]?.Id ?? 0);

/**
 * Every row of a list, one request per 5,000 ids, all queued on the same (batched) root: no filter, ordered by
 * id, so SharePoint serves it under the list view threshold at any size. Page k starts after id 5,000·k;
 * whatever it holds beyond 5,000·(k+1) is the next page's and is dropped, so no row is counted twice.
 */
function allRows(sp: SPFI, title: string, select: readonly string[], highest: number): Promise<ListRow[]> {
  const pages: Promise<ListRow[]>[] = [];
  for (let from = 0; from < highest; from += pageSize) {
    pages.push(
      listByTitle(sp, title)
        .items.using(bare)
        .select(...select)
        .top(pageSize)
        .skip(from)<ListRow[]>()
        .then((rows) => rows.filter((r) => r.Id > from && r.Id <= from + pageSize)),
    );
  }
  return Promise.all(pages).then((parts) => parts.flat());
}

/** `Column eq a or …` in requests of 40 values with only `select`'s columns, queued on the same root. */
function rowsOfAny(
  sp: SPFI,
  title: string,
  select: readonly string[],
  column: string,
  values: readonly string[],
): Promise<ListRow[]> {
  const reads: Promise<ListRow[]>[] = [];
  for (let i = 0; i < values.length; i += 40)
    reads.push(rowsWhere(sp, title, select, anyOf(column, values.slice(i, i + 40))));
  return Promise.all(reads).then((parts) => parts.flat());
}

/** A personal row counts only in its medarbetare's own folder, in their partition (as every view reads). */
function ownRows(
  rows: readonly ListRow[],
  root: string,
  partition: number,
  title: string,
  skipped: SkippedRows,
) {
  return rows.filter((row) => {
    if (isFolder(row)) return false;
    const own = inOwnFolder(row, root) && personalPartitionOf(String(row["EmployeeId"])) === partition;
    if (!own)
      skipped.skip({
        listTitle: title,
        rowId: row.Id,
        key: String(row["Key"] ?? ""),
        reason: "the row is not in its medarbetare's folder or partition",
      });
    return own;
  });
}

function goalOf(row: ListRow): ReachGoal | undefined {
  const id = text(row, "Key");
  const employeeId = text(row, "EmployeeId");
  const activityIds = textArray(row, "ActivityIds");
  const followUpDates = textArray(row, "FollowUpDates") ?? [];
  const year = Number(row["Year"]);
  if (id === undefined || employeeId === undefined || activityIds === undefined || !Number.isInteger(year))
    return undefined;
  const optional = (name: string, key: keyof ReachGoal) => {
    const value = text(row, name);
    return value === undefined ? {} : { [key]: value };
  };
  return {
    id,
    employeeId,
    year,
    activityIds,
    followUpDates,
    ...optional("AgreedByEmployeeAt", "agreedByEmployeeAt"),
    ...optional("AgreedByManagerAt", "agreedByManagerAt"),
    ...optional("WithdrawnAt", "withdrawnAt"),
  };
}

function followUpOf(row: ListRow): ReachFollowUp | undefined {
  const targetId = text(row, "TargetId");
  const period = text(row, "Period");
  const recordedAt = text(row, "RecordedAt");
  const answers = text(row, "Answers");
  if (targetId === undefined || period === undefined || recordedAt === undefined) return undefined;
  return {
    target: { kind: "individual-goal", id: targetId },
    period,
    recordedAt,
    ...(answers === undefined ? {} : { answers }),
  };
}

/** Rows mapped by `read`; a row it cannot read is left out and told to `skipped`. */
function mapped<T>(
  rows: readonly ListRow[],
  title: string,
  skipped: SkippedRows,
  read: (row: ListRow) => T | undefined,
): T[] {
  return rows.flatMap((row) => {
    const value = read(row);
    if (value !== undefined) return [value];
    skipped.skip({
      listTitle: title,
      rowId: row.Id,
      key: String(row["Key"] ?? ""),
      reason: "a column reach counts with is missing or wrong",
    });
    return [];
  });
}

/**
 * Reach's data for one year in two round trips at any size up to ≈400,000 personal rows:
 * 1. (`open`) the unit tree, the caller, the KF level, the year's verksamhetsplaner, and the highest item id
 *    of the person list and of each partition of the personal lists;
 * 2. (`personal`, once the caller may see something) one `$batch` of up to 100 requests: the person list and
 *    every partition of the goals and their follow-ups whole, 5,000 ids a request (only the columns
 *    counted, see above), the partitions' root folders, and the year's activities (by each nämnd's
 *    `BoardYear`), etappmål, nämnd indicators and uppdrag (by `BoardYear`, 40 nämnder a request).
 * Reading the personal lists whole rather than by a filter keeps every request under the list view
 * threshold however a förvaltning grows (a `Year` or `AdminYear` filter would match more than 5,000 rows
 * in a large förvaltning's partition).
 */
export async function openReach(
  sp: SPFI,
  year: number,
  callerId: string,
  report?: SkippedRowReporter,
): Promise<ReachReading> {
  const skipped = new SkippedRows(report);
  const { read } = viewReads(skipped);
  const [units, callers, declarations, allFocusAreas, allKfIndicators, allBoardPlans, highest] =
    await inOneBatch(
      sp,
      (b) =>
        [
          read(b, lists["org-unit"]),
          read(b, lists.person, eq("Key", callerId)),
          read(b, lists["program-declaration"]),
          read(b, lists["focus-area"]),
          read(b, lists["kf-indicator"]),
          read(b, lists["board-plan"], eq("Year", year)),
          Promise.all(pagedTitles.map((title) => highestId(b, title))),
        ] as const,
      widestBatch,
    );
  const personal = async (): Promise<ReachData> => {
    const boards = units.filter((u) => u.kind === "board").map((u) => unitYear(u.id, year));
    const [
      people,
      goalParts,
      followUpParts,
      roots,
      activityParts,
      milestoneRows,
      indicatorRows,
      assignmentRows,
    ] = await inOneBatch(
      sp,
      (b) =>
        [
          allRows(b, lists.person.title, personColumns, highest[0] ?? 0),
          Promise.all(goalLists.all.map((l, i) => allRows(b, l.title, goalColumns, highest[1 + i] ?? 0))),
          Promise.all(
            goalFollowUpLists.all.map((l, i) =>
              allRows(b, l.title, followUpColumns, highest[1 + goalLists.all.length + i] ?? 0),
            ),
          ),
          Promise.all([...goalLists.all, ...goalFollowUpLists.all].map((l) => rootFolderUrl(b, l.title))),
          Promise.all(
            boards.map((by) => rowsWhere(b, lists.activity.title, activityColumns, eq("BoardYear", by))),
          ),
          rowsOfAny(b, lists.milestone.title, milestoneColumns, "BoardYear", boards),
          rowsOfAny(b, lists["board-indicator"].title, boardIndicatorColumns, "BoardYear", boards),
          rowsOfAny(b, lists.assignment.title, assignmentColumns, "BoardYear", boards),
        ] as const,
      widestBatch,
    );
    const goals = goalLists.all
      .flatMap((l, i) =>
        mapped(
          ownRows(goalParts[i] ?? [], roots[i] ?? "", i + 1, l.title, skipped),
          l.title,
          skipped,
          goalOf,
        ),
      )
      .filter((g) => g.year === year);
    const goalIds = new Set(goals.map((g) => g.id));
    const followUps = goalFollowUpLists.all
      .flatMap((l, i) =>
        mapped(
          (followUpParts[i] ?? []).filter((row) => !isFolder(row)),
          l.title,
          skipped,
          followUpOf,
        ),
      )
      .filter((f) => goalIds.has(f.target.id));
    const plansById = new Map(allBoardPlans.map((p) => [p.id, p]));
    const chain: ReachChain = {
      activities: mapped(activityParts.flat(), lists.activity.title, skipped, (row) => {
        const id = text(row, "Key");
        const kind = text(row, "ServesKind");
        const servesId = text(row, "ServesId");
        if (id === undefined) return undefined;
        if (kind === "core-mission") return { id, serves: { kind } };
        if ((kind === "milestone" || kind === "assignment" || kind === "activity") && servesId !== undefined)
          return { id, serves: { kind, id: servesId } };
        return undefined;
      }),
      milestones: mapped(milestoneRows, lists.milestone.title, skipped, (row) => {
        const id = text(row, "Key");
        const boardIndicatorId = text(row, "BoardIndicatorId");
        return id === undefined || boardIndicatorId === undefined ? undefined : { id, boardIndicatorId };
      }),
      boardIndicators: mapped(indicatorRows, lists["board-indicator"].title, skipped, (row) => {
        const id = text(row, "Key");
        const kfIndicatorId = text(row, "KfIndicatorId");
        return id === undefined || kfIndicatorId === undefined ? undefined : { id, kfIndicatorId };
      }),
      assignments: mapped(assignmentRows, lists.assignment.title, skipped, (row) => {
        const id = text(row, "Key");
        const focusAreaId = text(row, "FocusAreaId");
        return id === undefined ? undefined : { id, ...(focusAreaId === undefined ? {} : { focusAreaId }) };
      }),
      kfIndicators: allKfIndicators,
    };
    // Etappmål named by their plan's nämnd; those of the plans in force are listed whether reached or not.
    const inForce = new Set(plansInForce(allBoardPlans).map((p) => p.id));
    const milestones = milestoneRows.flatMap((row) => {
      const id = text(row, "Key");
      const title = text(row, "Title");
      const boardUnitId = plansById.get(text(row, "BoardPlanId") ?? "")?.boardUnitId;
      return id === undefined || title === undefined || boardUnitId === undefined
        ? []
        : [{ id, title, boardUnitId, inForce: inForce.has(text(row, "BoardPlanId") ?? "") }];
    });
    const declaration = declarations.find((d) => coversYear(d.mandate, year));
    const focusAreas = allFocusAreas.filter((a) => a.programDeclarationId === declaration?.id);
    const areaIds = new Set(focusAreas.map((a) => a.id));
    const kfIndicators = allKfIndicators
      .filter((k) => areaIds.has(k.focusAreaId))
      .sort((a, b) => a.number - b.number);
    return {
      people: mapped(people, lists.person.title, skipped, (row) => {
        const id = text(row, "Key");
        const unitId = text(row, "UnitId");
        const leftAt = text(row, "LeftAt");
        return id === undefined || unitId === undefined
          ? undefined
          : { id, unitId, ...(leftAt === undefined ? {} : { leftAt }) };
      }),
      goals,
      followUps,
      chain,
      items: {
        focusAreas: allFocusAreas.map(({ id, heading, dimension }) => ({ id, heading, dimension })),
        kfIndicators: allKfIndicators.map(({ id, number, name, focusAreaId }) => ({
          id,
          number,
          name,
          focusAreaId,
        })),
        milestones: milestones.map(({ id, title, boardUnitId }) => ({ id, title, boardUnitId })),
      },
      listed: {
        focusAreaIds: focusAreas.map((a) => a.id),
        kfIndicatorIds: kfIndicators.map((k) => k.id),
        milestoneIds: milestones.filter((m) => m.inForce).map((m) => m.id),
      },
      skippedRows: skipped.count,
    };
  };
  return { units, caller: callers[0], personal };
}

/** Reach over SharePoint, read with whatever identity `sp` carries (the app's, on the server). */
export class SharePointReachSource implements ReachSource {
  constructor(
    private readonly sp: SPFI,
    private readonly reportSkipped?: SkippedRowReporter,
  ) {}

  open(year: number, callerId: string): Promise<ReachReading> {
    return openReach(this.sp, year, callerId, this.reportSkipped);
  }
}
