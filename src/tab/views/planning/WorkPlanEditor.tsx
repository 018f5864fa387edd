import { useId, useState } from "react";
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Activity, LinkTarget, ServedItem, Versioned, WorkPlan } from "../../../domain";
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
  const activities = desk.activities.filter((a) => a.value.workPlanId === plan.id);
  const [changing, setChanging] = useState<string | undefined>();
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
        {activities.map((stored) => {
          const a = stored.value;
          const served = titleOf(a.serves);
          return (
            <li key={a.id} className={styles.card}>
              <h3 className={styles.cardHeading}>{a.title}</h3>
              {served === "" ? null : (
                <span className={styles.muted}>{t("servesLine", { title: served })}</span>
              )}
              {a.description === undefined ? null : <p className={styles.preWrap}>{a.description}</p>}
              {edit && targets.state.status === "ready" && changing !== a.id ? (
                <div className={styles.actions}>
                  <Button onClick={() => setChanging(a.id)} aria-label={`${t("change")}: ${a.title}`}>
                    {t("change")}
                  </Button>
                </div>
              ) : null}
              {edit && targets.state.status === "ready" && changing === a.id ? (
                <ActivityForm
                  plan={plan}
                  targets={list}
                  existing={stored}
                  onCancel={() => setChanging(undefined)}
                  // Stays open saying "Sparat." until closed; the card above shows the change.
                  onDone={onReload}
                  onReload={onReload}
                />
              ) : null}
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

/** A new activity, or a change of one (`existing`, from its stored version). */
function ActivityForm(props: {
  plan: WorkPlan;
  targets: readonly LinkTarget[];
  existing?: Versioned<Activity>;
  onCancel?: () => void;
  onDone: () => void;
  onReload?: () => void;
}) {
  const { plan, targets, existing, onCancel, onDone, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const headingId = useId();
  const fresh = () => newEntityId(`${plan.id}-akt`, clock.now());
  const [id, setId] = useState(fresh);
  const [title, setTitle] = useState(existing?.value.title ?? "");
  const [description, setDescription] = useState(existing?.value.description ?? "");
  const [serves, setServes] = useState(() => {
    const now = existing === undefined ? undefined : keyOfServed(existing.value.serves);
    if (now !== undefined && targets.some((x) => keyOfServed(x.serves) === now)) return now;
    return targets[0] === undefined ? "" : keyOfServed(targets[0].serves);
  });
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
        const content = {
          title: title.trim(),
          ...(description.trim() === "" ? {} : { description: description.trim() }),
          serves: chosen.serves,
        };
        if (existing !== undefined) {
          void run(
            () =>
              plans.changeItem(
                "work-plans",
                plan.id,
                "activities",
                existing.value.id,
                content,
                existing.version,
              ),
            t("saved"),
            onDone,
          );
          return;
        }
        void run(
          () => plans.addItem("work-plans", plan.id, "activities", { id, ...content }),
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
        {existing === undefined ? t("addActivity") : t("changeActivity", { title: existing.value.title })}
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
          {existing === undefined
            ? state.busy
              ? t("adding")
              : t("add")
            : state.busy
              ? t("saving")
              : t("save")}
        </Button>
        {onCancel === undefined ? null : (
          <Button onClick={onCancel}>{state.done === undefined ? t("cancel") : t("close")}</Button>
        )}
      </div>
      <ActionStatus state={state} {...(onReload === undefined ? {} : { onReload })} />
    </form>
  );
}
