import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { RunLease } from "../../domain";
import { listByTitle, rowsWhere } from "../lists/rows";
import type { ListRow } from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { readSharePointFailure } from "../pnp/sharePointError";
import { runLeaseList } from "../schema/lists";

const list = runLeaseList;
const select = ["Id", "Key", "Holder", "ExpiresAt"];

/**
 * A lease on one named run in the "Körningar" list. Taking it is a MERGE of `Holder` and `ExpiresAt` with the
 * row's ETag, so of two instances that read the same free row at the same moment one gets 412 and backs off.
 * The first row is created by whoever comes first; should two create it at once (a site that does not
 * enforce the unique Key), the row with the lowest id is the lease and the other creator deletes its own and
 * backs off — the later commit always sees the earlier row, so both cannot win.
 */
export class SharePointRunLease implements RunLease {
  constructor(
    private readonly sp: SPFI,
    private readonly name: string,
    private readonly now: () => number = Date.now,
  ) {}

  async take(holder: string, termMs: number): Promise<boolean> {
    const row = await this.row();
    const expiresAt = new Date(this.now() + termMs).toISOString();
    if (row === undefined) return this.create(holder, expiresAt);
    const free = row["Holder"] === holder || Date.parse(String(row["ExpiresAt"] ?? "")) <= this.now();
    if (!free) return false;
    return this.write(row, holder, expiresAt);
  }

  async renew(holder: string, termMs: number): Promise<boolean> {
    const row = await this.row();
    if (row?.["Holder"] !== holder) return false;
    return this.write(row, holder, new Date(this.now() + termMs).toISOString());
  }

  async release(holder: string): Promise<void> {
    const row = await this.row();
    if (row?.["Holder"] !== holder) return;
    await this.write(row, "", new Date(0).toISOString());
  }

  private async rows(): Promise<ListRow[]> {
    const rows = await rowsWhere(this.sp, list.title, select, eq("Key", this.name));
    return rows.sort((a, b) => a.Id - b.Id);
  }

  private async row(): Promise<ListRow | undefined> {
    return (await this.rows())[0];
  }

  private async create(holder: string, expiresAt: string): Promise<boolean> {
    let mine: number;
    try {
      const added = (await listByTitle(this.sp, list.title).items.add({
        Title: this.name,
        Key: this.name,
        Holder: holder,
        ExpiresAt: expiresAt,
      })) as ListRow;
      mine = added.Id;
    } catch (error) {
      const failure = await readSharePointFailure(error);
      if (failure === undefined || failure.status === 401 || failure.status === 403) throw error;
      return false; // the unique Key refused a second first row: someone else created it
    }
    const first = await this.row();
    if (first?.Id === mine) return true;
    await listByTitle(this.sp, list.title).items.getById(mine).delete();
    return false;
  }

  private async write(row: ListRow, holder: string, expiresAt: string): Promise<boolean> {
    try {
      await listByTitle(this.sp, list.title)
        .items.getById(row.Id)
        .update({ Holder: holder, ExpiresAt: expiresAt }, row["odata.etag"] ?? "*");
      return true;
    } catch (error) {
      if ((await readSharePointFailure(error))?.status === 412) return false;
      throw error;
    }
  }
}
