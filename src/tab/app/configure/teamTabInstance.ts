import type { OrgUnit } from "../../../domain";
import { formatRoute } from "../router/routes";

export interface TeamTabInstance {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
}

/** What Teams stores for a team tab showing one unit's "Mitt team". Pure, so it is testable. */
export function teamTabInstance(origin: string, unit: Pick<OrgUnit, "id" | "name">): TeamTabInstance {
  const url = `${origin}/${formatRoute({ view: "mitt-team", enhet: unit.id })}`;
  return {
    contentUrl: url,
    websiteUrl: url,
    entityId: `mitt-team-${unit.id}`,
    suggestedDisplayName: `Mitt team – ${unit.name}`,
  };
}
