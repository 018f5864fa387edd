import { useCallback, useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { useSaveAction, type ActionState } from "../planning/usePlanAction";
import { kfLevelStrings } from "./strings";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

export type { ActionState };

/**
 * One save on Mål och budget, in its words: the form keeps what was typed, and a stale version (412) keeps
 * what is stored now in `current`, for the form to offer beside what was typed.
 */
export function useKfAction(): ReturnType<typeof useSaveAction> {
  const t = useStrings(kfLevelStrings);
  return useSaveAction(t("conflict"), t("saveFailed"));
}

/** The outcome of the last save: the success line in a polite live region, a refusal as an alert. */
export function KfActionStatus(props: { state: ActionState; onReload?: () => void }) {
  const t = useStrings(kfLevelStrings);
  const { state, onReload } = props;
  return (
    <>
      <span role="status" aria-live="polite">
        {state.done ?? ""}
      </span>
      {state.error === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {state.error}{" "}
            {state.conflict === true && state.current === undefined && onReload !== undefined ? (
              <Button appearance="transparent" size="small" onClick={onReload}>
                {t("reload")}
              </Button>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * What someone else saved meanwhile, beside what was typed: keep mine (save again over the stored version)
 * or take what is stored into the form.
 */
export function StoredChoice(props: {
  stored: string;
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  return (
    <section className={styles.card} aria-label={t("conflictTitle")}>
      <p className={styles.preWrap}>{t("conflictStored", { text: props.stored })}</p>
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onKeepMine}>
          {t("keepMine")}
        </Button>
        <Button disabled={props.busy} onClick={props.onUseTheirs}>
          {t("useTheirs")}
        </Button>
      </div>
    </section>
  );
}

/**
 * The version a form saves over: the stored one from the last read, or the one the last save answered until
 * a read brings it (two saves in a row without a 412 against oneself).
 */
export function useSavedVersion(stored: string): [string, (saved: string) => void] {
  const [saved, setSaved] = useState<{ basedOn: string; version: string } | undefined>();
  const version = saved !== undefined && saved.basedOn === stored ? saved.version : stored;
  const remember = useCallback((next: string) => setSaved({ basedOn: stored, version: next }), [stored]);
  return [version, remember];
}
