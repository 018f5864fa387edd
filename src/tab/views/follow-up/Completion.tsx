import { useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PlanFollowUpBoardAnswer } from "../../../contracts/planFollowUpApi";
import { useLocale, usePorts, useStrings } from "../../app";
import { saveFailureText } from "./failureText";
import { dayOf } from "./ItemFollowUp";
import { followUpStrings } from "./strings";
import { useFollowUpStyles } from "./useFollowUpStyles.styles";

/**
 * The unit's klarmarkering of the period: who marked it and when, the button to mark it (the server
 * refuses while items lack a follow-up, saying how many) and, for the level above, to open it again.
 */
export function Completion(props: {
  answer: PlanFollowUpBoardAnswer;
  headingId: string;
  onChanged: () => void;
}) {
  const { answer, headingId, onChanged } = props;
  const t = useStrings(followUpStrings);
  const { locale } = useLocale();
  const { planFollowUps } = usePorts();
  const styles = useFollowUpStyles();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const mark = answer.completion?.completion;

  const run = async (action: "complete" | "reopen"): Promise<void> => {
    setState({ busy: true });
    try {
      await planFollowUps[action](answer.unit.id, answer.period.id);
      setState({ busy: false });
      onChanged();
    } catch (error: unknown) {
      setState({ busy: false, error: saveFailureText(error, t("saveFailed")) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("completionHeading")}
      </h2>
      <p role="status" className={styles.preWrap}>
        {mark === undefined
          ? t("notCompleted")
          : mark.state === "complete"
            ? t("completedBy", { name: mark.completedByName, date: dayOf(mark.completedAt, locale) })
            : t("reopenedBy", {
                name: mark.reopenedByName ?? "",
                date: mark.reopenedAt === undefined ? "" : dayOf(mark.reopenedAt, locale),
              })}
      </p>
      {answer.may.complete ? <span className={styles.muted}>{t("completeHelp")}</span> : null}
      <div className={styles.actions}>
        {answer.may.complete ? (
          <Button appearance="primary" disabled={state.busy} onClick={() => void run("complete")}>
            {state.busy ? t("completing") : t("complete")}
          </Button>
        ) : null}
        {answer.may.reopen ? (
          <Button disabled={state.busy} onClick={() => void run("reopen")}>
            {t("reopen")}
          </Button>
        ) : null}
      </div>
      {state.error === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
