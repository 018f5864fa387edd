import { useId } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from "@fluentui/react-components";
import {
  MISSING_DATA_REASONS,
  type IndicatorOutcome,
  type IndicatorRef,
  type MissingDataReason,
  type Versioned,
} from "../../../domain";
import { useStrings } from "../../app";
import { draftProblems } from "./outcomeEntry";
import { indicatorStrings } from "./strings";
import { useIndicatorStyles } from "./useIndicatorStyles.styles";
import { useOutcomeForm } from "./useOutcomeForm";

/**
 * An outcome recorded by hand, or a stored manual one corrected: the period (new only), a value — total,
 * and kvinnor/män where the indicator is split — or the reason there is none, and a comment. Someone else's
 * save first is shown beside what was typed, with "Spara mitt" and "Använd det sparade".
 */
export function OutcomeForm(props: {
  indicator: IndicatorRef;
  unit: string;
  split: boolean;
  defaultPeriod: string;
  existing?: Versioned<IndicatorOutcome>;
  describe: (outcome: IndicatorOutcome) => string;
  onCancel?: () => void;
  onSaved: () => void;
}) {
  const { indicator, unit, split, existing, onCancel } = props;
  const t = useStrings(indicatorStrings);
  const styles = useIndicatorStyles();
  const headingId = useId();
  const form = useOutcomeForm({
    indicator,
    split,
    defaultPeriod: props.defaultPeriod,
    ...(existing === undefined ? {} : { existing }),
    onSaved: props.onSaved,
  });
  const { draft, set, state } = form;
  const problems = form.shown ? draftProblems(draft, split) : {};
  const message = (problem: "required" | "number" | "period" | undefined): string | undefined =>
    problem === undefined
      ? undefined
      : t(problem === "required" ? "required" : problem === "number" ? "badNumber" : "badPeriod");
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      // The form's own Swedish messages say what is missing, not the browser's.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <h3 id={headingId} className={styles.cardHeading}>
        {existing === undefined ? t("newOutcome") : t("correctOutcome", { period: existing.value.period })}
      </h3>
      <div className={styles.fields}>
        {existing === undefined ? (
          <Field
            label={t("outcomePeriod")}
            hint={t("outcomePeriodHint")}
            required
            validationMessage={message(problems.period)}
          >
            <Input inputMode="numeric" value={draft.period} onChange={(_, d) => set("period", d.value)} />
          </Field>
        ) : null}
        <Field label={t("hasValue")}>
          <RadioGroup
            value={draft.kind}
            onChange={(_, d) => set("kind", d.value === "missing" ? "missing" : "value")}
          >
            <Radio value="value" label={t("kindValue")} />
            <Radio value="missing" label={t("kindMissing")} />
          </RadioGroup>
        </Field>
      </div>
      {draft.kind === "value" ? (
        <div className={styles.fields}>
          <Field label={t("totalValue", { unit })} required validationMessage={message(problems.total)}>
            <Input inputMode="decimal" value={draft.total} onChange={(_, d) => set("total", d.value)} />
          </Field>
          {split ? (
            <>
              <Field label={t("womenValue")} validationMessage={message(problems.women)}>
                <Input inputMode="decimal" value={draft.women} onChange={(_, d) => set("women", d.value)} />
              </Field>
              <Field label={t("menValue")} validationMessage={message(problems.men)}>
                <Input inputMode="decimal" value={draft.men} onChange={(_, d) => set("men", d.value)} />
              </Field>
            </>
          ) : null}
        </div>
      ) : (
        <Field label={t("missingReason")} required>
          <Select
            className={styles.control}
            value={draft.reason}
            onChange={(_, d) => set("reason", d.value as MissingDataReason)}
          >
            {MISSING_DATA_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`missing.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("comment")}>
        <Textarea value={draft.comment} resize="vertical" onChange={(_, d) => set("comment", d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("saving") : t("saveOutcome")}
        </Button>
        {onCancel === undefined ? null : (
          <Button onClick={onCancel}>{state.done === undefined ? t("cancel") : t("close")}</Button>
        )}
      </div>
      <span role="status" aria-live="polite">
        {state.done ?? ""}
      </span>
      {state.error === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.theirs === undefined ? null : (
        <section className={styles.card} aria-label={t("conflictTitle")}>
          <p className={styles.preWrap}>
            {t("conflictStored", { text: props.describe(state.theirs.value) })}
          </p>
          <div className={styles.actions}>
            <Button disabled={state.busy} onClick={form.keepMine}>
              {t("keepMine")}
            </Button>
            <Button disabled={state.busy} onClick={form.useTheirs}>
              {t("useTheirs")}
            </Button>
          </div>
        </section>
      )}
    </form>
  );
}
