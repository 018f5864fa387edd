import {
  FOCUS_AREA_DIMENSIONS,
  FOLLOW_UP_STATUSES,
  FOLLOWABLE_KINDS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  MILESTONE_HORIZONS,
  ORG_UNIT_KINDS,
  OUTCOME_SOURCES,
  PLAN_STATUSES,
  WORK_PLAN_LEVELS,
  type ItemKind,
} from "../../domain";
import { col, entityList, json, type EntityColumn, type EntityList } from "./columns";
import {
  partitionTitle,
  personalPartitionCount,
  personalPartitionNumbers,
  personalPartitionOf,
} from "./personalPartitions";
import type { ListSchema } from "./types";

/**
 * THE schema: every list Målkedjan keeps in its SharePoint site. Provisioning, field mapping and queries are
 * derived from these declarations. Conventions:
 * - `Key` (indexed, unique) holds the domain's stable id; relations are `…Id` text columns holding keys, not
 *   SharePoint Lookup columns: a key can be written before the target exists (batched seeding), filtered
 *   in one indexed equality, and read without `$expand` (no 12-lookup limit, no second hop).
 * - Calendar dates and instants are ISO text: lossless (no time-zone shift of a date-only value) and they
 *   sort as text; no query filters on them at the server.
 * - Arrays and nested objects are JSON in multi-line text columns (never indexed, never filtered).
 * - Partition columns (`UnitYear`, `AdminYear`, `BoardYear`, `EmployeeId`) are filled from context on
 *   write, see `columns.ts`.
 */

const indicatorColumns: readonly EntityColumn[] = [
  col("Number", "number", "number"),
  col("MeasureUnit", "text", "measureUnit"),
  col("Direction", "choice", "direction", { choices: INDICATOR_DIRECTIONS }),
  json("Baseline", "baseline"),
  json("Target", "target"),
  col("KoladaKpiId", "text", "koladaKpiId"),
  // JSON `true`/`false`: the row mapping keeps text, numbers and JSON (absent: total only).
  json("GenderSplit", "genderSplit"),
  json("Agenda2030Goals", "agenda2030Goals"),
];

/** A plan's life (utkast → fastställd → anmäld), its version and who did what when: stamped by the server. */
const planLifecycleColumns: readonly EntityColumn[] = [
  col("Status", "choice", "status", { choices: PLAN_STATUSES }),
  col("VersionNumber", "number", "versionNumber"),
  col("SupersedesPlanId", "text", "supersedesPlanId"),
  col("SupersededByPlanId", "text", "supersededByPlanId"),
  col("CopiedFromPlanId", "text", "copiedFromPlanId"),
  col("CreatedBy", "text", "createdBy"),
  col("CreatedAt", "text", "createdAt"),
  col("AdoptedBy", "text", "adoptedBy"),
  col("AdoptedAt", "text", "adoptedAt"),
  col("DecisionReference", "text", "decisionReference"),
  col("ReportedBy", "text", "reportedBy"),
  col("ReportedAt", "text", "reportedAt"),
];

/** The item of an earlier plan (version or year) a plan's item was copied from. */
const copiedFrom = col("CopiedFromId", "text", "copiedFromId");

const followUpColumns: readonly EntityColumn[] = [
  col("TargetKind", "choice", "target.kind", { choices: FOLLOWABLE_KINDS }),
  col("TargetId", "text", "target.id", { indexed: true }),
  col("Period", "text", "period", { indexed: true }),
  col("Status", "choice", "status", { choices: FOLLOW_UP_STATUSES }),
  // Text, not Number: personal rows are created with AddValidateUpdateItemUsingPath, which parses numbers
  // with the site's locale (sv-SE writes 12,5); JSON number text stays exact everywhere.
  json("Value", "value"),
  col("Comment", "note", "comment"),
  col("RecordedBy", "text", "authorId"),
  col("RecordedAt", "text", "recordedAt"),
];

const followUpLabel = (e: Record<string, unknown>): string => {
  const target = e["target"] as { kind?: string; id?: string } | undefined;
  return `${target?.kind ?? ""} ${target?.id ?? ""} ${String(e["period"])}`;
};

export const lists = {
  vision: entityList({
    kind: "vision",
    title: "Vision",
    description: "Kommunens vision, antagen av kommunfullmäktige.",
    label: () => "Vision",
    columns: [
      col("VisionText", "note", "text"),
      col("ChangedBy", "text", "changedBy"),
      col("ChangedAt", "text", "changedAt"),
      col("DecisionReference", "text", "decisionReference"),
      json("EarlierWordings", "earlier"),
    ],
  }),
  "program-declaration": entityList({
    kind: "program-declaration",
    title: "Programförklaringar",
    description: "Politisk programförklaring per mandatperiod.",
    titleFrom: "title",
    columns: [
      col("VisionId", "text", "visionId"),
      col("DeclarationText", "note", "text"),
      col("FirstYear", "number", "mandate.firstYear"),
      col("LastYear", "number", "mandate.lastYear"),
      col("Status", "choice", "status", { choices: PLAN_STATUSES }),
      col("VersionNumber", "number", "versionNumber"),
      col("CopiedFromPlanId", "text", "copiedFromPlanId"),
      col("CreatedBy", "text", "createdBy"),
      col("CreatedAt", "text", "createdAt"),
      col("AdoptedBy", "text", "adoptedBy"),
      col("AdoptedAt", "text", "adoptedAt"),
      col("DecisionReference", "text", "decisionReference"),
      json("Adoptions", "adoptions"),
    ],
  }),
  "focus-area": entityList({
    kind: "focus-area",
    title: "Målområden",
    description: "Kommunfullmäktiges tre målområden.",
    titleFrom: "heading",
    columns: [
      col("ProgramDeclarationId", "text", "programDeclarationId", { indexed: true }),
      col("Dimension", "choice", "dimension", { choices: FOCUS_AREA_DIMENSIONS }),
      col("CitizenText", "note", "citizenText"),
      json("Agenda2030Goals", "agenda2030Goals"),
      copiedFrom,
    ],
  }),
  "kf-indicator": entityList({
    kind: "kf-indicator",
    title: "KF-indikatorer",
    description: "Kommunövergripande indikatorer (smarta mål) per målområde.",
    titleFrom: "name",
    columns: [col("FocusAreaId", "text", "focusAreaId", { indexed: true }), ...indicatorColumns, copiedFrom],
  }),
  "board-plan": entityList({
    kind: "board-plan",
    title: "Verksamhetsplaner",
    description: "Nämndernas verksamhetsplaner per år.",
    titleFrom: "title",
    columns: [
      col("BoardUnitId", "text", "boardUnitId", { indexed: true }),
      col("ProgramDeclarationId", "text", "programDeclarationId"),
      col("Year", "number", "year", { indexed: true }),
      json("Interpretations", "interpretations"),
      ...planLifecycleColumns,
    ],
    partitions: ["UnitYear", "BoardYear"],
  }),
  "board-indicator": entityList({
    kind: "board-indicator",
    title: "Nämndindikatorer",
    description: "Nämndernas indikatorer, var och en en tolkning av en KF-indikator.",
    titleFrom: "name",
    columns: [
      col("BoardPlanId", "text", "boardPlanId", { indexed: true }),
      col("KfIndicatorId", "text", "kfIndicatorId", { indexed: true }),
      ...indicatorColumns,
      copiedFrom,
    ],
    partitions: ["UnitYear", "BoardYear"],
  }),
  milestone: entityList({
    kind: "milestone",
    title: "Etappmål",
    description: "Etappmål för nämndindikatorerna, kort och lång sikt.",
    titleFrom: "title",
    columns: [
      col("BoardPlanId", "text", "boardPlanId", { indexed: true }),
      col("BoardIndicatorId", "text", "boardIndicatorId", { indexed: true }),
      col("Horizon", "choice", "horizon", { choices: MILESTONE_HORIZONS }),
      col("TargetValue", "number", "targetValue"),
      col("TargetDate", "text", "targetDate"),
      copiedFrom,
    ],
    partitions: ["UnitYear", "BoardYear"],
  }),
  assignment: entityList({
    kind: "assignment",
    title: "Uppdrag",
    description: "Uppdrag från nämnd till förvaltning.",
    titleFrom: "title",
    columns: [
      col("BoardPlanId", "text", "boardPlanId", { indexed: true }),
      col("FromBoardUnitId", "text", "fromBoardUnitId"),
      col("ToAdministrationUnitId", "text", "toAdministrationUnitId", { indexed: true }),
      col("Description", "note", "description"),
      col("FocusAreaId", "text", "focusAreaId"),
      col("DueDate", "text", "dueDate"),
      col("DecisionReference", "text", "decisionReference"),
      copiedFrom,
    ],
    partitions: ["UnitYear", "BoardYear"],
  }),
  "work-plan": entityList({
    kind: "work-plan",
    title: "Arbetsplaner",
    description: "Arbetsplaner för förvaltningar, avdelningar, sektioner och enheter.",
    titleFrom: "title",
    columns: [
      col("Level", "choice", "level", { choices: WORK_PLAN_LEVELS }),
      col("Year", "number", "year", { indexed: true }),
      col("OwnerUnitId", "text", "ownerUnitId", { indexed: true }),
      col("ParentPlanId", "text", "parentPlanId", { indexed: true }),
      col("Summary", "note", "summary"),
      ...planLifecycleColumns,
    ],
    partitions: ["UnitYear", "AdminYear", "BoardYear"],
  }),
  activity: entityList({
    kind: "activity",
    title: "Aktiviteter",
    description: "Prioriterade aktiviteter i arbetsplanerna.",
    titleFrom: "title",
    columns: [
      col("WorkPlanId", "text", "workPlanId", { indexed: true }),
      col("Description", "note", "description"),
      col("ServesKind", "choice", "serves.kind", {
        choices: ["milestone", "assignment", "activity", "core-mission"],
      }),
      col("ServesId", "text", "serves.id", { indexed: true }),
      // Indexed: a goal's successor activity in a newer version of its plan is found by it.
      col("CopiedFromId", "text", "copiedFromId", { indexed: true }),
    ],
    partitions: ["UnitYear", "AdminYear", "BoardYear"],
  }),
  "individual-goal": entityList({
    kind: "individual-goal",
    title: "Individuella mål",
    description:
      "Individuella mål. Personuppgifter: en mapp per medarbetare, läses bara av medarbetaren och chefen.",
    personal: true,
    titleFrom: "title",
    columns: [
      col("EmployeeId", "text", "employeeId", { indexed: true }),
      col("ManagerId", "text", "managerId", { indexed: true }),
      col("UnitId", "text", "unitId", { indexed: true }),
      col("Year", "number", "year", { indexed: true }),
      col("Description", "note", "description"),
      json("ActivityIds", "activityIds"),
      json("CoreValues", "coreValues"),
      col("AgreedByEmployeeAt", "text", "agreedByEmployeeAt"),
      col("AgreedByManagerAt", "text", "agreedByManagerAt"),
      json("FollowUpDates", "followUpDates"),
      col("WithdrawnAt", "text", "withdrawnAt"),
      col("WithdrawnBy", "text", "withdrawnBy"),
    ],
    // 8 indexed columns of SharePoint's 20 per list: Key, the four above, and these three.
    partitions: ["UnitYear", "AdminYear", "NextDue"],
  }),
  "follow-up": entityList({
    kind: "follow-up",
    title: "Uppföljningar",
    description: "Uppföljningar av planer, indikatorer, etappmål, uppdrag och aktiviteter.",
    label: followUpLabel,
    columns: followUpColumns,
    partitions: ["UnitYear", "AdminYear", "BoardYear"],
  }),
  "indicator-outcome": entityList({
    kind: "indicator-outcome",
    title: "Indikatorutfall",
    description: "Utfall för KF- och nämndindikatorer per period.",
    label: (e) => `${(e["indicator"] as { id?: string } | undefined)?.id ?? ""} ${String(e["period"])}`,
    columns: [
      col("IndicatorKind", "choice", "indicator.kind", { choices: INDICATOR_KINDS }),
      col("IndicatorId", "text", "indicator.id", { indexed: true }),
      col("Period", "text", "period", { indexed: true }),
      json("Measurement", "measurement"),
      col("Source", "choice", "source", { choices: OUTCOME_SOURCES }),
      col("RecordedAt", "text", "recordedAt"),
      col("RecordedBy", "text", "recordedBy"),
      col("Comment", "note", "comment"),
    ],
  }),
  "org-unit": entityList({
    kind: "org-unit",
    title: "Organisation",
    description: "Nämnder, förvaltningar, avdelningar, sektioner och enheter med chef.",
    titleFrom: "name",
    columns: [
      col("Kind", "choice", "kind", { choices: ORG_UNIT_KINDS }),
      col("ParentId", "text", "parentId", { indexed: true }),
      col("ChefId", "text", "chefId", { indexed: true }),
    ],
  }),
  person: entityList({
    kind: "person",
    title: "Personer",
    description: "Medarbetare med enhet och roller. Key är personens UPN.",
    titleFrom: "name",
    columns: [
      col("UnitId", "text", "unitId", { indexed: true }),
      json("Roles", "roles"),
      col("EntraObjectId", "text", "entraObjectId", { indexed: true }),
      col("LeftAt", "text", "leftAt"),
    ],
    partitions: ["Planner"],
  }),
} as const satisfies { [K in ItemKind]: EntityList<K> };

/**
 * Follow-ups of individual goals are personal data like the goals: same folder-per-medarbetare design, so
 * they live in their own list beside the public follow-ups. `EmployeeId` says whose folder holds the row.
 */
export const personalFollowUps: EntityList<"follow-up"> = entityList({
  kind: "follow-up",
  title: "Uppföljningar individuella mål",
  description: "Uppföljningar av individuella mål. Personuppgifter: en mapp per medarbetare.",
  personal: true,
  label: followUpLabel,
  // A goal's follow-up is recorded on its own day (Period) and names the agreed date it answers.
  columns: [...followUpColumns, col("Answers", "text", "answers")],
  partitions: ["UnitYear", "AdminYear", "EmployeeId"],
});

/**
 * A personal list as it is kept in the site: one declaration, `personalPartitionCount` lists ("Individuella
 * mål 1" … "Individuella mål 4"), each person's folder in the one `personalPartitionOf` their id names. The
 * declaration's own title names no list in the site: read and write through `of` or `all`.
 */
export interface PartitionedList<K extends ItemKind> {
  readonly declared: EntityList<K>;
  /** Every partition, in order (partition n at index n − 1). */
  readonly all: readonly EntityList<K>[];
  /** The partition holding this medarbetare's folder. */
  of(employeeId: string): EntityList<K>;
}

function partitioned<K extends ItemKind>(declared: EntityList<K>): PartitionedList<K> {
  const all = personalPartitionNumbers.map((n): EntityList<K> => ({
    ...declared,
    title: partitionTitle(declared.title, n),
    personalPartition: n,
    description: `${declared.description} Del ${n} av ${personalPartitionCount}, medarbetarna fördelade efter sitt användarnamn.`,
  }));
  return {
    declared,
    all,
    of: (employeeId) => {
      const list = all[personalPartitionOf(employeeId) - 1];
      if (list === undefined) throw new Error(`no partition for ${employeeId}`);
      return list;
    },
  };
}

/** The individual goals, partitioned by medarbetare (see `personalPartitions.ts`). */
export const goalLists: PartitionedList<"individual-goal"> = partitioned(lists["individual-goal"]);

/** The follow-ups of individual goals, partitioned like the goals: a person's both sit in partition n. */
export const goalFollowUpLists: PartitionedList<"follow-up"> = partitioned(personalFollowUps);

/**
 * Coverage of each activity by individual goals, counted by the app identity: the non-personal source
 * planners above the chef read (numbers only, no names, no goal text).
 */
export const coverageList: ListSchema = {
  title: "Täckning",
  description: "Antal individuella mål och medarbetare per aktivitet, räknat av appen.",
  fields: [
    { name: "Key", kind: "text", indexed: true, unique: true, required: true },
    { name: "ActivityId", kind: "text", indexed: true },
    { name: "UnitYear", kind: "text", indexed: true },
    { name: "AdminYear", kind: "text", indexed: true },
    { name: "GoalCount", kind: "number" },
    { name: "EmployeeCount", kind: "number" },
    { name: "CountedAt", kind: "text" },
  ],
};

/**
 * The reminder ledger: one row per card (`Key` = `<person id>:<run date>`, unique), written `sending` before the
 * send and with its outcome after, listing the reminder keys it carries (`ItemKeys`, JSON) and its activity id,
 * so neither a crash nor a second run sends a reminder twice. Read by `RecipientId` (indexed).
 */
export const reminderLedgerList: ListSchema = {
  title: "Påminnelser",
  description: "Skickade påminnelser (en rad per kort: person och dag).",
  appOnly: true,
  fields: [
    { name: "Key", kind: "text", indexed: true, unique: true, required: true },
    { name: "RecipientId", kind: "text", indexed: true },
    // The final outcome (empty while sending); `State` also has "sending".
    { name: "Outcome", kind: "choice", choices: ["sent", "throttled", "recipient-not-found", "failed"] },
    { name: "Attempts", kind: "number" },
    { name: "SentAt", kind: "text" },
    {
      name: "State",
      kind: "choice",
      choices: ["sending", "sent", "throttled", "recipient-not-found", "failed"],
    },
    { name: "RunDate", kind: "text" },
    { name: "ItemKeys", kind: "note" },
    { name: "ActivityId", kind: "text" },
    { name: "LastAttemptAt", kind: "text" },
  ],
};

/**
 * Leases on runs that must not overlap across server instances (the reminder run): one row per run
 * (`Key`), taken by writing `Holder` and `ExpiresAt` with the row's ETag, so of two instances starting at
 * once exactly one wins (the other gets 412, or the unique Key refuses its first row).
 */
export const runLeaseList: ListSchema = {
  title: "Körningar",
  description: "Vilken serverinstans som kör en schemalagd körning just nu (lås med utgångstid).",
  appOnly: true,
  fields: [
    { name: "Key", kind: "text", indexed: true, unique: true, required: true },
    { name: "Holder", kind: "text" },
    { name: "ExpiresAt", kind: "text" },
  ],
};

/**
 * Where the bot reaches each person 1:1 (one row per person, `Key` = person id), stored from Teams'
 * installation events with the `serviceUrl` they came with; written only by the app identity.
 */
export const conversationReferencesList: ListSchema = {
  title: "Teams-samtal",
  description: "Var appens bot når varje person i Teams (sparas när appen installeras).",
  appOnly: true,
  fields: [
    { name: "Key", kind: "text", indexed: true, unique: true, required: true },
    // Note, not Text: a Teams conversation id can outgrow 255 characters; never filtered on.
    { name: "ConversationId", kind: "note" },
    { name: "ServiceUrl", kind: "text" },
    { name: "TenantId", kind: "text" },
    { name: "BotId", kind: "text" },
    { name: "UserAadObjectId", kind: "text" },
    { name: "Locale", kind: "text" },
    { name: "InstalledAt", kind: "text" },
  ],
};

/**
 * Klarmarkeringar: a unit has finished its follow-up of one calendar period (one row per unit and period,
 * `Key` = `<unit id>--<period>`, unique), who marked it and when, and who reopened it. Public like the plans;
 * read by the nämnd's `BoardYear` and `Period`, written by the app after the use case has decided.
 */
export const periodCompletionList: ListSchema = {
  title: "Klarmarkeringar",
  description: "Enheter som har klarmarkerat sin uppföljning av en period (tertial, delår, helår).",
  fields: [
    { name: "Key", kind: "text", indexed: true, unique: true, required: true },
    { name: "UnitId", kind: "text", indexed: true },
    { name: "Period", kind: "text", indexed: true },
    { name: "State", kind: "choice", choices: ["complete", "reopened"] },
    { name: "CompletedBy", kind: "text" },
    { name: "CompletedByName", kind: "text" },
    { name: "CompletedAt", kind: "text" },
    { name: "ReopenedBy", kind: "text" },
    { name: "ReopenedByName", kind: "text" },
    { name: "ReopenedAt", kind: "text" },
    { name: "UnitYear", kind: "text", indexed: true },
    { name: "AdminYear", kind: "text", indexed: true },
    { name: "BoardYear", kind: "text", indexed: true },
  ],
};

/** Every list, in provisioning order. */
export const allLists: readonly ListSchema[] = [
  ...Object.values(lists).filter((list) => list.personal !== true),
  ...goalLists.all,
  ...goalFollowUpLists.all,
  coverageList,
  reminderLedgerList,
  runLeaseList,
  conversationReferencesList,
  periodCompletionList,
];
