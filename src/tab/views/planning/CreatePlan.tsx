import { useState } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { OrgUnit, PlanKind, Versioned } from "../../../domain";
import { usePorts, useStrings } from "../../app";
import { newEntityId } from "../shared/ids";
import { planningStrings } from "./strings";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** "Skapa plan": a new utkast for the unit and year (an arbetsplan under the parent unit's plan, found by the server). */
export function CreatePlan(props: {
  unit: OrgUnit;
  year: number;
  kind: PlanKind;
  taken: readonly Versioned<{ id: string }>[];
  onCreated: () => void;
}) {
  const { unit, year, kind, taken, onCreated } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const [title, setTitle] = useState(
    t(kind === "board-plan" ? "defaultBoardTitle" : "defaultWorkTitle", { unit: unit.name, year }),
  );
  const [missing, setMissing] = useState(false);
  // A readable id when free; a retry of the same request answers what the first one stored.
  const [id] = useState(() =>
    taken.some((p) => p.value.id === `${unit.id}-${year}`)
      ? newEntityId(unit.id, clock.now())
      : `${unit.id}-${year}`,
  );
  const submit = (): void => {
    if (title.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    const request = { id, year, title: title.trim() };
    void run(
      () =>
        kind === "board-plan"
          ? plans.createBoardPlan({ ...request, boardUnitId: unit.id })
          : plans.createWorkPlan({ ...request, ownerUnitId: unit.id }),
      t("added"),
      onCreated,
    );
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field label={t("planTitle")} required validationMessage={missing ? t("required") : undefined}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={state.busy}>
          {state.busy ? t("creating") : t("createPlan")}
        </Button>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}
