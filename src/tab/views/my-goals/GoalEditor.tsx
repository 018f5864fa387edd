import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from "@fluentui/react-components";
import {
  CORE_VALUES,
  GOAL_TITLE_MAX_LENGTH,
  isAgreed,
  type IndividualGoal,
  type Versioned,
} from "../../../domain";
import { useStrings } from "../../app";
import { useSave } from "../../hooks";
import { ChainTrail } from "../shared";
import { ConflictChoice } from "./ConflictChoice";
import { goalFieldProblems, type FieldProblem, type GoalField, type Message } from "./fieldErrors";
import { changesAgreedContent, contentOf, type GoalDraft } from "./goalDraft";
import { isoOfDate, parseIsoDate } from "./isoDates";
import type { ActivityWithChain } from "./myGoalsModel";
import { FailureBar, FormActions } from "./FormFooter";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

// The calendar is a chunk of its own, fetched when a form opens (and prefetched once Mina mål is shown).
const FollowUpDatePicker = lazy(
  () => import(/* webpackChunkName: "date-picker", webpackPrefetch: true */ "./FollowUpDatePicker"),
);

export interface GoalEditorProps {
  heading: string;
  initial: GoalDraft;
  activities: readonly ActivityWithChain[];
  /** The stored goal when editing; absent when creating. */
  before?: IndividualGoal;
  /** Today in the municipality's calendar: new follow-up dates are today or later. */
  today: string;
  /** Stores the draft; `overVersion` when the person chose to save over someone else's newer version. */
  write: (draft: GoalDraft, overVersion?: string) => Promise<Versioned<IndividualGoal> | undefined>;
  onSaved: (saved: Versioned<IndividualGoal>) => void;
  onCancel: () => void;
  /** After a conflict: drop the draft and show what the other person saved. */
  onUseTheirs: () => void;
}

/** A day a month after `today`, for an example people can copy. */
const exampleDay = (today: string): string =>
  isoOfDate(new Date(Date.parse(`${today}T12:00:00Z`) + 30 * 86_400_000));

/** What is wrong with a typed follow-up date, naming it when it is short enough to be read back. */
function typedDateProblem(typed: string, problem: "unreadable" | "past", today: string): Message {
  const date = typed.trim();
  if (problem === "past" && date !== "") return { key: "datePast", values: { date } };
  return date !== "" && date.length <= 12
    ? { key: "dateInvalid", values: { date, example: exampleDay(today) } }
    : { key: "dateUnreadable", values: { example: exampleDay(today) } };
}

/** The problems the form finds itself, before anything is sent. */
function localProblems(draft: GoalDraft, submitted: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.title.trim().length > GOAL_TITLE_MAX_LENGTH) {
    problems.push({ field: "title", key: "titleTooLong", values: { max: GOAL_TITLE_MAX_LENGTH } });
  } else if (submitted && draft.title.trim() === "") {
    problems.push({ field: "title", key: "titleRequired" });
  }
  if (submitted && draft.activityIds.length === 0) {
    problems.push({ field: "activities", key: "activitiesRequired" });
  }
  return problems;
}

/** Create or edit a goal: what it is, which activities it serves, when it is followed up. */
export function GoalEditor(props: GoalEditorProps) {
  const { heading, initial, activities, before, today, write, onSaved, onCancel, onUseTheirs } = props;
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  const ids = useId();
  const [draft, setDraft] = useState<GoalDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [sentProblems, setSentProblems] = useState<FieldProblem[]>([]);
  const [newDate, setNewDate] = useState("");
  const [dateProblem, setDateProblem] = useState<Message | undefined>(undefined);
  const [pickerKey, setPickerKey] = useState(0);
  const [dateNews, setDateNews] = useState("");
  const saver = useSave();
  const saving = saver.state.status === "saving";

  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const firstActivityRef = useRef<HTMLInputElement>(null);
  const firstCoreValueRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const focusPickerAfterRender = useRef(false);

  // Focus starts in the form: on the first field, before the browser paints (the button that opened the form
  // has just left the page, and focus must not rest on the page's body in between).
  useLayoutEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (!focusPickerAfterRender.current) return;
    focusPickerAfterRender.current = false;
    pickerRef.current?.focus();
  }, [pickerKey, draft.followUpDates]);

  const problems = [...localProblems(draft, submitted), ...sentProblems];
  const problemOf = (field: GoalField): string | undefined => {
    const found = problems.find((p) => p.field === field);
    return found === undefined ? undefined : t(found.key, found.values);
  };
  const fieldRefs: Record<GoalField, { current: HTMLElement | null }> = {
    title: titleRef,
    description: descriptionRef,
    activities: firstActivityRef,
    coreValues: firstCoreValueRef,
    followUpDates: pickerRef,
    form: failureRef,
  };
  const focusFirst = (found: readonly FieldProblem[]) => {
    const first = found[0];
    // The failure bar renders with the next state; give it a frame.
    if (first !== undefined) requestAnimationFrame(() => fieldRefs[first.field].current?.focus());
  };

  const change = (next: (d: GoalDraft) => GoalDraft) => {
    setSentProblems([]);
    setDraft(next);
  };

  const submit = async (overVersion?: string) => {
    if (saving) return;
    setSubmitted(true);
    const own = localProblems(draft, true);
    if (own.length > 0) {
      focusFirst(own);
      return;
    }
    let refused: unknown;
    const saved = await saver.save(async () => {
      try {
        const result = await write(draft, overVersion);
        if (result === undefined) throw new Error("Inget att spara");
        return result;
      } catch (error: unknown) {
        refused = error;
        throw error;
      }
    });
    if (saved !== undefined) {
      onSaved(saved);
      return;
    }
    const found = goalFieldProblems(refused, contentOf(draft).followUpDates, today);
    setSentProblems(found);
    if (found.length > 0) focusFirst(found);
    else requestAnimationFrame(() => (conflictRef.current ?? failureRef.current)?.focus());
  };

  const toggleActivity = (id: string, checked: boolean) =>
    change((d) => ({
      ...d,
      activityIds: checked ? [...d.activityIds, id] : d.activityIds.filter((x) => x !== id),
    }));

  const addDate = () => {
    const text = newDate.trim();
    let problem: Message | undefined;
    if (text === "") problem = dateProblem ?? { key: "dateMissing" };
    else if (parseIsoDate(text) === undefined) problem = typedDateProblem(text, "unreadable", today);
    else if (text < today) problem = typedDateProblem(text, "past", today);
    else if (draft.followUpDates.includes(text)) problem = { key: "dateTwice", values: { date: text } };
    setDateProblem(problem);
    if (problem !== undefined) {
      pickerRef.current?.focus();
      return;
    }
    change((d) => ({ ...d, followUpDates: [...d.followUpDates, text].sort() }));
    setNewDate("");
    setDateNews(t("dateAdded", { date: text }));
    focusPickerAfterRender.current = true;
    setPickerKey((k) => k + 1);
  };

  const removeDate = (date: string) => {
    change((d) => ({ ...d, followUpDates: d.followUpDates.filter((x) => x !== date) }));
    setDateNews(t("dateRemoved", { date }));
    focusPickerAfterRender.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Escape leaves the form (the calendar, when open, takes its own Escape first).
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };

  const wasAgreed =
    before !== undefined &&
    (before.agreedByEmployeeAt !== undefined || before.agreedByManagerAt !== undefined);
  const losesAgreement = wasAgreed && changesAgreedContent(before, draft);
  const titleLength = draft.title.trim().length;
  const formProblem = problemOf("form");
  const datesProblem =
    dateProblem === undefined ? problemOf("followUpDates") : t(dateProblem.key, dateProblem.values);

  return (
    <form
      // Our own Swedish messages instead of the browser's bubbles in the browser's language.
      noValidate
      className={styles.form}
      aria-labelledby={`${ids}-heading`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${ids}-heading`} className={styles.cardHeading}>
        {heading}
      </h3>
      {before !== undefined && isAgreed(before) ? (
        <p className={styles.paragraph}>{t("agreedEditHint")}</p>
      ) : null}
      <Field
        label={t("goalTitle")}
        required
        size="large"
        hint={t("titleCount", { count: titleLength, max: GOAL_TITLE_MAX_LENGTH })}
        validationMessage={problemOf("title")}
      >
        <Input
          ref={titleRef}
          size="large"
          value={draft.title}
          onChange={(_, data) => change((d) => ({ ...d, title: data.value }))}
        />
      </Field>
      <Field label={t("goalDescription")} size="large" validationMessage={problemOf("description")}>
        <Textarea
          ref={descriptionRef}
          resize="vertical"
          value={draft.description}
          onChange={(_, data) => change((d) => ({ ...d, description: data.value }))}
        />
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={`${ids}-activities-help`}>
        <legend className={styles.legend}>{t("linkActivities")}</legend>
        {problemOf("activities") === undefined ? (
          <span id={`${ids}-activities-help`} className={styles.muted}>
            {t("linkActivitiesHelp")}
          </span>
        ) : (
          <span id={`${ids}-activities-help`} role="alert" className={styles.warning}>
            {problemOf("activities")}
          </span>
        )}
        {activities.map(({ activity, chain }, index) => (
          <div key={activity.id}>
            <Checkbox
              size="large"
              label={activity.title}
              checked={draft.activityIds.includes(activity.id)}
              onChange={(_, data) => toggleActivity(activity.id, data.checked === true)}
              {...(index === 0 ? { ref: firstActivityRef } : {})}
            />
            <div className={styles.option}>
              <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} />
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("coreValues")}</legend>
        {problemOf("coreValues") === undefined ? null : (
          <span role="alert" className={styles.warning}>
            {problemOf("coreValues")}
          </span>
        )}
        <div className={styles.row}>
          {CORE_VALUES.map((value, index) => (
            <Checkbox
              key={value}
              label={t(`coreValue.${value}`)}
              checked={draft.coreValues.includes(value)}
              {...(index === 0 ? { ref: firstCoreValueRef } : {})}
              onChange={(_, data) =>
                change((d) => ({
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
        ) : (
          <ul className={styles.dateList}>
            {draft.followUpDates.map((date) => (
              <li key={date} className={styles.row}>
                <span>{date}</span>
                <Button appearance="subtle" onClick={() => removeDate(date)}>
                  {t("removeFollowUpDate", { date })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {/* Label, then the field with its button on one line, then help and errors: an error appearing
            under the line never moves the button from under a pointer on its way to it. */}
        <div className={styles.dateAdder}>
          <Label htmlFor={`${ids}-date`} size="large">
            {t("newFollowUpDate")}
          </Label>
          <div className={styles.dateLine}>
            <Suspense fallback={<Input size="large" disabled placeholder="ÅÅÅÅ-MM-DD" />}>
              <FollowUpDatePicker
                key={pickerKey}
                ref={pickerRef}
                id={`${ids}-date`}
                min={today}
                aria-describedby={
                  datesProblem === undefined ? `${ids}-date-help` : `${ids}-date-problem ${ids}-date-help`
                }
                aria-invalid={datesProblem !== undefined}
                onTextChange={(text) => {
                  setNewDate(text);
                  setDateProblem(undefined);
                }}
                onChecked={(problem) =>
                  setDateProblem(
                    problem === undefined ? undefined : typedDateProblem(newDate, problem, today),
                  )
                }
              />
            </Suspense>
            <Button size="large" onClick={addDate}>
              {t("addFollowUpDate")}
            </Button>
          </div>
          <span id={`${ids}-date-help`} className={styles.muted}>
            {t("newFollowUpDateHelp")}
          </span>
          {datesProblem === undefined ? null : (
            <span id={`${ids}-date-problem`} role="alert" className={styles.warning}>
              {datesProblem}
            </span>
          )}
        </div>
        <div role="status" className={styles.visuallyHidden}>
          {dateNews}
        </div>
      </fieldset>
      <div role="status">
        {losesAgreement ? (
          <MessageBar intent="warning" layout="multiline" id={`${ids}-reagree`}>
            <MessageBarBody>
              <MessageBarTitle>{t("reagreeTitle")}</MessageBarTitle>
              {t("reagreeWarning")}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {saver.state.status === "failed" && formProblem !== undefined ? (
        <MessageBar intent="error" layout="multiline" role="alert" ref={failureRef} tabIndex={-1}>
          <MessageBarBody>
            {t("fixErrors")} {formProblem}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saver.state.status === "failed" && formProblem === undefined && sentProblems.length === 0 ? (
        <FailureBar
          ref={failureRef}
          error={saver.state.error}
          lead={t("saveFailed")}
          onRetry={() => void submit()}
          sentDates={contentOf(draft).followUpDates}
          today={today}
        />
      ) : null}
      {saver.state.status === "conflict" ? (
        <ConflictChoice
          ref={conflictRef}
          mine={draft}
          theirs={saver.state.current.value}
          activities={activities}
          onKeepMine={(version) => void submit(version)}
          version={saver.state.current.version}
          onUseTheirs={onUseTheirs}
        />
      ) : null}
      <FormActions
        saving={saving}
        onCancel={onCancel}
        {...(losesAgreement ? { saveDescribedBy: `${ids}-reagree` } : {})}
      />
    </form>
  );
}
