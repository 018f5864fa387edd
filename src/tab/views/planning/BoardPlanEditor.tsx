import { useId, useState } from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";
import { boardPlanSchema, type BoardPlan, type FocusArea, type Versioned } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { usePorts, useStrings } from "../../app";
import { AssignmentsSection } from "./AssignmentsSection";
import { IndicatorsSection, UntranslatedSection } from "./IndicatorSections";
import { planningStrings } from "./strings";
import { StoredChoice } from "./StoredChoice";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** The verksamhetsplan's content: tolkning per målområde, translated indicators with etappmål, uppdrag. */
export function BoardPlanEditor(props: {
  desk: PlanDesk;
  plan: BoardPlan;
  version: string;
  edit: boolean;
  onPlanSaved: (plan: Versioned<BoardPlan>) => void;
  onReload: () => void;
}) {
  const { desk, plan, version, edit, onPlanSaved, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const headingId = useId();
  return (
    <>
      <section className={styles.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.sectionHeading}>
          {t("interpretationsHeading")}
        </h2>
        <ul className={styles.list}>
          {desk.focusAreas.map((area) => (
            <Interpretation
              key={area.id}
              area={area}
              plan={plan}
              version={version}
              edit={edit}
              onSaved={onPlanSaved}
              onReload={onReload}
            />
          ))}
        </ul>
      </section>
      <UntranslatedSection desk={desk} plan={plan} edit={edit} onReload={onReload} />
      <IndicatorsSection desk={desk} plan={plan} edit={edit} onReload={onReload} />
      <AssignmentsSection desk={desk} plan={plan} edit={edit} onReload={onReload} />
    </>
  );
}

function Interpretation(props: {
  area: FocusArea;
  plan: BoardPlan;
  version: string;
  edit: boolean;
  onSaved: (plan: Versioned<BoardPlan>) => void;
  onReload: () => void;
}) {
  const { area, plan, version, edit, onSaved, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans } = usePorts();
  const { state, run, clear } = usePlanAction();
  const stored = plan.interpretations.find((i) => i.focusAreaId === area.id)?.text ?? "";
  const [text, setText] = useState(stored);
  const [missing, setMissing] = useState(false);
  const headingId = useId();
  // A stale version answered with what is stored now: offer it beside what was typed (nothing is lost).
  const current = boardPlanSchema.safeParse(state.current?.value);
  const theirs = current.success
    ? (current.data.interpretations.find((i) => i.focusAreaId === area.id)?.text ?? "")
    : undefined;
  const save = (from: string): void => {
    if (text.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    void run(() => plans.writeInterpretation(plan.id, area.id, text.trim(), from).then(onSaved), t("saved"));
  };
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.cardHeading}>
        {area.heading}
      </h3>
      {edit ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            save(version);
          }}
        >
          <Field
            label={t("interpretation", { area: area.heading })}
            validationMessage={missing ? t("required") : undefined}
          >
            <Textarea value={text} resize="vertical" onChange={(_, data) => setText(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={state.busy}>
              {state.busy ? t("saving") : t("save")}
            </Button>
          </div>
          <ActionStatus state={state} onReload={onReload} />
          {theirs === undefined || state.current === undefined ? null : (
            <StoredChoice
              text={theirs === "" ? t("noInterpretation") : theirs}
              busy={state.busy}
              onKeepMine={() => save(state.current?.version ?? version)}
              onUseTheirs={() => {
                setText(theirs);
                clear();
                onReload();
              }}
            />
          )}
        </form>
      ) : (
        <p className={styles.preWrap}>{stored === "" ? t("noInterpretation") : stored}</p>
      )}
    </li>
  );
}
