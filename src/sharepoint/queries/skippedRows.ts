/**
 * A row a view left out: the domain refuses it (someone wrote the list by hand, or the schema moved on), or a
 * personal row sits outside its medarbetare's folder. Names the row for whoever administers the site; it
 * carries no field values (personal rows hold personal data).
 */
export interface SkippedRow {
  readonly listTitle: string;
  /** The row's SharePoint id. */
  readonly rowId: number;
  /** The row's `Key` as stored (may be empty on a hand-made row). */
  readonly key: string;
  readonly reason: string;
}

/** Where left-out rows are told. */
export type SkippedRowReporter = (skipped: SkippedRow) => void;

/** The default: one warning line, in the browser's console for the tab and in the Node log on the server. */
export const logSkippedRow: SkippedRowReporter = (skipped) => {
  console.warn(
    `Målkedjan: left out the ${skipped.listTitle} row Id ${skipped.rowId} (Key ${skipped.key}): ${skipped.reason}`,
  );
};

/** The rows one view load left out; each is reported once, however many of the load's reads met it. */
export class SkippedRows {
  private readonly seen = new Set<string>();

  constructor(private readonly report: SkippedRowReporter = logSkippedRow) {}

  get count(): number {
    return this.seen.size;
  }

  skip(skipped: SkippedRow): void {
    const id = `${skipped.listTitle}#${skipped.rowId}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.report(skipped);
  }
}
