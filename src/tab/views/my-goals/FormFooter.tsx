import { forwardRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { describeFailure } from "./fieldErrors";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

/**
 * A failed write said in plain words (announced: role alert), focusable so focus can land on it. "Försök
 * igen" only when sending again can help (the network, the server); a refusal of what was sent is not
 * retried.
 */
export const FailureBar = forwardRef<
  HTMLDivElement,
  {
    error: unknown;
    lead?: string;
    id?: string;
    onRetry?: () => void;
    sentDates?: readonly string[];
    today?: string;
  }
>(function FailureBar(props, ref) {
  const t = useStrings(myGoalsStrings);
  const failure = describeFailure(props.error, props.sentDates, props.today);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" ref={ref} id={props.id} tabIndex={-1}>
      <MessageBarBody>
        {props.lead === undefined ? "" : `${props.lead} `}
        {t(failure.key, failure.values)}
      </MessageBarBody>
      {failure.retry && props.onRetry ? (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
});

/**
 * Save and cancel, large for two people at one screen. While a save is under way both wait but stay
 * focusable, so focus never drops to the page.
 */
export function FormActions(props: {
  saving: boolean;
  onCancel: () => void;
  saveDescribedBy?: string;
}): JSX.Element {
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  return (
    <div className={styles.actions}>
      <Button
        type="submit"
        appearance="primary"
        size="large"
        disabledFocusable={props.saving}
        {...(props.saveDescribedBy === undefined ? {} : { "aria-describedby": props.saveDescribedBy })}
      >
        {props.saving ? t("saving") : t("save")}
      </Button>
      <Button size="large" onClick={props.onCancel} disabledFocusable={props.saving}>
        {t("cancel")}
      </Button>
    </div>
  );
}
