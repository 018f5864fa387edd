import { useId, useState } from "react";
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { INDICATOR_DIRECTIONS, kfIndicatorSchema, type FocusArea, type KfIndicator } from "../../../domain";
import { usePorts, useStrings } from "../../app";
import { newEntityId } from "../shared/ids";
import {
  draftOf,
  requestFrom,
  type DraftField,
  type DraftProblem,
  type KfIndicatorDraft,
} from "./kfLevelModel";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, StoredChoice, useKfAction } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

/**
 * A KF indicator's form: a new one under a målområde (numbered by the server) or a change of a stored one.
 * What was typed stays when the server refuses; a stale version offers what is stored now.
 */
export function KfIndicatorForm(props: {
  declarationId: string;
  lastYear: number;
  focusAreas: readonly FocusArea[];
  start: KfIndicatorDraft;
  /** The stored indicator and its version when changing one; absent for a new one. */
  stored?: { indicator: KfIndicator; version: string };
  title: string;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { declarationId, lastYear, focusAreas, start, stored, title, onClose, onSaved, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const headingId = useId();
  const { kfLevel, clock } = usePorts();
  const { state, run } = useKfAction();
  const [draft, setDraft] = useState<KfIndicatorDraft>(start);
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  // A retry of a new indicator names the same id, so a lost answer does not add it twice.
  const [newId] = useState(() => newEntityId("kf", clock.now()));
  const [version, setVersion] = useState(stored?.version);
  const theirs = kfIndicatorSchema.safeParse(state.current?.value);
  const set = <K extends keyof KfIndicatorDraft>(key: K, value: KfIndicatorDraft[K]): void =>
    setDraft((d) => ({ ...d, [key]: value }));
  const save = (over: string | undefined): void => {
    const made = requestFrom(draft);
    if ("problems" in made) {
      setProblems(made.problems);
      return;
    }
    setProblems({});
    const { request } = made;
    void run(
      async () => {
        if (stored === undefined || over === undefined) {
          await kfLevel.addIndicator(declarationId, { id: newId, ...request });
          return;
        }
        const answer = await kfLevel.changeIndicator(declarationId, stored.indicator.id, request, over);
        setVersion(answer.version);
      },
      stored === undefined ? t("added") : t("saved"),
      () => {
        onReload();
        if (stored === undefined) onSaved();
      },
    );
  };
  const field = (key: DraftField, label: string, hint?: string) => {
    const problem = problems[key];
    return (
      <Field label={label} hint={hint} validationMessage={problem === undefined ? undefined : t(problem)}>
        <Input value={draft[key]} onChange={(_, data) => set(key, data.value)} />
      </Field>
    );
  };
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        save(version);
      }}
    >
      <h4 id={headingId} className={styles.subHeading}>
        {title}
      </h4>
      {field("name", t("name"))}
      <div className={styles.fields}>
        <Field label={t("focusArea")}>
          <Select
            className={styles.control}
            value={draft.focusAreaId}
            onChange={(_, data) => set("focusAreaId", data.value)}
          >
            {focusAreas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.heading}
              </option>
            ))}
          </Select>
        </Field>
        {field("measureUnit", t("measureUnit"))}
        <Field label={t("direction")}>
          <Select
            className={styles.control}
            value={draft.direction}
            onChange={(_, data) =>
              set("direction", INDICATOR_DIRECTIONS.find((d) => d === data.value) ?? "increase")
            }
          >
            {INDICATOR_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`direction.${d}`)} ({t(`directionGood.${d}`)})
              </option>
            ))}
          </Select>
        </Field>
        {field("baseline", t("baselineValue"))}
        {field("baselineYear", t("baselineYear"))}
        {field("target", t("targetValue"))}
        {field("targetYear", t("targetYear"))}
        {field("koladaKpiId", t("koladaKpiId"))}
        {field("agenda2030Goals", t("goalsOptional"))}
      </div>
      <Checkbox
        label={t("genderSplit")}
        checked={draft.genderSplit}
        onChange={(_, data) => set("genderSplit", data.checked === true)}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("saving") : stored === undefined ? t("add") : t("save")}
        </Button>
        <Button onClick={onClose}>{stored === undefined ? t("cancel") : t("close")}</Button>
      </div>
      <KfActionStatus state={state} onReload={onReload} />
      {!theirs.success || state.current === undefined ? null : (
        <StoredChoice
          stored={`${theirs.data.number}. ${theirs.data.name} (${theirs.data.measureUnit})`}
          busy={state.busy}
          onKeepMine={() => save(state.current?.version)}
          onUseTheirs={() => {
            setDraft(draftOf(theirs.data, lastYear));
            setVersion(state.current?.version);
            onReload();
          }}
        />
      )}
    </form>
  );
}
