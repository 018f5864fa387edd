import type { SPFI } from "@pnp/sp";
import type {
  BoardIndicator,
  IndicatorOutcome,
  IndicatorRef,
  KfIndicator,
  OutcomeScene,
  OutcomeSceneRequest,
  OutcomeStore,
  OutcomeWrite,
  OutcomeWriteResult,
  Versioned,
} from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import { readRow, selectOf, toFields, type ListRow } from "../mapping/rowMapping";
import { parseVersion, versionOf } from "../mapping/version";
import { anyOf, eq } from "../odata/filter";
import { isDuplicateValues, readSharePointFailure } from "../pnp/sharePointError";
import { viewReads } from "../queries/readers";
import { SkippedRows } from "../queries/skippedRows";
import { SharePointEntityRepository } from "../repositories/entityRepository";
import { lists } from "../schema/lists";

const outcomeList = lists["indicator-outcome"];
/** Indicator ids per `IndicatorId eq … or …` request, as the views read outcomes. */
const idsPerRequest = 40;
/** Writes per `$batch`: SharePoint Online's largest. */
const writesPerBatch = 100;

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Indicator outcomes in the "Indikatorutfall" list, written with the app's own identity: a person's write is
 * one batched read of what the rules need (a second for a nämnd indicator's verksamhetsplan) and one write
 * with the ETag; an import reads every indicator with a Kolada id in one round trip, their outcomes in one
 * more (4,000 indicators a round trip), and writes 100 rows per `$batch`, each answered on its own.
 */
export class SharePointOutcomeStore implements OutcomeStore {
  private readonly repository: SharePointEntityRepository<"indicator-outcome">;

  constructor(private readonly sp: SPFI) {
    this.repository = new SharePointEntityRepository({ sp, actorId: "app" }, outcomeList);
  }

  async scene(request: OutcomeSceneRequest): Promise<OutcomeScene> {
    // A row the domain refuses is left out (and logged), as in the views.
    const { read } = viewReads(new SkippedRows());
    const isKf = request.indicator.kind === "kf-indicator";
    const [persons, units, kf, board, outcomeRows] = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists.person, eq("Key", request.callerId)),
          read(b, lists["org-unit"]),
          isKf ? read(b, lists["kf-indicator"], eq("Key", request.indicator.id)) : Promise.resolve([]),
          isKf ? Promise.resolve([]) : read(b, lists["board-indicator"], eq("Key", request.indicator.id)),
          rowsWhere(b, outcomeList.title, selectOf(outcomeList), eq("Key", request.outcomeId)),
        ] as const,
    );
    const boardIndicator = board[0];
    const [plans] =
      boardIndicator === undefined
        ? [[]]
        : await inOneBatch(
            this.sp,
            (b) => [read(b, lists["board-plan"], eq("Key", boardIndicator.boardPlanId))] as const,
          );
    const stored = outcomeRows[0] === undefined ? undefined : readRow(outcomeList, outcomeRows[0]);
    return {
      caller: persons[0],
      units,
      kfIndicator: kf[0],
      boardIndicator,
      boardPlan: plans[0],
      outcome: stored?.ok === true ? stored.value : undefined,
    };
  }

  create(outcome: IndicatorOutcome): Promise<Versioned<IndicatorOutcome>> {
    return this.repository.create(outcome);
  }

  replace(outcome: IndicatorOutcome, expectedVersion: string): Promise<Versioned<IndicatorOutcome>> {
    return this.repository.replace(outcome, expectedVersion, {});
  }

  delete(id: string, expectedVersion: string): Promise<void> {
    return this.repository.delete(id, expectedVersion);
  }

  async koladaIndicators(): Promise<{ kf: KfIndicator[]; board: BoardIndicator[] }> {
    // Both lists are small (a few per nämnd and year): read whole, one round trip.
    const { read } = viewReads(new SkippedRows());
    const [kf, board] = await inOneBatch(
      this.sp,
      (b) => [read(b, lists["kf-indicator"]), read(b, lists["board-indicator"])] as const,
    );
    return {
      kf: kf.filter((i) => i.koladaKpiId !== undefined),
      board: board.filter((i) => i.koladaKpiId !== undefined),
    };
  }

  async outcomesOf(indicators: readonly IndicatorRef[]): Promise<Versioned<IndicatorOutcome>[]> {
    const ids = [...new Set(indicators.map((i) => i.id))];
    const wanted = new Set(indicators.map((i) => `${i.kind}:${i.id}`));
    const rows: ListRow[] = [];
    for (const batch of chunks(chunks(ids, idsPerRequest), widestBatch.maxRequests ?? 100)) {
      const pages = await inOneBatch(
        this.sp,
        (b) =>
          batch.map((part) =>
            rowsWhere(b, outcomeList.title, selectOf(outcomeList), anyOf("IndicatorId", part)),
          ),
        widestBatch,
      );
      rows.push(...pages.flat());
    }
    const skipped = new SkippedRows();
    return rows.flatMap((row) => {
      const read = readRow(outcomeList, row);
      if (!read.ok) {
        skipped.skip({
          listTitle: outcomeList.title,
          rowId: row.Id,
          key: String(row["Key"] ?? ""),
          reason: read.error.invalid.message,
        });
        return [];
      }
      const { indicator } = read.value.value;
      return wanted.has(`${indicator.kind}:${indicator.id}`) ? [read.value] : [];
    });
  }

  async writeMany(writes: readonly OutcomeWrite[]): Promise<OutcomeWriteResult[]> {
    const out: OutcomeWriteResult[] = [];
    for (const part of chunks(writes, writesPerBatch)) {
      const [batched, execute] = this.sp.batched(widestBatch);
      const answers = part.map(async (write): Promise<Versioned<IndicatorOutcome>> => {
        const fields = toFields(outcomeList, write.outcome, {});
        if (write.kind === "create") {
          const row = (await listByTitle(batched, outcomeList.title).items.add(fields)) as ListRow;
          return { value: write.outcome, version: versionOf(row) };
        }
        const version = parseVersion(write.expectedVersion);
        if (version === undefined) throw new Error(`unreadable version ${write.expectedVersion}`);
        const result = (await listByTitle(batched, outcomeList.title)
          .items.getById(version.itemId)
          .update(fields, version.etag)) as {
          etag?: string | null;
        };
        return { value: write.outcome, version: `${version.itemId}|${result.etag ?? ""}` };
      });
      const settled = Promise.allSettled(answers);
      await execute();
      const results = await settled;
      for (const [i, result] of results.entries()) {
        const id = part[i]?.outcome.id ?? "";
        if (result.status === "fulfilled") out.push({ ok: true, saved: result.value });
        else out.push({ ok: false, id, reason: await refusalOf(result.reason) });
      }
    }
    return out;
  }
}

/** Why SharePoint refused one write of a batch, in plain Swedish for the import's report. */
async function refusalOf(error: unknown): Promise<string> {
  const failure = await readSharePointFailure(error);
  if (failure === undefined) return error instanceof Error ? error.message : String(error);
  if (failure.status === 412) return "raden ändrades av någon annan under importen";
  if (isDuplicateValues(failure)) return "ett utfall med samma nyckel sparades samtidigt";
  return `SharePoint svarade ${failure.status}: ${failure.message}`;
}
