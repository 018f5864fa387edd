import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";

/** Why the tab shows the prompt instead of a view. */
export type SignInProblem =
  /** Nobody is signed in yet, or Entra wants the person (consent, an expired session). */
  | { readonly kind: "sign-in" }
  /** Signing in did not work (no network, the tenant did not answer, the popup closed). */
  | { readonly kind: "failed" }
  /** Signed in, but the organisation's lists do not know this person. */
  | { readonly kind: "not-in-organisation"; readonly name: string };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    maxWidth: "40rem",
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Sign-in as the person sees it: a heading, one plain sentence, and "Logga in" (an interactive sign-in
 * needs the person's click: browsers open popups only then). A failure is an alert, so screen readers say it.
 * While signing in silently it shows a spinner with the same heading, never a blank tab.
 */
export function SignInPrompt(props: {
  readonly problem: SignInProblem | undefined;
  readonly busy: boolean;
  readonly onSignIn: () => void;
}) {
  const { problem, busy, onSignIn } = props;
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const notInOrganisation = problem?.kind === "not-in-organisation";
  return (
    <section className={styles.root} aria-labelledby="sign-in-title" aria-busy={busy}>
      <h1 id="sign-in-title" className={styles.heading}>
        {t("signInTitle")}
      </h1>
      {problem === undefined || problem.kind === "sign-in" ? <Text>{t("signInBody")}</Text> : null}
      {problem?.kind === "failed" || problem?.kind === "not-in-organisation" ? (
        <MessageBar intent={notInOrganisation ? "warning" : "error"} layout="multiline" role="alert">
          <MessageBarBody>
            {problem.kind === "not-in-organisation"
              ? t("notInOrganisation", { name: problem.name })
              : t("signInFailed")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {busy ? (
        <Spinner size="small" label={t("signingIn")} />
      ) : notInOrganisation ? null : (
        <Button appearance="primary" onClick={onSignIn}>
          {t("signInButton")}
        </Button>
      )}
    </section>
  );
}
