import type { TabLinkTarget } from "./types";

/**
 * "Öppna i Målkedjan": in Teams a deep link to the personal tab `mina-mal`, with `subEntityId`
 * `mina-mal/<goalId>` so the tab opens that goal (the tab understands it, see README). Outside Teams (local
 * mode, the Agents Playground) the tab's own URL with its hash route does the same.
 */
export function tabLinkTo(target: TabLinkTarget, goalId?: string): string {
  if ("teamsAppId" in target) {
    const subEntityId = goalId === undefined ? "mina-mal" : `mina-mal/${goalId}`;
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.teamsAppId)}/mina-mal?context=${encodeURIComponent(
      JSON.stringify({ subEntityId }),
    )}`;
  }
  return goalId === undefined
    ? `${target.origin}/#/mina-mal`
    : `${target.origin}/#/mina-mal/${encodeURIComponent(goalId)}`;
}
