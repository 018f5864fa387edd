import { app } from "@microsoft/teams-js";
import { localeFromTag } from "../i18n/locale";
import { themeFromTeams } from "../theme/themes";
import type { Host } from "./hostContext";

/** Outside Teams `app.initialize()` may never settle, so it gets this long before we run standalone. */
export const teamsInitializeTimeoutMs = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * `app.initialize()` first, then the context. Outside Teams it rejects (at once in a top-level window, after
 * the timeout in a foreign frame): then the tab runs standalone.
 */
export async function initializeTeams(timeoutMs = teamsInitializeTimeoutMs): Promise<Host> {
  try {
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    return {
      kind: "teams",
      locale: localeFromTag(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      userPrincipalName: context.user?.userPrincipalName,
      subEntityId: context.page.subPageId,
      frameContext: context.page.frameContext,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeFromTeams(theme))),
    };
  } catch {
    return { kind: "standalone" };
  }
}
