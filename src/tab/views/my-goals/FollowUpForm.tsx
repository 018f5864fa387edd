import { useId, useState } from "react";
import { Field, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus, type IndividualGoal } from "../../../domain";
import { useStrings } from "../../app";
import { useSave, useStatusText } from "../../hooks";
import type { FollowUpDraft } from "./followUpDraft";
import { FormActions, SaveFailedBar } from "./FormFooter";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

const isFollowUpStatus = (value: string): value is FollowUpStatus =>
  (FOLLOW_UP_STATUSES as readonly string[]).includes(value);

/** Record how a goal is going at one of its follow-up dates: status and a comment. */
export function FollowUpForm(props: {
  goal: IndividualGoal;
  /** The agreed dates not yet answered; the form offers them and "today". */
  dates: readonly string[];
  initialAnswer: string | undefined;
  write: (draft: FollowUpDraft) => Promise<FollowUp>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { goal, dates, initialAnswer, write, onSaved, onCancel } = props;
  const t = useStrings(myGoalsStrings);
  const statusText = useStatusText();
  const styles = useMyGoalsStyles();
  const ids = useId();
  const [draft, setDraft] = useState<FollowUpDraft>({
    ...(initialAnswer === undefined ? {} : { answers: initialAnswer }),
    status: "on-track",
    comment: "",
  });
  const saver = useSave();
  const saving = saver.state.status === "saving";

  const submit = async () => {
    const saved = await saver.save(() => write(draft));
    if (saved) onSaved();
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={`${ids}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${ids}-heading`} className={styles.cardHeading}>
        {t("followUpFor")} {goal.title}
      </h4>
      <Field label={t("followUpPeriod")} size="large">
        <Select
          value={draft.answers ?? ""}
          onChange={(_, data) =>
            setDraft((d) => {
              const { answers: _previous, ...rest } = d;
              return data.value === "" ? rest : { ...rest, answers: data.value };
            })
          }
        >
          <option value="">{t("followUpToday")}</option>
          {dates.map((date) => (
            <option key={date} value={date}>
              {date}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("followUpStatus")} size="large">
        <RadioGroup
          value={draft.status}
          onChange={(_, data) => {
            const status = data.value;
            if (isFollowUpStatus(status)) setDraft((d) => ({ ...d, status }));
          }}
        >
          {FOLLOW_UP_STATUSES.map((status) => (
            <Radio key={status} value={status} label={statusText(status)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("followUpComment")} size="large">
        <Textarea
          resize="vertical"
          value={draft.comment}
          onChange={(_, data) => setDraft((d) => ({ ...d, comment: data.value }))}
        />
      </Field>
      {saver.state.status === "failed" ? (
        <SaveFailedBar error={saver.state.error} onRetry={() => void submit()} />
      ) : null}
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
