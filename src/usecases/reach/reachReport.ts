import {
  ForbiddenError,
  reachScopeOf,
  reachTable,
  refOf,
  rowsInScope,
  type Clock,
  type ReachGroupRow,
  type ReachItems,
  type ReachSource,
  type ReachTable,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { ReachMemo } from "./reachMemo";

export interface ReachDeps {
  /** Read with the app's own identity: the goals of everyone, which no caller may read one by one. */
  readonly reach: ReachSource;
  readonly clock: Clock;
  /** Keeps the whole-municipality count a few minutes for the next caller; absent: counted every time. */
  readonly memo?: ReachMemo;
}

/** The reach of one year as the caller may see it: the table's ids, the chain's names, the caller's rows. */
export interface ReachReportResult {
  readonly year: number;
  readonly computedAt: string;
  readonly table: Omit<ReachTable, "groups">;
  readonly items: ReachItems;
  readonly rows: readonly ReachGroupRow[];
}

const refusal =
  "räckvidden visas bara för kommunens och nämndernas planerare och för chefer, för deras enheter";

/**
 * A planner or a chef asks how far the chain reaches the staff. Who may see which groups is decided from
 * the unit tree and the caller alone, before any goal is read; the figures are counted over the whole
 * municipality (so suppression is the same for every reader) and only the caller's groups are answered.
 */
export async function reachReport(
  deps: ReachDeps,
  caller: VerifiedCaller,
  request: { readonly year: number },
): Promise<ReachReportResult> {
  const reading = await deps.reach.open(request.year, caller.personId);
  const scope =
    reading.caller === undefined ? { kind: "refused" as const } : reachScopeOf(reading.caller, reading.units);
  if (scope.kind === "refused")
    throw new ForbiddenError(
      caller.personId,
      "read",
      refOf("org-unit", reading.caller?.unitId ?? ""),
      refusal,
    );
  const today = deps.clock.today();
  const count = async () => {
    const data = await reading.personal();
    const { groups, ...table } = reachTable({
      year: request.year,
      today,
      units: reading.units,
      // Someone who has left is no longer staff; their goals are kept but not counted.
      people: data.people.filter((p) => p.leftAt === undefined || p.leftAt > today),
      goals: data.goals,
      followUps: data.followUps,
      chain: data.chain,
      listed: data.listed,
    });
    return { computedAt: deps.clock.now().toISOString(), items: data.items, table, groups };
  };
  const { computedAt, items, table, groups } =
    deps.memo === undefined
      ? await count()
      : await deps.memo.remember(`${request.year}|${today}`, deps.clock.now().getTime(), count);
  return {
    year: request.year,
    computedAt,
    table,
    items,
    rows: rowsInScope({ ...table, groups }, scope),
  };
}
