import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/fields";
import type { IFieldInfo } from "@pnp/sp/fields";
import type { ListSchema } from "../schema/types";
import { addField, sharePointType, wantedProperties } from "./fieldDefinitions";
import { readSharePointFailure } from "../pnp/sharePointError";

/** What a provisioning run changed; empty when the site was already up to date. */
export interface ProvisionReport {
  changes: string[];
}

type ExistingField = Pick<
  IFieldInfo,
  "InternalName" | "Indexed" | "Required" | "EnforceUniqueValues" | "TypeAsString"
>;

async function ensureList(sp: SPFI, list: ListSchema, changes: string[]): Promise<void> {
  try {
    await sp.web.lists.getByTitle(list.title).select("Id")();
  } catch (error) {
    const failure = await readSharePointFailure(error);
    if (failure?.status !== 404) throw error;
    await sp.web.lists.add(list.title, list.description, 100, false);
    changes.push(`created list ${list.title}`);
  }
}

async function ensureFields(sp: SPFI, list: ListSchema, changes: string[]): Promise<void> {
  const fields = sp.web.lists.getByTitle(list.title).fields;
  const existing = await fields.select(
    "InternalName",
    "Indexed",
    "Required",
    "EnforceUniqueValues",
    "TypeAsString",
  )<ExistingField[]>();
  const byName = new Map(existing.map((f) => [f.InternalName, f]));
  for (const field of list.fields) {
    const wanted = wantedProperties(field);
    const current = byName.get(field.name);
    if (current === undefined) {
      await addField(fields, field);
      if (wanted.Indexed || wanted.EnforceUniqueValues) {
        await fields
          .getByInternalNameOrTitle(field.name)
          .update(wanted, `SP.Field${sharePointType[field.kind]}`);
      }
      changes.push(`added column ${list.title}.${field.name}${wanted.Indexed ? " (indexed)" : ""}`);
      continue;
    }
    if (current.TypeAsString !== sharePointType[field.kind]) {
      // Changing a column's type would lose data; a person must decide.
      throw new Error(
        `${list.title}.${field.name} is ${current.TypeAsString} in the site but ${sharePointType[field.kind]} in the schema`,
      );
    }
    // Only properties the site reports are compared. EnforceUniqueValues is set with Indexed in one MERGE
    // (SharePoint requires a unique column to be indexed); on a list that already holds two rows with the
    // same Key, SharePoint (and the local site) refuses it: the run stops naming the column, and a person
    // removes the duplicates (the app never writes one) and runs it again.
    const drift = (Object.keys(wanted) as (keyof typeof wanted)[]).filter(
      (k) => typeof current[k] === "boolean" && current[k] !== wanted[k],
    );
    if (drift.length > 0) {
      try {
        await fields
          .getByInternalNameOrTitle(field.name)
          .update(wanted, `SP.Field${sharePointType[field.kind]}`);
      } catch (error) {
        if (!wanted.EnforceUniqueValues || current.EnforceUniqueValues) throw error;
        const failure = await readSharePointFailure(error);
        throw new Error(
          `${list.title}.${field.name} could not be made unique (duplicate values in the list?): ${failure?.message ?? String(error)}`,
        );
      }
      changes.push(
        `set ${drift.map((k) => `${k}=${String(wanted[k])}`).join(", ")} on ${list.title}.${field.name}`,
      );
    }
  }
}

/**
 * Creates or brings up to date every list and column the schema declares, indexes included. Idempotent: a
 * second run reads, finds nothing to do and reports no changes. Never deletes lists or columns.
 */
export async function provisionLists(sp: SPFI, lists: readonly ListSchema[]): Promise<ProvisionReport> {
  const changes: string[] = [];
  for (const list of lists) {
    await ensureList(sp, list, changes);
    await ensureFields(sp, list, changes);
  }
  return { changes };
}
