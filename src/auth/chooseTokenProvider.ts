import type { TabConfig } from "../../config/schema";
import type { TokenProvider } from "./tokenProvider";
import { localTokenProvider } from "./unsignedToken";

/** How the tab gets its tokens, decided once from the configuration and (locally) the picked person. */
export type TokenChoice =
  | { readonly kind: "ready"; readonly provider: TokenProvider; readonly actorId: string }
  /** Local mode before anyone is picked. */
  | { readonly kind: "pick-person" }
  /** Production: the person signs in with Entra (MSAL, nested app auth inside Teams); never a picked person. */
  | { readonly kind: "sign-in" };

/**
 * Local mode acts as the picked demo person (unsigned token). Production never does, whatever was
 * remembered in the browser: the picker path does not exist there.
 */
export function chooseTokenProvider(
  config: TabConfig,
  picked: { readonly id: string } | undefined,
): TokenChoice {
  if (config.mode === "production") return { kind: "sign-in" };
  if (picked === undefined) return { kind: "pick-person" };
  return { kind: "ready", provider: localTokenProvider(picked.id), actorId: picked.id };
}
