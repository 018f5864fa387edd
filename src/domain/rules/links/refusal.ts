import { InvalidLinkError, type LinkRefusalReason } from "../../errors";
import type { ItemKind, ItemRef } from "../../model/kinds";
import type { OrgUnit } from "../../model/orgUnit";
import { nameItem, nameItemInText, ORG_UNIT_KIND_TERMS } from "../../vocabulary";
import { refOf } from "../snapshot";

/** A refusal naming both items, in Swedish: `<from> kan inte kopplas till <to>: <why>.` */
export const refuse = (
  reason: LinkRefusalReason,
  from: ItemRef,
  to: ItemRef | undefined,
  why: string,
): InvalidLinkError => {
  const target = to === undefined ? "" : ` till ${nameItemInText(to.kind, to.id)}`;
  return new InvalidLinkError(
    reason,
    from,
    to,
    `${nameItem(from.kind, from.id)} kan inte kopplas${target}: ${why}.`,
  );
};

/** The linked item does not exist (or is not loaded). */
export const missing = (from: ItemRef, kind: ItemKind, id: string): InvalidLinkError =>
  refuse("target-missing", from, refOf(kind, id), "den finns inte");

/** `enhet "Sjödalsskolan"`, or the bare id when the unit is not loaded. */
export const unitLabel = (unit: OrgUnit | undefined, id: string): string =>
  unit === undefined ? `"${id}"` : `${ORG_UNIT_KIND_TERMS[unit.kind].term} "${unit.name}"`;
