import { useLayoutEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus, type IndividualGoal } from "../../../domain";
import { useStrings } from "../../app";
import { useSave, useStatusText } from "../../hooks";
import type { FollowUpDraft } from "./followUpDraft";
import { FailureBar, FormActions } from "./FormFooter";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

const isFollowUpStatus = (value: string): value is FollowUpStatus =>
  (FOLLOW_UP_STATUSES as readonly string[]).includes(value);

/** The radio value for "today, answering no planned date". */
const TODAY = "idag";

/**
 * Record how a goal is going: the follow-up is saved with today's date (the server's) and says which planned
 * follow-up it answers, early or late, or that it is one of its own today.
 */
export function FollowUpForm(props: {
  goal: IndividualGoal;
  /** The agreed dates not yet answered; the form offers them and today. */
  dates: readonly string[];
  initialAnswer: string | undefined;
  today: string;
  write: (draft: FollowUpDraft) => Promise<FollowUp>;
  onSaved: (followUp: FollowUp) => void;
  onCancel: () => void;
}) {
  const { goal, dates, initialAnswer, today, write, onSaved, onCancel } = props;
  const t = useStrings(myGoalsStrings);
  const statusText = useStatusText();
  const styles = useMyGoalsStyles();
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<FollowUpDraft>({
    ...(initialAnswer === undefined ? {} : { answers: initialAnswer }),
    status: "on-track",
    comment: "",
  });
  const saver = useSave();
  const saving = saver.state.status === "saving";
  // Today is offered on its own unless it is itself a planned date not yet answered.
  const offersToday = !dates.includes(today);

  // Focus starts in the form, on the choice that is already made, before the browser paints (the button that
  // opened it has just left the page).
  useLayoutEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input:checked, input, textarea")?.focus();
  }, []);

  const submit = async () => {
    if (saving) return;
    const saved = await saver.save(() => write(draft));
    if (saved !== undefined) onSaved(saved);
    else requestAnimationFrame(() => failureRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={`${ids}-heading`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${ids}-heading`} className={styles.cardHeading}>
        {t("followUpFor", { title: goal.title })}
      </h4>
      <Field label={t("followUpAnswers")} hint={t("followUpAnswersHelp", { date: today })} size="large">
        <RadioGroup
          value={draft.answers ?? TODAY}
          onChange={(_, data) =>
            setDraft((d) => {
              const { answers: _previous, ...rest } = d;
              return data.value === TODAY ? rest : { ...rest, answers: data.value };
            })
          }
        >
          {dates.map((date) => (
            <Radio key={date} value={date} label={t("followUpPlanned", { date })} />
          ))}
          {offersToday ? <Radio value={TODAY} label={t("followUpToday", { date: today })} /> : null}
        </RadioGroup>
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
        <FailureBar
          ref={failureRef}
          error={saver.state.error}
          lead={t("followUpSaveFailed")}
          onRetry={() => void submit()}
          today={today}
        />
      ) : null}
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
