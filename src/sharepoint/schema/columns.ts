import type { ItemKind } from "../../domain";
import type { FieldKind, FieldSchema, ListSchema } from "./types";

/**
 * Columns a repository fills from context rather than from the entity itself. They exist so every view's
 * first filter is one indexed equality that narrows to one unit, förvaltning or nämnd for one year — far
 * below the 5,000-row threshold at municipal scale — without a SharePoint Lookup column (lookups cannot
 * be filtered across two hops, count against the 12-lookup limit and make batched reads depend on ids).
 * `Planner` ("yes" or empty) finds the few hundred planners among 6,000 people in one indexed filter.
 * `NextDue` (individual goals) is the goal's next due date (`nextDueDate`: its earliest follow-up date not yet
 * answered, empty when none or withdrawn), written on every change to the goal or its follow-ups, so the
 * reminders read only the goals that can be due (`NextDue le '<date>'`, ISO text sorting as dates) instead
 * of whole personal lists.
 */
export type PartitionColumn = "UnitYear" | "AdminYear" | "BoardYear" | "EmployeeId" | "Planner" | "NextDue";

/** A column that carries one entity property (dot path); `json` columns hold arrays and objects as text. */
export interface EntityColumn extends FieldSchema {
  readonly from: string;
  readonly json?: boolean;
}

export interface PartitionField extends FieldSchema {
  readonly partition: PartitionColumn;
}

export type Column = EntityColumn | PartitionField | FieldSchema;

/** The list of one entity kind: the schema the provisioner reads and the mapping the repositories read. */
export interface EntityList<K extends ItemKind = ItemKind> extends ListSchema {
  readonly kind: K;
  /** The built-in Title: a property (written and read back) or a label derived for people browsing the list. */
  readonly titleColumn:
    { readonly from: string } | { readonly label: (entity: Record<string, unknown>) => string };
  readonly entityColumns: readonly EntityColumn[];
  readonly partitions: readonly PartitionColumn[];
  /** Set on each list of a partitioned personal list: which `personalPartitionOf` value it holds. */
  readonly personalPartition?: number;
}

/** Every entity list keys its rows by the domain's stable id. */
export const keyColumn: FieldSchema = {
  name: "Key",
  kind: "text",
  indexed: true,
  unique: true,
  required: true,
};

export const col = (
  name: string,
  kind: FieldKind,
  from: string,
  options: { indexed?: boolean; json?: boolean; choices?: readonly string[]; required?: boolean } = {},
): EntityColumn => ({ name, kind, from, ...options });

export const json = (name: string, from: string): EntityColumn => ({ name, kind: "note", from, json: true });

const partitionField = (partition: PartitionColumn): PartitionField => ({
  name: partition,
  kind: "text",
  indexed: true,
  partition,
});

export function entityList<K extends ItemKind>(spec: {
  kind: K;
  title: string;
  description: string;
  personal?: boolean;
  titleFrom?: string;
  label?: (entity: Record<string, unknown>) => string;
  columns: readonly EntityColumn[];
  partitions?: readonly PartitionColumn[];
}): EntityList<K> {
  const partitions = spec.partitions ?? [];
  const titleColumn =
    spec.titleFrom !== undefined
      ? { from: spec.titleFrom }
      : { label: spec.label ?? ((e: Record<string, unknown>) => String(e["id"])) };
  return {
    kind: spec.kind,
    title: spec.title,
    description: spec.description,
    personal: spec.personal === true,
    titleColumn,
    entityColumns: spec.columns,
    partitions,
    fields: [keyColumn, ...spec.columns, ...partitions.map(partitionField)],
  };
}
