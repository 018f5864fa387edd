import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import {
  ConflictError,
  periodCompletionKey,
  periodCompletionSchema,
  unitsBelow,
  type FollowUp,
  type OrgUnit,
  type PeriodCompletion,
  type PlanFollowUpScene,
  type PlanFollowUpSceneRequest,
  type PlanFollowUpStore,
  type Versioned,
} from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import { readRow, selectOf, type ListRow, type Partitions } from "../mapping/rowMapping";
import { parseVersion, versionOf } from "../mapping/version";
import { and, anyOf, eq } from "../odata/filter";
import { ancestorOfKind, partitionsOf } from "../placement/partitions";
import { isDuplicateValues, readSharePointFailure } from "../pnp/sharePointError";
import { rethrowAsDomainError, type RepositoryContext } from "../repositories/context";
import { SharePointEntityRepository } from "../repositories/entityRepository";
import { unitYear, viewReads } from "../queries/readers";
import { SkippedRows, type SkippedRowReporter } from "../queries/skippedRows";
import { queueUpperChain } from "../queries/upperChain";
import { lists, periodCompletionList } from "../schema/lists";

const completionSelect = ["Id", ...periodCompletionList.fields.map((f) => f.name)];
const completionFields = [
  "unitId",
  "period",
  "state",
  "completedBy",
  "completedByName",
  "completedAt",
  "reopenedBy",
  "reopenedByName",
  "reopenedAt",
] as const;
const columnOf = (field: string): string => field.charAt(0).toUpperCase() + field.slice(1);

/** The `<unit>:<year>` value of a partition column, split back into the unit. */
const unitOfPartition = (value: unknown): string | undefined => {
  if (typeof value !== "string") return undefined;
  const colon = value.lastIndexOf(":");
  return colon < 1 ? undefined : value.slice(0, colon);
};

/**
 * Plan follow-ups and klarmarkeringar over SharePoint, as the app identity reads and writes them.
 * A scene is two round trips whatever the size of the nämnd:
 * 1. the unit tree, the caller and (for a write to an item) the item's row, to find its nämnd;
 * 2. one `$batch`: the KF level and the nämnd's verksamhetsplan (by `BoardYear`), every arbetsplan and
 *    activity under it (by `BoardYear`), the period's follow-ups of the nämnd's units (`UnitYear eq … or …`,
 *    40 units per request, `and Period eq …`) and the period's klarmarkeringar (by `BoardYear`).
 * A write is one more round trip (its partitions are worked out from the scene; a stale ETag or a taken
 * key reads what is stored now for the ConflictError).
 */
export class SharePointPlanFollowUps implements PlanFollowUpStore {
  private readonly followUps: SharePointEntityRepository<"follow-up">;

  constructor(
    private readonly sp: SPFI,
    private readonly report?: SkippedRowReporter,
  ) {
    const context: RepositoryContext = { sp, actorId: "app" };
    this.followUps = new SharePointEntityRepository(context, lists["follow-up"]);
  }

  async scene(request: PlanFollowUpSceneRequest): Promise<PlanFollowUpScene> {
    const skipped = new SkippedRows(this.report);
    const reads = viewReads(skipped);
    const year = Number(request.period.slice(0, 4));
    const anchor = request.anchor;
    const [units, callers, anchorRows] = await inOneBatch(
      this.sp,
      (b) =>
        [
          reads.read(b, lists["org-unit"]),
          reads.read(b, lists.person, eq("Key", request.callerId)),
          "target" in anchor
            ? rowsWhere(
                b,
                lists[anchor.target.kind].title,
                ["Id", "Key", "BoardYear"],
                eq("Key", anchor.target.id),
              )
            : Promise.resolve<ListRow[]>([]),
        ] as const,
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    const anchorUnit = "unitId" in anchor ? anchor.unitId : unitOfPartition(anchorRows[0]?.["BoardYear"]);
    const boardId = anchorUnit === undefined ? undefined : ancestorOfKind(anchorUnit, "board", byId);
    const board = boardId === undefined ? undefined : byId.get(boardId);
    const caller = callers[0];
    if (board === undefined) {
      return { caller, units, board: undefined, plans: emptyPlans(year), followUps: [], completions: [] };
    }

    const boardYear = eq("BoardYear", unitYear(board.id, year));
    const chainUnits = [board, ...unitsBelow(board.id, units).map((b) => b.unit)];
    const [upper, workPlans, activities, followUps, completions] = await inOneBatch(
      this.sp,
      (b) =>
        [
          queueUpperChain(b, board.id, year, reads),
          reads.read(b, lists["work-plan"], boardYear),
          reads.read(b, lists.activity, boardYear),
          this.periodFollowUps(b, chainUnits, year, request.period, skipped),
          rowsWhere(
            b,
            periodCompletionList.title,
            completionSelect,
            and(boardYear, eq("Period", request.period)),
          ),
        ] as const,
      widestBatch,
    );
    return {
      caller,
      units,
      board,
      plans: {
        year,
        focusAreas: upper.focusAreas,
        kfIndicators: upper.kfIndicators,
        boardPlans: upper.boardPlans.filter((p) => p.year === year),
        boardIndicators: upper.boardIndicators,
        milestones: upper.milestones,
        assignments: upper.assignments,
        workPlans: workPlans.filter((p) => p.year === year),
        activities,
      },
      followUps,
      completions: completions.flatMap((row) => this.completionOf(row, skipped)),
      skippedRows: skipped.count,
    };
  }

  /** The period's follow-ups of the units' items, with versions; rows the domain refuses are left out. */
  private periodFollowUps(
    sp: SPFI,
    units: readonly OrgUnit[],
    year: number,
    period: string,
    skipped: SkippedRows,
  ): Promise<Versioned<FollowUp>[]> {
    const list = lists["follow-up"];
    const values = units.map((u) => unitYear(u.id, year));
    const reads: Promise<ListRow[]>[] = [];
    for (let i = 0; i < values.length; i += 40) {
      const filter = and(anyOf("UnitYear", values.slice(i, i + 40)), eq("Period", period));
      reads.push(rowsWhere(sp, list.title, selectOf(list), filter));
    }
    return Promise.all(reads).then((pages) =>
      pages.flat().flatMap((row) => {
        const read = readRow(list, row);
        if (read.ok) return [read.value];
        skipped.skip({
          listTitle: list.title,
          rowId: row.Id,
          key: String(row["Key"]),
          reason: read.error.message,
        });
        return [];
      }),
    );
  }

  private completionOf(row: ListRow, skipped: SkippedRows): Versioned<PeriodCompletion>[] {
    const raw: Record<string, unknown> = {};
    for (const field of completionFields) {
      const value = row[columnOf(field)];
      if (typeof value === "string" && value !== "") raw[field] = value;
    }
    const parsed = periodCompletionSchema.safeParse(raw);
    if (parsed.success) return [{ value: parsed.data, version: versionOf(row) }];
    skipped.skip({
      listTitle: periodCompletionList.title,
      rowId: row.Id,
      key: String(row["Key"]),
      reason: parsed.error.message,
    });
    return [];
  }

  /** A follow-up sits where its item sits: the nämnd's year for its plan's items, the owner's for an arbetsplan's. */
  private partitionsOf(followUp: FollowUp, scene: PlanFollowUpScene): Partitions {
    const units = new Map(scene.units.map((u) => [u.id, u]));
    const { plans } = scene;
    const target = followUp.target;
    const workPlanId =
      target.kind === "work-plan"
        ? target.id
        : target.kind === "activity"
          ? plans.activities.find((a) => a.id === target.id)?.workPlanId
          : undefined;
    const workPlan = plans.workPlans.find((p) => p.id === workPlanId);
    if (workPlan !== undefined) return partitionsOf("work-plan", workPlan, units, undefined);
    const board = scene.board;
    const here = board === undefined ? undefined : unitYear(board.id, plans.year);
    return { UnitYear: here, BoardYear: here };
  }

  createFollowUp(followUp: FollowUp, scene: PlanFollowUpScene): Promise<Versioned<FollowUp>> {
    return this.followUps.insert(followUp, this.partitionsOf(followUp, scene));
  }

  updateFollowUp(
    followUp: FollowUp,
    expectedVersion: string,
    scene: PlanFollowUpScene,
  ): Promise<Versioned<FollowUp>> {
    return this.followUps.replace(followUp, expectedVersion, this.partitionsOf(followUp, scene));
  }

  async saveCompletion(
    completion: PeriodCompletion,
    expectedVersion: string | undefined,
    scene: PlanFollowUpScene,
  ): Promise<Versioned<PeriodCompletion>> {
    const key = periodCompletionKey(completion.unitId, completion.period);
    const units = new Map(scene.units.map((u) => [u.id, u]));
    const year = scene.plans.year;
    const at = (unitId: string | undefined): string | null =>
      unitId === undefined ? null : unitYear(unitId, year);
    const fields: Record<string, string | null> = {
      Title: key,
      Key: key,
      UnitYear: at(completion.unitId),
      AdminYear: at(ancestorOfKind(completion.unitId, "administration", units)),
      BoardYear: at(ancestorOfKind(completion.unitId, "board", units)),
    };
    for (const field of completionFields) fields[columnOf(field)] = completion[field] ?? null;
    const items = listByTitle(this.sp, periodCompletionList.title).items;
    try {
      if (expectedVersion === undefined) {
        const row = (await items.add(fields)) as ListRow;
        return { value: completion, version: versionOf(row) };
      }
      const version = parseVersion(expectedVersion);
      if (version === undefined) throw await this.completionConflict(key);
      const result = await items.getById(version.itemId).update(fields, version.etag);
      const etag = (result as { etag?: string | null }).etag;
      if (etag) return { value: completion, version: `${version.itemId}|${etag}` };
      const [row] = await rowsWhere(this.sp, periodCompletionList.title, completionSelect, eq("Key", key));
      return { value: completion, version: row === undefined ? expectedVersion : versionOf(row) };
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      const failure = await readSharePointFailure(error);
      if (failure !== undefined && (failure.status === 412 || isDuplicateValues(failure)))
        throw await this.completionConflict(key);
      return rethrowAsDomainError(
        error,
        { sp: this.sp, actorId: "app" },
        "klarmarkera",
        "org-unit",
        key,
        "edit",
      );
    }
  }

  /** Someone else marked or reopened meanwhile: a conflict carrying what is stored now. */
  private async completionConflict(key: string): Promise<ConflictError<PeriodCompletion>> {
    const [row] = await rowsWhere(this.sp, periodCompletionList.title, completionSelect, eq("Key", key));
    const current = row === undefined ? [] : this.completionOf(row, new SkippedRows(this.report));
    const found = current[0];
    return new ConflictError("org-unit", key, found ?? { value: {} as PeriodCompletion, version: "" });
  }
}

const emptyPlans = (year: number): PlanFollowUpScene["plans"] => ({
  year,
  focusAreas: [],
  kfIndicators: [],
  boardPlans: [],
  boardIndicators: [],
  milestones: [],
  assignments: [],
  workPlans: [],
  activities: [],
});
