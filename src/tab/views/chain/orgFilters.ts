import type { OrgUnit } from "../../../domain";

/** The units the Kedjan filters offer and the förvaltning whose chain is loaded. */
export interface OrgChoice {
  readonly boards: readonly OrgUnit[];
  readonly administrations: readonly OrgUnit[];
  readonly boardId: string | undefined;
  readonly administrationId: string | undefined;
}

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, "sv");

/** The förvaltning a unit belongs to (the unit itself when it is one). */
export function administrationOf(unitId: string, units: readonly OrgUnit[]): OrgUnit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    if (current.kind === "administration") return current;
    seen.add(current.id);
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return undefined;
}

/**
 * Resolves the filters: an explicit förvaltning wins; else the first under the chosen nämnd; else the
 * reader's own förvaltning; else the first there is. The nämnd follows the förvaltning.
 */
export function chooseOrg(
  units: readonly OrgUnit[],
  filter: { readonly namnd?: string; readonly forvaltning?: string },
  readerUnitId: string,
): OrgChoice {
  const boards = units.filter((u) => u.kind === "board").sort(byName);
  const administrationsUnder = (boardId: string | undefined) =>
    units
      .filter((u) => u.kind === "administration" && (boardId === undefined || u.parentId === boardId))
      .sort(byName);
  const explicit = units.find((u) => u.id === filter.forvaltning && u.kind === "administration");
  const administration =
    explicit ??
    (filter.namnd !== undefined ? administrationsUnder(filter.namnd)[0] : undefined) ??
    administrationOf(readerUnitId, units) ??
    administrationsUnder(undefined)[0];
  const boardId = administration?.parentId ?? filter.namnd;
  return {
    boards,
    administrations: administrationsUnder(boardId),
    boardId,
    administrationId: administration?.id,
  };
}
