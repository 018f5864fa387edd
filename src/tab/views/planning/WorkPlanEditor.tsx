import { useId, useState } from "react";
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { LinkTarget, ServedItem, WorkPlan } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { usePorts, useStrings } from "../../app";
import { useLoad } from "../../hooks";
import { newEntityId } from "../shared/ids";
import { planningStrings } from "./strings";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** A link target as a select's value: `<kind>:<id>`, the basuppdrag `core-mission`. */
export const keyOfServed = (serves: ServedItem): string =>
  serves.kind === "core-mission" ? "core-mission" : `${serves.kind}:${serves.id}`;

/** The arbetsplan's activities with what each serves, and for the owners a form offering only valid links. */
export function WorkPlanEditor(props: {
  desk: PlanDesk;
  plan: WorkPlan;
  edit: boolean;
  onReload: () => void;
}) {
  const { desk, plan, edit, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans } = usePorts();
  const headingId = useId();
  const activities = desk.activities.map((a) => a.value).filter((a) => a.workPlanId === plan.id);
  const targets = useLoad(`link-targets|${plan.id}`, () => plans.linkTargets(plan.id));
  const list: readonly LinkTarget[] = targets.state.status === "ready" ? targets.state.data : [];
  const titleOf = (serves: ServedItem): string =>
    serves.kind === "core-mission"
      ? t("coreMission")
      : (list.find((x) => keyOfServed(x.serves) === keyOfServed(serves))?.title ?? "");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("activitiesHeading")}
      </h2>
      {activities.length === 0 ? <p>{t("noActivities")}</p> : null}
      <ul className={styles.list}>
        {activities.map((a) => {
          const served = titleOf(a.serves);
          return (
            <li key={a.id} className={styles.card}>
              <h3 className={styles.cardHeading}>{a.title}</h3>
              {served === "" ? null : (
                <span className={styles.muted}>{t("servesLine", { title: served })}</span>
              )}
              {a.description === undefined ? null : <p className={styles.preWrap}>{a.description}</p>}
            </li>
          );
        })}
      </ul>
      {edit && targets.state.status === "failed" ? <p role="alert">{t("loadTargetsFailed")}</p> : null}
      {edit && targets.state.status === "ready" ? (
        <ActivityForm plan={plan} targets={list} onDone={onReload} />
      ) : null}
    </section>
  );
}

function ActivityForm(props: { plan: WorkPlan; targets: readonly LinkTarget[]; onDone: () => void }) {
  const { plan, targets, onDone } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const headingId = useId();
  const fresh = () => newEntityId(`${plan.id}-akt`, clock.now());
  const [id, setId] = useState(fresh);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [serves, setServes] = useState(targets[0] === undefined ? "" : keyOfServed(targets[0].serves));
  const [shown, setShown] = useState(false);
  const chosen = targets.find((x) => keyOfServed(x.serves) === serves);
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (title.trim() === "" || chosen === undefined) return;
        void run(
          () =>
            plans.addItem("work-plans", plan.id, "activities", {
              id,
              title: title.trim(),
              ...(description.trim() === "" ? {} : { description: description.trim() }),
              serves: chosen.serves,
            }),
          t("added"),
          () => {
            setTitle("");
            setDescription("");
            setShown(false);
            setId(fresh());
            onDone();
          },
        );
      }}
    >
      <h3 id={headingId} className={styles.cardHeading}>
        {t("addActivity")}
      </h3>
      <Field
        label={t("activityTitle")}
        required
        validationMessage={shown && title.trim() === "" ? t("required") : undefined}
      >
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("serves")} hint={t("servesHelp")} required>
        <Select value={serves} onChange={(_, d) => setServes(d.value)}>
          {targets.map((x) => (
            <option key={keyOfServed(x.serves)} value={keyOfServed(x.serves)}>
              {x.serves.kind === "core-mission" ? t("coreMission") : x.title}
            </option>
          ))}
        </Select>
      </Field>
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
