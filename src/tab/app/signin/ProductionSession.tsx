import { useCallback, useEffect, useRef, useState } from "react";
import type { TabConfig } from "../../../../config/schema";
import type { DelegatedTokens } from "../../../auth/delegatedTokens";
import { NotFoundError } from "../../../domain";
import { ViewOutlet } from "../layout/ViewOutlet";
import type { CurrentPerson } from "../person/currentPerson";
import { signedInPerson } from "../person/signedInPerson";
import { usePlatform } from "../platform/PlatformContext";
import { SessionProvider } from "../ports/PortsContext";
import type { PortsFactory, TabPorts } from "../ports/tabPorts";
import type { Host } from "../teams/hostContext";
import { SignInPrompt, type SignInProblem } from "./SignInPrompt";
import { withTimeout } from "../withTimeout";

type ProductionConfig = Extract<TabConfig, { mode: "production" }>;

type SessionState =
  | { readonly status: "starting" }
  | { readonly status: "signing-in" }
  | { readonly status: "needs-sign-in"; readonly problem: SignInProblem }
  | { readonly status: "ready"; readonly ports: TabPorts; readonly person: CurrentPerson };

/** Silent sign-in and the first reads get this long; then the person sees "Logga in", not a blank tab. */
export const silentStartTimeoutMs = 15_000;

/** MSAL's chunk, loaded once and only here: local mode never downloads it. */
async function startSignIn(config: ProductionConfig, origin: string, host: Host): Promise<DelegatedTokens> {
  const { startMsalSignIn } = await import(/* webpackChunkName: "msal" */ "../../../auth/msalSignIn");
  return startMsalSignIn({
    config,
    origin,
    loginHint: host.kind === "teams" ? (host.loginHint ?? host.userPrincipalName) : undefined,
    inTeams: host.kind === "teams",
  });
}

function problemOf(error: unknown, signedInAs: string | undefined): SignInProblem {
  if (error instanceof NotFoundError && signedInAs !== undefined)
    return { kind: "not-in-organisation", name: signedInAs };
  if (error instanceof Error && error.name === "SignInError" && "reason" in error)
    return { kind: error.reason === "interaction" ? "sign-in" : "failed" };
  return { kind: "failed" };
}

/**
 * Production: sign in (teams-js is already initialized by Boot; then MSAL, nested app auth inside Teams),
 * read who the person is with their own SharePoint token, and only then show the views. Whatever fails ends
 * in the Swedish sign-in prompt with a "Logga in" button, never a blank tab; no token is ever shown or logged.
 */
export function ProductionSession(props: {
  readonly config: ProductionConfig;
  readonly siteUrl: string;
  readonly host: Host;
  readonly createPorts: PortsFactory;
}) {
  const { config, siteUrl, host, createPorts } = props;
  const { origin } = usePlatform();
  const [state, setState] = useState<SessionState>({ status: "starting" });
  const [attempt, setAttempt] = useState(0);
  const tokens = useRef<DelegatedTokens | undefined>(undefined);

  useEffect(() => {
    let current = true;
    let signedInAs: string | undefined;
    const start = async (): Promise<SessionState> => {
      tokens.current ??= await startSignIn(config, origin, host);
      const signIn = tokens.current;
      await signIn.token("sharepoint");
      signedInAs = signIn.account()?.username;
      if (signedInAs === undefined) throw new Error("signed in without an account");
      const ports = createPorts({
        siteUrl,
        apiOrigin: origin,
        getSiteToken: (options) => signIn.token("sharepoint", options),
        getApiToken: (options) => signIn.token("api", options),
        actorId: signedInAs,
      });
      return { status: "ready", ports, person: await signedInPerson(ports.directory, signedInAs) };
    };
    withTimeout(start(), silentStartTimeoutMs).then(
      (next) => {
        if (current) setState(next);
      },
      (error: unknown) => {
        if (current) setState({ status: "needs-sign-in", problem: problemOf(error, signedInAs) });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt, config, siteUrl, origin, host, createPorts]);

  const signIn = useCallback(() => {
    const signInNow = tokens.current;
    setState({ status: "signing-in" });
    // Called straight from the click, so the browser lets MSAL open its popup.
    const interactive = signInNow === undefined ? Promise.resolve() : signInNow.signIn();
    interactive.then(
      () => setAttempt((n) => n + 1),
      () => setState({ status: "needs-sign-in", problem: { kind: "failed" } }),
    );
  }, []);

  if (state.status === "ready") {
    return (
      <SessionProvider ports={state.ports} person={state.person}>
        <ViewOutlet inTeams={host.kind === "teams"} />
      </SessionProvider>
    );
  }
  return (
    <SignInPrompt
      problem={state.status === "needs-sign-in" ? state.problem : undefined}
      busy={state.status !== "needs-sign-in"}
      onSignIn={signIn}
    />
  );
}
