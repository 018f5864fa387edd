import type { Locale } from "../i18n/locale";
import type { ThemeName } from "../theme/themes";

/** Where the tab runs: inside Teams (with what Teams told us) or standalone in a browser. */
export type Host =
  | {
      readonly kind: "teams";
      readonly locale: Locale;
      readonly theme: ThemeName;
      /** The signed-in user's UPN as Teams reports it (a hint; the token is the proof). */
      readonly userPrincipalName: string | undefined;
      /** Teams' hint for signing in silently as the same account (usually the UPN). */
      readonly loginHint: string | undefined;
      /** Teams' sub-entity (a deep link into the tab), if the tab was opened through one. */
      readonly subEntityId: string | undefined;
      /** Which Teams surface: "content" (a tab), "settings" (the team tab's config page), … */
      readonly frameContext: string;
      readonly onThemeChange: (handler: (theme: ThemeName) => void) => void;
    }
  | { readonly kind: "standalone" };
