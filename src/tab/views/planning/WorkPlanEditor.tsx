import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Activity, LinkTarget, ServedItem, Versioned, WorkPlan } from "../../../domain";
import { useLoad } from "../../hooks";
import { ItemEditing } from "./ItemEditing";
import { activityKind, emptyActivity, keyOfServed } from "./planItemKinds";
import { PlanItemForm } from "./PlanItemForm";
import { usePlanItemForm } from "./usePlanItemForm";
import { usePlanSection, type PlanSectionProps } from "./usePlanSection";

/** The arbetsplan's activities with what each serves, and for the owners forms offering only valid links. */
export function WorkPlanEditor(props: PlanSectionProps<WorkPlan>) {
  const { desk, plan, edit, onReload } = props;
  const { t, styles, plans, headingId } = usePlanSection();
  const activities = desk.activities.filter((a) => a.value.workPlanId === plan.id);
  const targets = useLoad(`link-targets|${plan.id}`, () => plans.linkTargets(plan.id));
  const ready = targets.state.status === "ready";
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
              <ItemEditing
                title={a.title}
                edit={edit && ready}
                remove={() => plans.removeItem("work-plans", plan.id, "activities", a.id, stored.version)}
                onReload={onReload}
                // Stays open saying "Sparat." until closed; the card above shows the change.
                form={(close) => (
                  <ActivityForm
                    plan={plan}
                    targets={list}
                    existing={stored}
                    onCancel={close}
                    onDone={onReload}
                    onReload={onReload}
                  />
                )}
              />
            </li>
          );
        })}
      </ul>
      {edit && targets.state.status === "failed" ? <p role="alert">{t("loadTargetsFailed")}</p> : null}
      {edit && ready ? <ActivityForm plan={plan} targets={list} onDone={onReload} /> : null}
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
  const { t } = usePlanSection();
  const form = usePlanItemForm({
    kind: activityKind(targets),
    planId: plan.id,
    empty: emptyActivity(targets),
    ...(existing === undefined ? {} : { existing }),
    onDone,
    ...(onReload === undefined ? {} : { onReload }),
  });
  const { draft, set, shown } = form;
  const titleOfKey = (key: string): string => {
    const x = targets.find((target) => keyOfServed(target.serves) === key);
    return x === undefined || x.serves.kind === "core-mission" ? t("coreMission") : x.title;
  };
  return (
    <PlanItemForm
      heading={existing === undefined ? t("addActivity") : t("changeNamed", { title: existing.value.title })}
      change={existing !== undefined}
      state={form.state}
      onSubmit={form.submit}
      {...(onCancel === undefined ? {} : { onCancel })}
      {...(onReload === undefined ? {} : { onReload })}
      {...(form.theirs === undefined
        ? {}
        : {
            stored: `${form.theirs.title} – ${t("servesLine", { title: titleOfKey(keyOfServed(form.theirs.serves)) })}`,
          })}
      onKeepMine={form.keepMine}
      onUseTheirs={form.useTheirs}
    >
      <Field
        label={t("activityTitle")}
        required
        validationMessage={shown && draft.title.trim() === "" ? t("required") : undefined}
      >
        <Input value={draft.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label={t("serves")} hint={t("servesHelp")} required>
        <Select value={draft.serves} onChange={(_, d) => set("serves", d.value)}>
          {targets.map((x) => (
            <option key={keyOfServed(x.serves)} value={keyOfServed(x.serves)}>
              {x.serves.kind === "core-mission" ? t("coreMission") : x.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("description")}>
        <Textarea
          value={draft.description}
          resize="vertical"
          onChange={(_, d) => set("description", d.value)}
        />
      </Field>
    </PlanItemForm>
  );
}
