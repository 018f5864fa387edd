import type { SPFI } from "@pnp/sp";
import {
  diffOrganisation,
  isEmpty,
  massLeaveRefusal,
  planImport,
  readOrgCsv,
  type ImportPlan,
  type OrgChanges,
} from "../../../orgimport";
import { applyOrgChanges, type ApplyReport } from "./applyChanges";
import { readSiteOrganisation } from "./readOrganisation";

export interface ImportOptions {
  /** The municipal calendar day: a leaver's `leftAt`, and the year from which a mover's goals move. */
  readonly today: string;
  readonly hrGroup: string;
  /** Plan and report only. */
  readonly dryRun?: boolean;
  /** Largest share of active people that may leave in one import (0.1 = 10 %). */
  readonly maxLeaveShare?: number;
  readonly allowMassLeave?: boolean;
}

export type ImportOutcome =
  /** The file cannot be read at all: nothing was written. */
  | { readonly kind: "unreadable"; readonly line: number; readonly reason: string }
  /** Too many would leave (a truncated export?): nothing was written. */
  | {
      readonly kind: "refused";
      readonly reason: string;
      readonly plan: ImportPlan;
      readonly changes: OrgChanges;
    }
  | {
      readonly kind: "done";
      readonly plan: ImportPlan;
      readonly changes: OrgChanges;
      /** Absent for a dry run or when nothing changes. */
      readonly applied?: ApplyReport;
    };

export const defaultMaxLeaveShare = 0.1;

/**
 * The organisation import as the app identity: read and validate the whole file into a plan, read the site's
 * organisation, diff, check the share of leavers, then write (unless a dry run). Nothing is written before
 * the whole file has been read and checked; a file that changes nothing sends no write.
 */
export async function importOrganisation(
  sp: SPFI,
  csvText: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const read = readOrgCsv(csvText);
  if (!read.ok) return { kind: "unreadable", line: read.line, reason: read.reason };
  const plan = planImport(read.rows);
  const changes = diffOrganisation(plan, await readSiteOrganisation(sp), options.today);
  const refusal =
    options.allowMassLeave === true
      ? undefined
      : massLeaveRefusal(changes, options.maxLeaveShare ?? defaultMaxLeaveShare);
  if (refusal !== undefined) return { kind: "refused", reason: refusal, plan, changes };
  if (options.dryRun === true || isEmpty(changes)) return { kind: "done", plan, changes };
  const applied = await applyOrgChanges(sp, changes, {
    hrGroup: options.hrGroup,
    fromYear: Number(options.today.slice(0, 4)),
  });
  return { kind: "done", plan, changes, applied };
}
