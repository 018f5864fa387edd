import { localeFromTag } from "../i18n/locale";
import { withTimeout } from "../withTimeout";
import { themeFromTeams } from "../theme/themes";
import type { Host } from "./hostContext";
import { maybeTeamsHost, type HostWindowFacts } from "./maybeTeamsHost";

/** Outside Teams `app.initialize()` may never settle, so it gets this long before we run standalone. */
export const teamsInitializeTimeoutMs = 3000;

/**
 * `app.initialize()` first, then the context. A plain top-level browser window is standalone at once, without
 * loading teams-js (see `maybeTeamsHost`); elsewhere teams-js is loaded (its own chunk) and initialized, and
 * when it rejects or does not answer in time (a foreign frame) the tab runs standalone too.
 */
export async function initializeTeams(
  win: HostWindowFacts,
  timeoutMs = teamsInitializeTimeoutMs,
): Promise<Host> {
  if (!maybeTeamsHost(win)) return { kind: "standalone" };
  try {
    const { app } = await import(/* webpackChunkName: "teams-js" */ "@microsoft/teams-js");
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    return {
      kind: "teams",
      locale: localeFromTag(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      userPrincipalName: context.user?.userPrincipalName,
      loginHint: context.user?.loginHint,
      subEntityId: context.page.subPageId,
      frameContext: context.page.frameContext,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeFromTeams(theme))),
    };
  } catch {
    return { kind: "standalone" };
  }
}
