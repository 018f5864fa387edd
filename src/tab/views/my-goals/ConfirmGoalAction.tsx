import { useLayoutEffect, useId, useRef, type KeyboardEvent } from "react";
import { Button } from "@fluentui/react-components";
import { useStrings } from "../../app";
import type { Confirming } from "./useMyGoalsPage";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

/**
 * Asks before a goal is deleted or withdrawn, inside its card: focus lands on the question, Escape or
 * "Avbryt" gives it back to the button that asked.
 */
export function ConfirmGoalAction(props: {
  confirming: Confirming;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { confirming, busy, onConfirm, onCancel } = props;
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  const ids = useId();
  const ref = useRef<HTMLDivElement>(null);
  // Before the browser paints: the button that asked has just left the page.
  useLayoutEffect(() => ref.current?.focus(), []);
  const title = confirming.goal.title;
  const remove = confirming.action === "delete";

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };

  return (
    <div
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={`${ids}-question`}
      className={styles.confirm}
      onKeyDown={onKeyDown}
    >
      <p id={`${ids}-question`} className={styles.paragraph}>
        {remove ? t("deleteConfirm", { title }) : t("withdrawConfirm", { title })}
      </p>
      <div className={styles.actions}>
        <Button appearance="primary" size="large" onClick={onConfirm} disabledFocusable={busy}>
          {remove ? t("deleteConfirmButton") : t("withdrawConfirmButton")}
        </Button>
        <Button size="large" onClick={onCancel} disabledFocusable={busy}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
