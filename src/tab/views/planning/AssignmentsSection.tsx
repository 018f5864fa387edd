import { useId, useState } from "react";
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { BoardPlan } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { useLocale, usePorts, useStrings } from "../../app";
import { newEntityId } from "../shared/ids";
import { dayOf } from "./PlanSummary";
import { planningStrings } from "./strings";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** The nämnd's uppdrag to its förvaltningar, and for the owners a form for a new one. */
export function AssignmentsSection(props: {
  desk: PlanDesk;
  plan: BoardPlan;
  edit: boolean;
  onReload: () => void;
}) {
  const { desk, plan, edit, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { locale } = useLocale();
  const headingId = useId();
  const assignments = desk.assignments.map((a) => a.value).filter((a) => a.boardPlanId === plan.id);
  const unitName = (id: string): string => desk.units.find((u) => u.id === id)?.name ?? "";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("assignmentsHeading")}
      </h2>
      {assignments.length === 0 ? <p>{t("noAssignments")}</p> : null}
      <ul className={styles.list}>
        {assignments.map((a) => (
          <li key={a.id} className={styles.card}>
            <h3 className={styles.cardHeading}>{a.title}</h3>
            <span className={styles.muted}>
              {t("assignmentLine", {
                unit: unitName(a.toAdministrationUnitId),
                date: dayOf(a.dueDate, locale),
              })}
            </span>
            {a.decisionReference === undefined ? null : (
              <span className={styles.muted}>{t("decision", { reference: a.decisionReference })}</span>
            )}
            {a.description === undefined ? null : <p className={styles.preWrap}>{a.description}</p>}
          </li>
        ))}
      </ul>
      {edit ? <AssignmentForm desk={desk} plan={plan} onDone={onReload} /> : null}
    </section>
  );
}

function AssignmentForm(props: { desk: PlanDesk; plan: BoardPlan; onDone: () => void }) {
  const { desk, plan, onDone } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const headingId = useId();
  const administrations = desk.units.filter(
    (u) => u.parentId === plan.boardUnitId && u.kind === "administration",
  );
  const fresh = () => newEntityId(`${plan.id}-upp`, clock.now());
  const [id, setId] = useState(fresh);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [to, setTo] = useState(administrations[0]?.id ?? "");
  const [focusArea, setFocusArea] = useState("");
  const [due, setDue] = useState("");
  const [reference, setReference] = useState("");
  const [shown, setShown] = useState(false);
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (title.trim() === "" || due === "" || to === "") return;
        void run(
          () =>
            plans.addItem("board-plans", plan.id, "assignments", {
              id,
              toAdministrationUnitId: to,
              title: title.trim(),
              ...(description.trim() === "" ? {} : { description: description.trim() }),
              ...(focusArea === "" ? {} : { focusAreaId: focusArea }),
              dueDate: due,
              ...(reference.trim() === "" ? {} : { decisionReference: reference.trim() }),
            }),
          t("added"),
          () => {
            setTitle("");
            setDescription("");
            setDue("");
            setReference("");
            setShown(false);
            setId(fresh());
            onDone();
          },
        );
      }}
    >
      <h3 id={headingId} className={styles.cardHeading}>
        {t("addAssignment")}
      </h3>
      <div className={styles.fields}>
        <Field
          label={t("assignmentTitle")}
          required
          validationMessage={shown && title.trim() === "" ? t("required") : undefined}
        >
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("toAdministration")} required>
          <Select className={styles.control} value={to} onChange={(_, d) => setTo(d.value)}>
            {administrations.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("focusArea")}>
          <Select className={styles.control} value={focusArea} onChange={(_, d) => setFocusArea(d.value)}>
            <option value="">{t("noFocusArea")}</option>
            {desk.focusAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.heading}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("dueDate")}
          required
          validationMessage={shown && due === "" ? t("badDate") : undefined}
        >
          <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
        </Field>
        <Field label={t("decisionReference")} hint={t("decisionHint")}>
          <Input value={reference} onChange={(_, d) => setReference(d.value)} />
        </Field>
      </div>
      <Field label={t("description")}>
        <Textarea value={description} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("adding") : t("add")}
        </Button>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}
