import { useId, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import { CORE_VALUES, type IndividualGoal } from "../../../domain";
import { useStrings } from "../../app";
import { useSave } from "../../hooks";
import { ChainTrail } from "../shared";
import { ConflictChoice } from "./ConflictChoice";
import { changesAgreedContent, type GoalDraft } from "./goalDraft";
import type { ActivityWithChain } from "./myGoalsModel";
import { FormActions, SaveFailedBar } from "./FormFooter";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

export interface GoalEditorProps {
  heading: string;
  initial: GoalDraft;
  activities: readonly ActivityWithChain[];
  /** The stored goal when editing; absent when creating. */
  before?: IndividualGoal;
  /** Stores the draft; `overVersion` when the person chose to save over someone else's newer version. */
  write: (draft: GoalDraft, overVersion?: string) => Promise<void>;
  onSaved: () => void;
  onCancel: () => void;
  /** After a conflict: drop the draft and show what the other person saved. */
  onUseTheirs: () => void;
}

/** Create or edit a goal: what it is, which activities it serves, when it is followed up. */
export function GoalEditor(props: GoalEditorProps) {
  const { heading, initial, activities, before, write, onSaved, onCancel, onUseTheirs } = props;
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  const ids = useId();
  const [draft, setDraft] = useState<GoalDraft>(initial);
  const [newDate, setNewDate] = useState("");
  const [showErrors, setShowErrors] = useState(false);
  const saver = useSave();

  const titleMissing = draft.title.trim() === "";
  const activitiesMissing = draft.activityIds.length === 0;
  const saving = saver.state.status === "saving";

  const submit = async (overVersion?: string) => {
    setShowErrors(true);
    if (titleMissing || activitiesMissing) return;
    const done = await saver.save(async () => {
      await write(draft, overVersion);
      return true;
    });
    if (done) onSaved();
  };

  const toggleActivity = (id: string, checked: boolean) =>
    setDraft((d) => ({
      ...d,
      activityIds: checked ? [...d.activityIds, id] : d.activityIds.filter((x) => x !== id),
    }));

  const addDate = () => {
    if (newDate === "" || draft.followUpDates.includes(newDate)) return;
    setDraft((d) => ({ ...d, followUpDates: [...d.followUpDates, newDate].sort() }));
    setNewDate("");
  };

  return (
    <form
      // Our own Swedish messages instead of the browser's bubbles in the browser's language.
      noValidate
      className={styles.form}
      aria-labelledby={`${ids}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${ids}-heading`} className={styles.cardHeading}>
        {heading}
      </h3>
      <Field
        label={t("goalTitle")}
        required
        size="large"
        validationMessage={showErrors && titleMissing ? t("titleRequired") : undefined}
      >
        <Input
          size="large"
          value={draft.title}
          onChange={(_, data) => setDraft((d) => ({ ...d, title: data.value }))}
        />
      </Field>
      <Field label={t("goalDescription")} size="large">
        <Textarea
          resize="vertical"
          value={draft.description}
          onChange={(_, data) => setDraft((d) => ({ ...d, description: data.value }))}
        />
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={`${ids}-activities-help`}>
        <legend className={styles.legend}>{t("linkActivities")}</legend>
        <span
          id={`${ids}-activities-help`}
          className={showErrors && activitiesMissing ? styles.warning : styles.muted}
        >
          {showErrors && activitiesMissing ? t("activitiesRequired") : t("linkActivitiesHelp")}
        </span>
        {activities.map(({ activity, chain }) => (
          <div key={activity.id}>
            <Checkbox
              size="large"
              label={activity.title}
              checked={draft.activityIds.includes(activity.id)}
              onChange={(_, data) => toggleActivity(activity.id, data.checked === true)}
            />
            <div className={styles.option}>
              <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} />
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("coreValues")}</legend>
        <div className={styles.row}>
          {CORE_VALUES.map((value) => (
            <Checkbox
              key={value}
              label={t(`coreValue.${value}`)}
              checked={draft.coreValues.includes(value)}
              onChange={(_, data) =>
                setDraft((d) => ({
                  ...d,
                  coreValues:
                    data.checked === true
                      ? [...d.coreValues, value]
                      : d.coreValues.filter((v) => v !== value),
                }))
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("followUpDates")}</legend>
        {draft.followUpDates.length === 0 ? (
          <span className={styles.muted}>{t("noFollowUpDates")}</span>
        ) : null}
        <ul className={styles.list}>
          {draft.followUpDates.map((date) => (
            <li key={date} className={styles.row}>
              <span>{date}</span>
              <Button
                appearance="subtle"
                onClick={() =>
                  setDraft((d) => ({ ...d, followUpDates: d.followUpDates.filter((x) => x !== date) }))
                }
              >
                {t("removeFollowUpDate", { date })}
              </Button>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <Field label={t("addFollowUpDate")}>
            <Input type="date" value={newDate} onChange={(_, data) => setNewDate(data.value)} />
          </Field>
          <Button onClick={addDate} disabled={newDate === ""}>
            {t("addFollowUpDate")}
          </Button>
        </div>
      </fieldset>
      {before &&
      changesAgreedContent(before, draft) &&
      (before.agreedByEmployeeAt || before.agreedByManagerAt) ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("reagreeNotice")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {saver.state.status === "failed" ? (
        <SaveFailedBar error={saver.state.error} lead={t("saveFailed")} onRetry={() => void submit()} />
      ) : null}
      {saver.state.status === "conflict" ? (
        <ConflictChoice
          mine={draft}
          theirs={saver.state.current.value}
          activities={activities}
          onKeepMine={(version) => void submit(version)}
          version={saver.state.current.version}
          onUseTheirs={onUseTheirs}
        />
      ) : null}
      <FormActions saving={saving} onCancel={onCancel} />
    </form>
  );
}
