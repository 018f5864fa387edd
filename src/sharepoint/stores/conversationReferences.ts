import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { ConversationReference, ConversationReferences } from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import type { ListRow } from "../mapping/rowMapping";
import { anyOf, eq } from "../odata/filter";
import { isDuplicateValues, readSharePointFailure } from "../pnp/sharePointError";
import { conversationReferencesList } from "../schema/lists";

const list = conversationReferencesList;
const select = ["Id", "Title", ...list.fields.map((f) => f.name)];

/** People per `or` of indexed equalities: short enough for any URL, far below the 500 conditions a filter may join. */
export const peoplePerQuery = 40;
/** Queries per `$batch` (SharePoint Online's largest batch): up to 4,000 people in one round trip. */
const queriesPerBatch = widestBatch.maxRequests ?? 100;

type Fields = Record<string, string | null>;

function fieldsOf(reference: ConversationReference): Fields {
  return {
    Title: reference.personId,
    Key: reference.personId,
    ConversationId: reference.conversationId,
    ServiceUrl: reference.serviceUrl,
    TenantId: reference.tenantId,
    BotId: reference.botId,
    UserAadObjectId: reference.userAadObjectId,
    Locale: reference.locale ?? null,
    InstalledAt: reference.installedAt,
  };
}

const text = (row: ListRow, name: string): string | undefined => {
  const value = row[name];
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** A row missing what a send needs is no reference (a hand-edited list must not send to nowhere). */
function referenceOf(row: ListRow): ConversationReference | undefined {
  const personId = text(row, "Key");
  const conversationId = text(row, "ConversationId");
  const serviceUrl = text(row, "ServiceUrl");
  const tenantId = text(row, "TenantId");
  const botId = text(row, "BotId");
  const userAadObjectId = text(row, "UserAadObjectId");
  const installedAt = text(row, "InstalledAt");
  if (
    personId === undefined ||
    conversationId === undefined ||
    serviceUrl === undefined ||
    tenantId === undefined ||
    botId === undefined ||
    userAadObjectId === undefined ||
    installedAt === undefined
  )
    return undefined;
  const locale = text(row, "Locale");
  return {
    personId,
    conversationId,
    serviceUrl,
    tenantId,
    botId,
    userAadObjectId,
    ...(locale === undefined ? {} : { locale }),
    installedAt,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The bot's conversation references in the "Teams-samtal" list, read and written with the app identity
 * (staff never write there). One row per person, `Key` = person id (indexed, unique), so a look-up is an
 * indexed equality and two instances storing the same person at once cannot make two rows.
 */
export class SharePointConversationReferences implements ConversationReferences {
  /** Per person, the write in progress: Teams announces one installation with two events at once. */
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly sp: SPFI) {}

  remember(reference: ConversationReference): Promise<void> {
    return this.oneAtATime(reference.personId, () => this.upsert(reference));
  }

  forget(personId: string): Promise<void> {
    return this.oneAtATime(personId, () => this.remove(personId));
  }

  private async oneAtATime(personId: string, write: () => Promise<void>): Promise<void> {
    const before = this.inFlight.get(personId) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(write);
    const settled = mine.catch(() => undefined);
    this.inFlight.set(personId, settled);
    try {
      await mine;
    } finally {
      if (this.inFlight.get(personId) === settled) this.inFlight.delete(personId);
    }
  }

  private async upsert(reference: ConversationReference): Promise<void> {
    const wanted = fieldsOf(reference);
    const row = await this.row(reference.personId);
    if (row === undefined) {
      try {
        await listByTitle(this.sp, list.title).items.add(wanted);
        return;
      } catch (error) {
        // Another instance stored the same person a moment ago (the unique Key refused ours): update it.
        const failure = await readSharePointFailure(error);
        if (failure === undefined || !isDuplicateValues(failure)) throw error;
        const raced = await this.row(reference.personId);
        if (raced === undefined) throw error;
        return this.update(raced, wanted);
      }
    }
    return this.update(row, wanted);
  }

  async find(personIds: readonly string[]): Promise<ConversationReference[]> {
    const unique = [...new Set(personIds)];
    if (unique.length === 0) return [];
    const queries = chunks(unique, peoplePerQuery);
    const found: ConversationReference[] = [];
    const seen = new Set<string>();
    for (const batch of chunks(queries, queriesPerBatch)) {
      const results = await inOneBatch(
        this.sp,
        (b) => batch.map((ids) => rowsWhere(b, list.title, select, anyOf("Key", ids))),
        widestBatch,
      );
      // Oldest row first, one reference per person (see `row`).
      for (const row of results.flat().sort((a, b) => a.Id - b.Id)) {
        const reference = referenceOf(row);
        if (reference === undefined || seen.has(reference.personId)) continue;
        seen.add(reference.personId);
        found.push(reference);
      }
    }
    return found;
  }

  private async remove(personId: string): Promise<void> {
    const rows = await rowsWhere(this.sp, list.title, select, eq("Key", personId));
    for (const row of rows) await this.deleteRow(row);
  }

  private async deleteRow(row: ListRow): Promise<void> {
    try {
      await listByTitle(this.sp, list.title).items.getById(row.Id).delete();
    } catch (error) {
      // Already gone (another instance got there first) is what we wanted.
      if ((await readSharePointFailure(error))?.status !== 404) throw error;
    }
  }

  /**
   * The person's row. `Key` is unique in the list, so there is one at most; were there ever more (a list
   * provisioned before its Key was unique), the oldest is kept and the others removed on this write, and
   * `find` reads the oldest meanwhile.
   */
  private async row(personId: string): Promise<ListRow | undefined> {
    const rows = await rowsWhere(this.sp, list.title, select, eq("Key", personId));
    const [kept, ...extra] = [...rows].sort((a, b) => a.Id - b.Id);
    for (const row of extra) await this.deleteRow(row);
    return kept;
  }

  private async update(row: ListRow, wanted: Fields): Promise<void> {
    // When it was installed is kept from the first event: Teams announces one installation twice
    // (conversationUpdate and installationUpdate), and a repeat of the same conversation is no change.
    const changed = Object.entries(wanted).some(
      ([name, value]) => name !== "InstalledAt" && (row[name] ?? null) !== value,
    );
    if (!changed) return;
    await listByTitle(this.sp, list.title).items.getById(row.Id).update(wanted);
  }
}
