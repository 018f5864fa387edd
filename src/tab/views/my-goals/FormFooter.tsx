import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { sharedStrings } from "../../components/strings";
import { describeError } from "../../hooks";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

/** A failed save, said in Swedish with the reason, and a retry; the form keeps what was typed. */
export function SaveFailedBar(props: { error: unknown; lead?: string; onRetry: () => void }): JSX.Element {
  const t = useStrings(myGoalsStrings);
  const shared = useStrings(sharedStrings);
  const described = describeError(props.error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {props.lead === undefined ? "" : `${props.lead} `}
        {shared(described.key)} {described.detail ?? ""}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{t("retry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Save and cancel, large for two people at one screen; both wait while a save is under way. */
export function FormActions(props: { saving: boolean; onCancel: () => void }): JSX.Element {
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  return (
    <div className={styles.actions}>
      <Button type="submit" appearance="primary" size="large" disabled={props.saving}>
        {props.saving ? t("saving") : t("save")}
      </Button>
      <Button size="large" onClick={props.onCancel} disabled={props.saving}>
        {t("cancel")}
      </Button>
    </div>
  );
}
