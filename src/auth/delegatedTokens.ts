import type {
  AccountInfo,
  AuthenticationResult,
  PopupRequest,
  RedirectRequest,
  SilentRequest,
  SsoSilentRequest,
} from "@azure/msal-browser";

/**
 * The MSAL methods the tab's token logic uses. A `PublicClientApplication` (nested app auth inside Teams,
 * standard MSAL outside) has them; unit tests pass a fake, so the logic is pinned without any network.
 */
export interface MsalClient {
  getActiveAccount(): AccountInfo | null;
  setActiveAccount(account: AccountInfo | null): void;
  getAccount(filter: { loginHint: string }): AccountInfo | null;
  acquireTokenSilent(request: SilentRequest): Promise<Pick<AuthenticationResult, "accessToken" | "account">>;
  ssoSilent(request: SsoSilentRequest): Promise<Pick<AuthenticationResult, "accessToken" | "account">>;
  acquireTokenPopup(request: PopupRequest): Promise<Pick<AuthenticationResult, "accessToken" | "account">>;
  acquireTokenRedirect(request: RedirectRequest): Promise<void>;
}

/** The two resources the tab calls: SharePoint (reads, delegated) and the app's own API (writes). */
export type TokenAudience = "sharepoint" | "api";

export interface TokenOptions {
  /** Skip the cache: the resource refused the cached token (401). */
  readonly forceRefresh?: boolean;
}

export interface DelegatedTokenSettings {
  /** The scopes per audience: `https://<tenant>.sharepoint.com/.default` and `api://…/access_as_user`. */
  readonly scopes: Readonly<Record<TokenAudience, readonly string[]>>;
  /** Teams' context names the signed-in user: the account to sign in silently as when MSAL has none. */
  readonly loginHint: string | undefined;
  /**
   * Outside Teams a popup the browser blocks falls back to a full-page redirect (to `redirect.html` and back);
   * inside Teams nested app auth has popups only.
   */
  readonly redirectFallback: boolean;
}

/**
 * Why no token came: `interaction` — the person has to sign in (no account, or Entra asks for it) and a
 * click on "Logga in" will do; `failed` — anything else (no network, a wrong registration, the popup closed).
 * The message carries MSAL's error code at most, never a token.
 */
export class SignInError extends Error {
  constructor(
    readonly reason: "interaction" | "failed",
    readonly code: string,
  ) {
    super(`sign-in ${reason === "interaction" ? "needs the person" : "failed"} (${code})`);
    this.name = "SignInError";
  }
}

/** The tab's tokens: silent first; interactive when Entra requires it; never logged. */
export interface DelegatedTokens {
  /** A token for the audience. Rejects with `SignInError` when none can be had. */
  token(audience: TokenAudience, options?: TokenOptions): Promise<string>;
  /** Interactive sign-in, on the person's click (a popup needs a user gesture). */
  signIn(): Promise<void>;
  /** Who is signed in, once a token has been got. */
  account(): AccountInfo | undefined;
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "errorCode" in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    if (typeof code === "string" && code !== "") return code;
  }
  return "unknown";
}

/** By name, so this module needs MSAL's types only and the local build never loads MSAL. */
export function isInteractionRequired(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "InteractionRequiredAuthError" ||
      (error instanceof SignInError && error.reason === "interaction"))
  );
}

/** The browser refused to open the popup (no user gesture, a popup blocker). */
function isPopupBlocked(error: unknown): boolean {
  const code = errorCode(error);
  return code === "popup_window_error" || code === "empty_window_error";
}

/** A redirect leaves the page; this never settles, so nothing renders in between. */
const leavingPage = new Promise<never>(() => undefined);

export function createDelegatedTokens(msal: MsalClient, settings: DelegatedTokenSettings): DelegatedTokens {
  let interactive: Promise<void> | undefined;

  const currentAccount = (): AccountInfo | null =>
    msal.getActiveAccount() ??
    (settings.loginHint === undefined ? null : msal.getAccount({ loginHint: settings.loginHint }));

  const remember = (result: Pick<AuthenticationResult, "accessToken" | "account">): string => {
    msal.setActiveAccount(result.account);
    return result.accessToken;
  };

  const silent = async (audience: TokenAudience, options: TokenOptions): Promise<string> => {
    const scopes = [...settings.scopes[audience]];
    const account = currentAccount();
    if (account !== null) {
      return remember(
        await msal.acquireTokenSilent({ scopes, account, forceRefresh: options.forceRefresh ?? false }),
      );
    }
    if (settings.loginHint !== undefined) {
      return remember(await msal.ssoSilent({ scopes, loginHint: settings.loginHint }));
    }
    throw new SignInError("interaction", "no_account");
  };

  const popupOrRedirect = async (audience: TokenAudience): Promise<string> => {
    const scopes = [...settings.scopes[audience]];
    const account = msal.getActiveAccount() ?? undefined;
    const hint = account === undefined ? settings.loginHint : undefined;
    const who = account === undefined ? (hint === undefined ? {} : { loginHint: hint }) : { account };
    try {
      return remember(await msal.acquireTokenPopup({ scopes, ...who }));
    } catch (error) {
      if (!(settings.redirectFallback && isPopupBlocked(error))) throw error;
      await msal.acquireTokenRedirect({ scopes, ...who });
      return leavingPage;
    }
  };

  /** One interactive sign-in at a time: parallel reads that all need it share the one popup. */
  const interact = (audience: TokenAudience): Promise<void> => {
    interactive ??= popupOrRedirect(audience).then(
      () => {
        interactive = undefined;
      },
      (error: unknown) => {
        interactive = undefined;
        throw new SignInError("failed", errorCode(error));
      },
    );
    return interactive;
  };

  const token = async (audience: TokenAudience, options: TokenOptions = {}): Promise<string> => {
    try {
      return await silent(audience, options);
    } catch (error) {
      if (error instanceof SignInError && error.code === "no_account") throw error;
      if (!isInteractionRequired(error)) throw new SignInError("failed", errorCode(error));
    }
    // Entra wants the person (consent, an expired session, MFA): ask them once, then silent again.
    await interact(audience);
    try {
      return await silent(audience, {});
    } catch (error) {
      throw new SignInError("failed", errorCode(error));
    }
  };

  return {
    token,
    signIn: async () => {
      await interact("sharepoint");
    },
    account: () => msal.getActiveAccount() ?? undefined,
  };
}
