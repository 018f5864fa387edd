/**
 * The vocabulary of the one schema declaration (`lists.ts`). Provisioning, field mapping and queries all read
 * it, so a list or column name is written once.
 */
export type FieldKind = "text" | "note" | "number" | "dateTime" | "boolean" | "choice";

export interface FieldSchema {
  /** Internal name: ASCII, no spaces, so SharePoint keeps it as given (no `_x0020_` encoding). */
  readonly name: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Indexed because a query filters or orders on it first; ≤ 20 per list, never on `note`. */
  readonly indexed?: boolean;
  /** Unique values (SharePoint requires the column to be indexed too). */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
}

export interface ListSchema {
  /** The list title as it appears in the site (Swedish, what users see). */
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldSchema[];
  /** Personal data: list-level read is not granted to staff; one folder per medarbetare carries the access. */
  readonly personal?: boolean;
  /**
   * Read and written by the app alone (the bot's conversations, the reminder ledger and its run lease): staff
   * get no read at all, since it names people and their goals, and nobody but the app needs it.
   */
  readonly appOnly?: boolean;
}

/** SharePoint's limit is 20 indexes per list; the schema fails fast rather than at provisioning time. */
export const maxIndexesPerList = 20;

export function schemaProblems(lists: readonly ListSchema[]): string[] {
  const problems: string[] = [];
  const titles = new Set<string>();
  for (const list of lists) {
    if (titles.has(list.title)) problems.push(`list ${list.title} is declared twice`);
    titles.add(list.title);
    const names = new Set<string>();
    for (const field of list.fields) {
      if (names.has(field.name)) problems.push(`${list.title}.${field.name} is declared twice`);
      names.add(field.name);
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field.name))
        problems.push(`${list.title}.${field.name} is not a plain name`);
      if (field.indexed === true && field.kind === "note")
        problems.push(`${list.title}.${field.name}: note columns cannot be indexed`);
      if (field.unique === true && field.indexed !== true)
        problems.push(`${list.title}.${field.name}: unique needs indexed`);
      if (field.kind === "choice" && (field.choices?.length ?? 0) === 0)
        problems.push(`${list.title}.${field.name}: choice without choices`);
    }
    const indexes = list.fields.filter((f) => f.indexed === true).length;
    if (indexes > maxIndexesPerList)
      problems.push(`${list.title} has ${indexes} indexes (> ${maxIndexesPerList})`);
  }
  return problems;
}
