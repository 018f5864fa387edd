import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IsoDate, ReminderLedger, ReminderRecord, ReminderState, Versioned } from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import type { ListRow } from "../mapping/rowMapping";
import { parseVersion, versionOf } from "../mapping/version";
import { anyOf } from "../odata/filter";
import { readSharePointFailure } from "../pnp/sharePointError";
import { reminderLedgerList } from "../schema/lists";

const list = reminderLedgerList;
const select = ["Id", ...list.fields.map((f) => f.name)];
/** People per `or` of indexed equalities, and queries per `$batch`: 4,000 people a round trip. */
const peoplePerQuery = 40;
const queriesPerBatch = widestBatch.maxRequests ?? 100;
/** Writes per `$batch` (SharePoint Online's largest). */
const writesPerBatch = 100;

const states: readonly ReminderState[] = ["sending", "sent", "throttled", "recipient-not-found", "failed"];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function fieldsOf(record: ReminderRecord): Record<string, string | number | null> {
  return {
    Title: record.key,
    Key: record.key,
    RecipientId: record.recipientId,
    RunDate: record.runDate,
    ItemKeys: JSON.stringify(record.itemKeys),
    ActivityId: record.activityId,
    State: record.state,
    Outcome: record.state === "sending" ? null : record.state,
    Attempts: record.attempts,
    LastAttemptAt: record.lastAttemptAt,
    SentAt: record.state === "sent" ? record.lastAttemptAt : null,
  };
}

const text = (row: ListRow, name: string): string => {
  const value = row[name];
  return typeof value === "string" ? value : "";
};

/** A row someone edited by hand into nonsense is no record (and so cannot stop a reminder). */
function recordOf(row: ListRow): Versioned<ReminderRecord> | undefined {
  const state = text(row, "State") as ReminderState;
  if (!states.includes(state)) return undefined;
  let itemKeys: unknown;
  try {
    itemKeys = JSON.parse(text(row, "ItemKeys") || "[]");
  } catch {
    return undefined;
  }
  if (!Array.isArray(itemKeys) || !itemKeys.every((k) => typeof k === "string")) return undefined;
  return {
    value: {
      key: text(row, "Key"),
      recipientId: text(row, "RecipientId"),
      runDate: text(row, "RunDate"),
      itemKeys,
      activityId: text(row, "ActivityId"),
      state,
      attempts: Number(row["Attempts"] ?? 0),
      lastAttemptAt: text(row, "LastAttemptAt"),
    },
    version: versionOf(row),
  };
}

/** The site refused the row because its Key is taken (SharePoint Online: 500 SPDuplicateValuesFoundException). */
async function isDuplicate(error: unknown): Promise<boolean> {
  const failure = await readSharePointFailure(error);
  return (
    failure !== undefined &&
    (failure.status === 409 || /DuplicateValues|duplicate|unique/i.test(`${failure.code} ${failure.message}`))
  );
}

/**
 * The reminder ledger in the "Påminnelser" list, written only by the app identity: one row per card, `Key`
 * unique. Claims and outcomes are written a `$batch` at a time (each part its own answer), outcomes with the
 * row's ETag. Reads by the indexed `RecipientId`, 4,000 people per round trip.
 */
export class SharePointReminderLedger implements ReminderLedger {
  constructor(private readonly sp: SPFI) {}

  async recordsOf(personIds: readonly string[], since: IsoDate): Promise<Versioned<ReminderRecord>[]> {
    const unique = [...new Set(personIds)];
    const found: Versioned<ReminderRecord>[] = [];
    for (const batch of chunks(chunks(unique, peoplePerQuery), queriesPerBatch)) {
      const results = await inOneBatch(
        this.sp,
        (b) => batch.map((ids) => rowsWhere(b, list.title, select, anyOf("RecipientId", ids))),
        widestBatch,
      );
      for (const row of results.flat()) {
        const record = recordOf(row);
        if (record !== undefined && record.value.runDate >= since) found.push(record);
      }
    }
    return found;
  }

  async claim(entries: readonly ReminderRecord[]): Promise<(Versioned<ReminderRecord> | "taken")[]> {
    const out: (Versioned<ReminderRecord> | "taken")[] = [];
    for (const part of chunks(entries, writesPerBatch)) {
      const [batched, execute] = this.sp.batched(widestBatch);
      const adds = part.map((entry) =>
        listByTitle(batched, list.title)
          .items.add(fieldsOf(entry))
          .then((row: unknown) => ({ value: entry, version: versionOf(row as ListRow) })),
      );
      const settled = Promise.allSettled(adds);
      await execute();
      for (const result of await settled) {
        if (result.status === "fulfilled") out.push(result.value);
        else if (await isDuplicate(result.reason)) out.push("taken");
        else throw result.reason;
      }
    }
    return out;
  }

  async settle(
    entries: readonly Versioned<ReminderRecord>[],
  ): Promise<(Versioned<ReminderRecord> | "stale")[]> {
    const out: (Versioned<ReminderRecord> | "stale")[] = [];
    for (const part of chunks(entries, writesPerBatch)) {
      const [batched, execute] = this.sp.batched(widestBatch);
      const updates = part.map(async (entry) => {
        const version = parseVersion(entry.version);
        if (version === undefined) throw new Error(`Påminnelser: unreadable version ${entry.version}`);
        const result = (await listByTitle(batched, list.title)
          .items.getById(version.itemId)
          .update(fieldsOf(entry.value), version.etag)) as { etag?: string | null };
        return { value: entry.value, version: `${version.itemId}|${result.etag ?? ""}` };
      });
      const settled = Promise.allSettled(updates);
      await execute();
      for (const result of await settled) {
        if (result.status === "fulfilled") out.push(result.value);
        else if ((await readSharePointFailure(result.reason))?.status === 412) out.push("stale");
        else throw result.reason;
      }
    }
    return out;
  }
}
