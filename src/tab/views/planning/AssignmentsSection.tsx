import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Assignment, BoardPlan, Versioned } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { ItemEditing } from "./ItemEditing";
import { assignmentKind, emptyAssignment } from "./planItemKinds";
import { PlanItemForm } from "./PlanItemForm";
import { dayOf } from "./PlanSummary";
import { usePlanItemForm } from "./usePlanItemForm";
import { usePlanSection, type PlanSectionProps } from "./usePlanSection";

/** The nämnd's uppdrag to its förvaltningar; for the owners, change and remove each, and a form for a new one. */
export function AssignmentsSection(props: PlanSectionProps<BoardPlan>) {
  const { desk, plan, edit, onReload } = props;
  const { t, styles, locale, plans, headingId } = usePlanSection();
  const assignments = desk.assignments.filter((a) => a.value.boardPlanId === plan.id);
  const unitName = (id: string): string => desk.units.find((u) => u.id === id)?.name ?? "";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("assignmentsHeading")}
      </h2>
      {assignments.length === 0 ? <p>{t("noAssignments")}</p> : null}
      <ul className={styles.list}>
        {assignments.map((stored) => {
          const a = stored.value;
          return (
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
              <ItemEditing
                title={a.title}
                edit={edit}
                remove={() => plans.removeItem("board-plans", plan.id, "assignments", a.id, stored.version)}
                onReload={onReload}
                form={(close) => (
                  <AssignmentForm
                    desk={desk}
                    plan={plan}
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
      {edit ? <AssignmentForm desk={desk} plan={plan} onDone={onReload} /> : null}
    </section>
  );
}

function AssignmentForm(props: {
  desk: PlanDesk;
  plan: BoardPlan;
  existing?: Versioned<Assignment>;
  onCancel?: () => void;
  onDone: () => void;
  onReload?: () => void;
}) {
  const { desk, plan, existing, onCancel, onDone, onReload } = props;
  const { t, styles, locale } = usePlanSection();
  const administrations = desk.units.filter(
    (u) => u.parentId === plan.boardUnitId && u.kind === "administration",
  );
  const form = usePlanItemForm({
    kind: assignmentKind,
    planId: plan.id,
    empty: emptyAssignment(administrations[0]?.id ?? ""),
    ...(existing === undefined ? {} : { existing }),
    onDone,
    ...(onReload === undefined ? {} : { onReload }),
  });
  const { draft, set, shown, theirs } = form;
  return (
    <PlanItemForm
      heading={
        existing === undefined ? t("addAssignment") : t("changeNamed", { title: existing.value.title })
      }
      change={existing !== undefined}
      state={form.state}
      onSubmit={form.submit}
      {...(onCancel === undefined ? {} : { onCancel })}
      {...(onReload === undefined ? {} : { onReload })}
      {...(theirs === undefined
        ? {}
        : {
            stored: `${theirs.title} – ${t("assignmentLine", {
              unit: desk.units.find((u) => u.id === theirs.toAdministrationUnitId)?.name ?? "",
              date: dayOf(theirs.dueDate, locale),
            })}`,
          })}
      onKeepMine={form.keepMine}
      onUseTheirs={form.useTheirs}
    >
      <div className={styles.fields}>
        <Field
          label={t("assignmentTitle")}
          required
          validationMessage={shown && draft.title.trim() === "" ? t("required") : undefined}
        >
          <Input value={draft.title} onChange={(_, d) => set("title", d.value)} />
        </Field>
        <Field label={t("toAdministration")} required>
          <Select className={styles.control} value={draft.to} onChange={(_, d) => set("to", d.value)}>
            {administrations.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("focusArea")}>
          <Select
            className={styles.control}
            value={draft.focusArea}
            onChange={(_, d) => set("focusArea", d.value)}
          >
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
          validationMessage={shown && draft.due === "" ? t("badDate") : undefined}
        >
          <Input type="date" value={draft.due} onChange={(_, d) => set("due", d.value)} />
        </Field>
        <Field label={t("decisionReference")} hint={t("decisionHint")}>
          <Input value={draft.reference} onChange={(_, d) => set("reference", d.value)} />
        </Field>
      </div>
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
