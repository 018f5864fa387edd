import type { InvalidLinkError } from "../../errors";
import { orgLevelRank, type OrgUnit } from "../../model/orgUnit";
import { ORG_UNIT_KIND_TERMS } from "../../vocabulary";
import { refOf, type ModelIndex } from "../snapshot";
import { missing, refuse } from "./refusal";

/** An organisational unit sits under a unit of a higher level (levels may be skipped). */
export const checkOrgUnit = (unit: OrgUnit, model: ModelIndex): InvalidLinkError[] => {
  if (unit.parentId === undefined) return [];
  const self = refOf("org-unit", unit.id);
  const parent = model.get("org-unit", unit.parentId);
  if (parent === undefined) return [missing(self, "org-unit", unit.parentId)];
  if (orgLevelRank(parent.kind) >= orgLevelRank(unit.kind)) {
    return [
      refuse(
        "wrong-unit-kind",
        self,
        refOf("org-unit", parent.id),
        `en ${ORG_UNIT_KIND_TERMS[unit.kind].term} kan inte ligga under en ${ORG_UNIT_KIND_TERMS[parent.kind].term}`,
      ),
    ];
  }
  return [];
};
