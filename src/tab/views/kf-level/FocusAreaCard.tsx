import { useId, useState } from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { MandateDesk } from "../../../contracts/kfLevelApi";
import { focusAreaSchema, type FocusArea, type MandatePeriod } from "../../../domain";
import { usePorts, useStrings } from "../../app";
import { Agenda2030Goals } from "../shared";
import { emptyDraft, goalsFrom, goalsText } from "./kfLevelModel";
import { KfIndicatorCard } from "./KfIndicatorCard";
import { KfIndicatorForm } from "./KfIndicatorForm";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, StoredChoice, useKfAction } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

type SavedArea = MandateDesk["focusAreas"][number];

/** One målområde: heading, text for citizens, its Agenda 2030 goals, and its KF indicators. */
export function FocusAreaCard(props: {
  area: SavedArea;
  focusAreas: readonly FocusArea[];
  declarationId: string;
  mandate: MandatePeriod;
  edit: boolean;
  onReload: () => void;
}) {
  const { area, focusAreas, declarationId, mandate, edit, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const { focusArea } = area;
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardHeading}>
        {focusArea.heading}
      </h3>
      <p className={styles.preWrap}>{focusArea.citizenText}</p>
      <Agenda2030Goals goals={focusArea.agenda2030Goals} />
      {edit && !editing ? (
        <div className={styles.actions}>
          <Button onClick={() => setEditing(true)} aria-label={`${t("editArea")}: ${focusArea.heading}`}>
            {t("editArea")}
          </Button>
        </div>
      ) : null}
      {edit && editing ? (
        <FocusAreaForm
          area={area}
          declarationId={declarationId}
          onClose={() => setEditing(false)}
          onReload={onReload}
        />
      ) : null}
      <ul className={styles.list} aria-label={`${t("kfIndicators")}: ${focusArea.heading}`}>
        {area.kfIndicators.map((saved) => (
          <KfIndicatorCard
            key={saved.indicator.id}
            saved={saved}
            focusAreas={focusAreas}
            declarationId={declarationId}
            lastYear={mandate.lastYear}
            edit={edit}
            onReload={onReload}
          />
        ))}
      </ul>
      {area.kfIndicators.length === 0 ? <p className={styles.muted}>{t("noIndicators")}</p> : null}
      {edit && !adding ? (
        <div className={styles.actions}>
          <Button
            onClick={() => setAdding(true)}
            aria-label={t("addIndicator", { heading: focusArea.heading })}
          >
            {t("addIndicatorButton")}
          </Button>
        </div>
      ) : null}
      {edit && adding ? (
        <KfIndicatorForm
          declarationId={declarationId}
          lastYear={mandate.lastYear}
          focusAreas={focusAreas}
          start={emptyDraft(focusArea.id, mandate.firstYear, mandate.lastYear)}
          title={t("addIndicator", { heading: focusArea.heading })}
          onClose={() => setAdding(false)}
          onSaved={() => setAdding(false)}
          onReload={onReload}
        />
      ) : null}
    </li>
  );
}

function FocusAreaForm(props: {
  area: SavedArea;
  declarationId: string;
  onClose: () => void;
  onReload: () => void;
}) {
  const { area, declarationId, onClose, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const { kfLevel } = usePorts();
  const { state, run } = useKfAction();
  const { focusArea } = area;
  const [heading, setHeading] = useState(focusArea.heading);
  const [citizenText, setCitizenText] = useState(focusArea.citizenText);
  const [goals, setGoals] = useState(goalsText(focusArea.agenda2030Goals));
  const [version, setVersion] = useState(area.version);
  const [shown, setShown] = useState(false);
  const theirs = focusAreaSchema.safeParse(state.current?.value);
  const parsedGoals = goalsFrom(goals);
  const save = (over: string): void => {
    setShown(true);
    if (heading.trim() === "" || citizenText.trim() === "" || parsedGoals === undefined) return;
    void run(
      async () => {
        const answer = await kfLevel.changeFocusArea(
          declarationId,
          focusArea.id,
          { heading: heading.trim(), citizenText: citizenText.trim(), agenda2030Goals: parsedGoals },
          over,
        );
        setVersion(answer.version);
      },
      t("saved"),
      onReload,
    );
  };
  return (
    <form
      className={styles.form}
      aria-label={t("editAreaHeading", { heading: focusArea.heading })}
      onSubmit={(event) => {
        event.preventDefault();
        save(version);
      }}
    >
      <Field
        label={t("heading")}
        validationMessage={shown && heading.trim() === "" ? t("required") : undefined}
      >
        <Input value={heading} onChange={(_, data) => setHeading(data.value)} />
      </Field>
      <Field
        label={t("citizenText")}
        validationMessage={shown && citizenText.trim() === "" ? t("required") : undefined}
      >
        <Textarea value={citizenText} resize="vertical" onChange={(_, data) => setCitizenText(data.value)} />
      </Field>
      <Field
        label={t("goals")}
        validationMessage={shown && parsedGoals === undefined ? t("badGoals") : undefined}
      >
        <Input value={goals} onChange={(_, data) => setGoals(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("saving") : t("save")}
        </Button>
        <Button onClick={onClose}>{t("close")}</Button>
      </div>
      <KfActionStatus state={state} onReload={onReload} />
      {!theirs.success || state.current === undefined ? null : (
        <StoredChoice
          stored={`${theirs.data.heading}\n${theirs.data.citizenText}`}
          busy={state.busy}
          onKeepMine={() => save(state.current?.version ?? version)}
          onUseTheirs={() => {
            setHeading(theirs.data.heading);
            setCitizenText(theirs.data.citizenText);
            setGoals(goalsText(theirs.data.agenda2030Goals));
            setVersion(state.current?.version ?? version);
            onReload();
          }}
        />
      )}
    </form>
  );
}
