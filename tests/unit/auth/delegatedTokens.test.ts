import type { AccountInfo } from "@azure/msal-browser";
import {
  createDelegatedTokens,
  SignInError,
  type DelegatedTokenSettings,
  type MsalClient,
} from "../../../src/auth/delegatedTokens";

const anna: AccountInfo = {
  homeAccountId: "anna-home",
  environment: "login.microsoftonline.com",
  tenantId: "11111111-2222-4333-8444-555555555555",
  username: "anna.berg@huddinge.se",
  localAccountId: "anna-local",
};

const settings: DelegatedTokenSettings = {
  scopes: {
    sharepoint: ["https://huddinge.sharepoint.com/.default"],
    api: ["api://malkedjan.huddinge.se/0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d/access_as_user"],
  },
  loginHint: undefined,
  redirectFallback: true,
};

/** As MSAL names it; the logic recognises it by name so it never needs MSAL at run time. */
class InteractionRequiredAuthError extends Error {
  readonly errorCode = "interaction_required";
  constructor() {
    super("AADSTS65001: consent required");
    this.name = "InteractionRequiredAuthError";
  }
}

class BrowserAuthError extends Error {
  constructor(readonly errorCode: string) {
    super(errorCode);
    this.name = "BrowserAuthError";
  }
}

type Answer = { accessToken: string; account: AccountInfo } | Error;

/** A scripted MSAL: each method answers from its queue (the last answer repeats) and records its calls. */
function fakeMsal(script: {
  active?: AccountInfo;
  byHint?: AccountInfo;
  silent?: Answer[];
  sso?: Answer[];
  popup?: Answer[];
  redirect?: Error;
}) {
  let active: AccountInfo | null = script.active ?? null;
  const calls: { method: string; request: unknown }[] = [];
  const answer = (method: string, queue: Answer[] | undefined, request: unknown) => {
    calls.push({ method, request });
    const next = (queue !== undefined && queue.length > 1 ? queue.shift() : queue?.[0]) ?? new Error("none");
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  const msal: MsalClient = {
    getActiveAccount: () => active,
    setActiveAccount: (account) => {
      active = account;
    },
    getAccount: () => script.byHint ?? null,
    acquireTokenSilent: (request) => answer("acquireTokenSilent", script.silent, request),
    ssoSilent: (request) => answer("ssoSilent", script.sso, request),
    acquireTokenPopup: (request) => answer("acquireTokenPopup", script.popup, request),
    acquireTokenRedirect: (request) => {
      calls.push({ method: "acquireTokenRedirect", request });
      return script.redirect === undefined ? Promise.resolve() : Promise.reject(script.redirect);
    },
  };
  return { msal, calls, methods: () => calls.map((c) => c.method) };
}

const ok = (accessToken: string): Answer => ({ accessToken, account: anna });

describe("the tab's delegated tokens", () => {
  it("takes the active account's token silently, per audience with its own scope", async () => {
    const fake = fakeMsal({ active: anna, silent: [ok("sp-token"), ok("api-token")] });
    const tokens = createDelegatedTokens(fake.msal, settings);
    expect(await tokens.token("sharepoint")).toBe("sp-token");
    expect(await tokens.token("api")).toBe("api-token");
    expect(fake.calls).toEqual([
      {
        method: "acquireTokenSilent",
        request: { scopes: settings.scopes.sharepoint, account: anna, forceRefresh: false },
      },
      {
        method: "acquireTokenSilent",
        request: { scopes: settings.scopes.api, account: anna, forceRefresh: false },
      },
    ]);
  });

  it("without an account signs in silently with Teams' login hint, then keeps that account", async () => {
    const fake = fakeMsal({ sso: [ok("sp-token")], silent: [ok("api-token")] });
    const tokens = createDelegatedTokens(fake.msal, { ...settings, loginHint: "anna.berg@huddinge.se" });
    expect(await tokens.token("sharepoint")).toBe("sp-token");
    expect(fake.calls[0]).toEqual({
      method: "ssoSilent",
      request: { scopes: settings.scopes.sharepoint, loginHint: "anna.berg@huddinge.se" },
    });
    expect(tokens.account()).toBe(anna);
    expect(await tokens.token("api")).toBe("api-token");
    expect(fake.methods()).toEqual(["ssoSilent", "acquireTokenSilent"]);
  });

  it("falls back to a popup on InteractionRequiredAuthError, then takes the token silently", async () => {
    const fake = fakeMsal({
      active: anna,
      silent: [new InteractionRequiredAuthError(), ok("sp-token")],
      popup: [ok("popup-token")],
    });
    const tokens = createDelegatedTokens(fake.msal, settings);
    expect(await tokens.token("sharepoint")).toBe("sp-token");
    expect(fake.methods()).toEqual(["acquireTokenSilent", "acquireTokenPopup", "acquireTokenSilent"]);
    expect(fake.calls[1]?.request).toEqual({ scopes: settings.scopes.sharepoint, account: anna });
  });

  it("opens one popup for parallel requests that all need the person", async () => {
    const fake = fakeMsal({
      active: anna,
      silent: [new InteractionRequiredAuthError(), new InteractionRequiredAuthError(), ok("sp-token")],
      popup: [ok("popup-token")],
    });
    const tokens = createDelegatedTokens(fake.msal, settings);
    await Promise.all([tokens.token("sharepoint"), tokens.token("sharepoint")]);
    expect(fake.methods().filter((m) => m === "acquireTokenPopup")).toHaveLength(1);
  });

  it("outside Teams a blocked popup becomes a redirect; inside Teams it is a failure", async () => {
    const outside = fakeMsal({
      active: anna,
      silent: [new InteractionRequiredAuthError()],
      popup: [new BrowserAuthError("popup_window_error")],
    });
    void createDelegatedTokens(outside.msal, settings).token("sharepoint");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(outside.methods()).toEqual(["acquireTokenSilent", "acquireTokenPopup", "acquireTokenRedirect"]);

    const inside = fakeMsal({
      active: anna,
      silent: [new InteractionRequiredAuthError()],
      popup: [new BrowserAuthError("popup_window_error")],
    });
    const tokens = createDelegatedTokens(inside.msal, { ...settings, redirectFallback: false });
    await expect(tokens.token("sharepoint")).rejects.toMatchObject({
      reason: "failed",
      code: "popup_window_error",
    });
    expect(inside.methods()).not.toContain("acquireTokenRedirect");
  });

  it("does not go interactive on other errors: they fail (the tab then offers Logga in)", async () => {
    const fake = fakeMsal({ active: anna, silent: [new BrowserAuthError("no_network_connectivity")] });
    const tokens = createDelegatedTokens(fake.msal, settings);
    const error = await tokens.token("sharepoint").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ reason: "failed", code: "no_network_connectivity" });
    expect(fake.methods()).toEqual(["acquireTokenSilent"]);
  });

  it("with no account and no hint asks for the person's click instead of opening anything itself", async () => {
    const fake = fakeMsal({ popup: [ok("popup-token")], silent: [ok("sp-token")] });
    const tokens = createDelegatedTokens(fake.msal, settings);
    await expect(tokens.token("sharepoint")).rejects.toMatchObject({ reason: "interaction" });
    expect(fake.methods()).toEqual([]);
    await tokens.signIn();
    expect(fake.methods()).toEqual(["acquireTokenPopup"]);
    expect(fake.calls[0]?.request).toEqual({ scopes: settings.scopes.sharepoint });
    expect(await tokens.token("sharepoint")).toBe("sp-token");
  });

  it("asks MSAL past its cache when told to refresh (after a 401)", async () => {
    const fake = fakeMsal({ active: anna, silent: [ok("fresh")] });
    await createDelegatedTokens(fake.msal, settings).token("api", { forceRefresh: true });
    expect(fake.calls[0]?.request).toMatchObject({ forceRefresh: true });
  });

  it("never puts a token in an error's message", async () => {
    const fake = fakeMsal({
      active: anna,
      silent: [new InteractionRequiredAuthError()],
      popup: [ok("secret-token")],
      // After the popup the silent call fails again: the error must not carry what the popup gave.
    });
    const error = await createDelegatedTokens(fake.msal, settings)
      .token("sharepoint")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(String((error as Error).message)).not.toContain("secret-token");
    expect(JSON.stringify(error)).not.toContain("secret-token");
  });
});
