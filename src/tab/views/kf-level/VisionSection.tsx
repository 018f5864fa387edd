import { useId, useState } from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { SavedVision } from "../../../contracts/kfLevelApi";
import { visionSchema } from "../../../domain";
import { useLocale, usePorts, useStrings } from "../../app";
import { dayOf } from "../planning/PlanSummary";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, StoredChoice, useKfAction, useSavedVersion } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

/** The vision (untimed, across mandates) with its latest change; a KF planner changes its wording. */
export function VisionSection(props: {
  saved: SavedVision;
  edit: boolean;
  nameOf: (personId: string | undefined) => string;
  onReload: () => void;
}) {
  const { saved, edit, nameOf, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const { locale } = useLocale();
  const styles = useKfLevelStyles();
  const headingId = useId();
  const { kfLevel } = usePorts();
  const { state, run } = useKfAction();
  const [version, remember] = useSavedVersion(saved.version);
  const { vision } = saved;
  const [text, setText] = useState(vision.text);
  const [decision, setDecision] = useState("");
  const [missing, setMissing] = useState(false);
  const stored = visionSchema.safeParse(state.current?.value);
  const save = (over: string): void => {
    if (text.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    const reference = decision.trim();
    void run(
      async () => {
        const answer = await kfLevel.changeVision(
          { text: text.trim(), ...(reference === "" ? {} : { decisionReference: reference }) },
          over,
        );
        remember(answer.version);
      },
      t("saved"),
      onReload,
    );
  };
  const changed =
    vision.changedAt === undefined
      ? undefined
      : vision.changedBy === undefined
        ? t("visionChanged", { date: dayOf(vision.changedAt, locale) })
        : t("visionChangedBy", { date: dayOf(vision.changedAt, locale), name: nameOf(vision.changedBy) });
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("visionHeading")}
      </h2>
      <p className={styles.preWrap}>{vision.text}</p>
      {changed === undefined ? null : <p className={styles.muted}>{changed}</p>}
      {vision.decisionReference === undefined ? null : (
        <p className={styles.muted}>{t("decision", { reference: vision.decisionReference })}</p>
      )}
      {edit ? (
        <form
          className={styles.form}
          aria-label={t("visionText")}
          onSubmit={(event) => {
            event.preventDefault();
            save(version);
          }}
        >
          <Field label={t("visionText")} validationMessage={missing ? t("required") : undefined}>
            <Textarea value={text} resize="vertical" onChange={(_, data) => setText(data.value)} />
          </Field>
          <Field label={t("decisionReference")} hint={t("decisionHint")}>
            <Input value={decision} onChange={(_, data) => setDecision(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={state.busy}>
              {state.busy ? t("saving") : t("save")}
            </Button>
          </div>
          <KfActionStatus state={state} onReload={onReload} />
          {!stored.success || state.current === undefined ? null : (
            <StoredChoice
              stored={stored.data.text}
              busy={state.busy}
              onKeepMine={() => save(state.current?.version ?? version)}
              onUseTheirs={() => {
                setText(stored.data.text);
                onReload();
              }}
            />
          )}
        </form>
      ) : null}
    </section>
  );
}
