import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  INDICATOR_DIRECTIONS,
  MILESTONE_HORIZONS,
  type BoardIndicator,
  type BoardPlan,
  type KfIndicator,
  type Milestone,
  type Versioned,
} from "../../../domain";
import { useLoad } from "../../hooks";
import { ItemEditing } from "./ItemEditing";
import {
  emptyMilestone,
  indicatorDraftOf,
  indicatorKind,
  milestoneKind,
  type IndicatorDraft,
} from "./planItemKinds";
import { numberFrom } from "./planModel";
import { PlanItemForm } from "./PlanItemForm";
import { dayOf } from "./PlanSummary";
import { usePlanItemForm } from "./usePlanItemForm";
import { usePlanSection, type PlanSectionProps } from "./usePlanSection";

/** The KF indicators the plan has not translated yet, each with "Översätt" for its owners. */
export function UntranslatedSection(props: PlanSectionProps<BoardPlan>) {
  const { desk, plan, edit, onReload } = props;
  const { t, styles, plans, headingId } = usePlanSection();
  const translated = desk.boardIndicators.filter((i) => i.value.boardPlanId === plan.id).length;
  const loaded = useLoad(`untranslated|${plan.id}`, () => plans.untranslated(plan.id));
  // A new translation asks again, keeping the list on screen meanwhile (no flash of an empty list).
  const seen = useRef(translated);
  const { reload } = loaded;
  useEffect(() => {
    if (seen.current === translated) return;
    seen.current = translated;
    reload();
  }, [translated, reload]);
  const [open, setOpen] = useState<string | undefined>();
  const list = loaded.state.status === "ready" ? loaded.state.data : [];
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("untranslatedHeading")}
      </h2>
      {loaded.state.status === "ready" && list.length === 0 ? <p>{t("allTranslated")}</p> : null}
      <ul className={styles.list}>
        {list.map((kf) => (
          <li key={kf.id} className={styles.card}>
            <span className={styles.preWrap}>{kf.name}</span>
            {edit && open !== kf.id ? (
              <div className={styles.actions}>
                <Button onClick={() => setOpen(kf.id)} aria-label={`${t("translate")}: ${kf.name}`}>
                  {t("translate")}
                </Button>
              </div>
            ) : null}
            {edit && open === kf.id ? (
              <TranslateForm
                kf={kf}
                plan={plan}
                onCancel={() => setOpen(undefined)}
                onDone={() => {
                  setOpen(undefined);
                  onReload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A KF indicator translated into a nämnd indicator: the KF indicator's words to start from. */
function TranslateForm(props: {
  kf: KfIndicator;
  plan: BoardPlan;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { kf, plan, onCancel, onDone } = props;
  const { t } = usePlanSection();
  const form = usePlanItemForm({
    kind: indicatorKind(kf.id, plan.year),
    planId: plan.id,
    empty: indicatorDraftOf({ ...kf, baseline: undefined, target: undefined }, plan.year),
    onDone,
  });
  return (
    <PlanItemForm
      heading={t("translateHeading", { name: kf.name })}
      change={false}
      submitLabel={t("translate")}
      state={form.state}
      onSubmit={form.submit}
      onCancel={onCancel}
      onKeepMine={form.keepMine}
      onUseTheirs={form.useTheirs}
    >
      <IndicatorFields draft={form.draft} set={form.set} shown={form.shown} />
    </PlanItemForm>
  );
}

/** A nämnd indicator changed from its stored version (its KF indicator and Kolada KPI stay). */
function IndicatorChangeForm(props: {
  plan: BoardPlan;
  existing: Versioned<BoardIndicator>;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { plan, existing, onCancel, onReload } = props;
  const { t } = usePlanSection();
  const i = existing.value;
  const form = usePlanItemForm({
    kind: indicatorKind(i.kfIndicatorId, plan.year, i.koladaKpiId),
    planId: plan.id,
    empty: indicatorDraftOf(i, plan.year),
    existing,
    onDone: onReload,
    onReload,
  });
  const theirs = form.theirs;
  return (
    <PlanItemForm
      heading={t("changeNamed", { title: i.name })}
      headingLevel={4}
      change
      state={form.state}
      onSubmit={form.submit}
      onCancel={onCancel}
      onReload={onReload}
      {...(theirs === undefined ? {} : { stored: indicatorText(theirs, t) })}
      onKeepMine={form.keepMine}
      onUseTheirs={form.useTheirs}
    >
      <IndicatorFields draft={form.draft} set={form.set} shown={form.shown} />
    </PlanItemForm>
  );
}

type Words = ReturnType<typeof usePlanSection>["t"];

/** A stored nämnd indicator in one line, for the choice after someone else saved it. */
const indicatorText = (i: BoardIndicator, t: Words): string =>
  [
    `${i.name} (${i.measureUnit}, ${t(`direction.${i.direction}`)})`,
    i.baseline === undefined ? "" : `${t("baselineValue")}: ${i.baseline.value} (${i.baseline.year})`,
    i.target === undefined ? "" : `${t("targetValueOptional")}: ${i.target.value} (${i.target.year})`,
  ]
    .filter((x) => x !== "")
    .join(", ");

function IndicatorFields(props: {
  draft: IndicatorDraft;
  set: (field: keyof IndicatorDraft, value: string) => void;
  shown: boolean;
}) {
  const { draft, set, shown } = props;
  const { t, styles } = usePlanSection();
  const bad = (text: string): string | undefined =>
    !shown || text.trim() === "" || numberFrom(text) !== undefined ? undefined : t("badNumber");
  return (
    <div className={styles.fields}>
      <Field
        label={t("name")}
        required
        validationMessage={shown && draft.name.trim() === "" ? t("required") : undefined}
      >
        <Input value={draft.name} onChange={(_, d) => set("name", d.value)} />
      </Field>
      <Field
        label={t("measureUnit")}
        required
        validationMessage={shown && draft.measureUnit.trim() === "" ? t("required") : undefined}
      >
        <Input value={draft.measureUnit} onChange={(_, d) => set("measureUnit", d.value)} />
      </Field>
      <Field label={t("direction")}>
        <Select
          className={styles.control}
          value={draft.direction}
          onChange={(_, d) => set("direction", d.value)}
        >
          {INDICATOR_DIRECTIONS.map((x) => (
            <option key={x} value={x}>
              {t(`direction.${x}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("baselineValue")} validationMessage={bad(draft.baseline)}>
        <Input inputMode="decimal" value={draft.baseline} onChange={(_, d) => set("baseline", d.value)} />
      </Field>
      <Field label={t("baselineYear")}>
        <Input
          inputMode="numeric"
          value={draft.baselineYear}
          onChange={(_, d) => set("baselineYear", d.value)}
        />
      </Field>
      <Field label={t("targetValueOptional")} validationMessage={bad(draft.target)}>
        <Input inputMode="decimal" value={draft.target} onChange={(_, d) => set("target", d.value)} />
      </Field>
      <Field label={t("targetYear")}>
        <Input inputMode="numeric" value={draft.targetYear} onChange={(_, d) => set("targetYear", d.value)} />
      </Field>
    </div>
  );
}

/** The nämnd's indicators of this plan, each with its etappmål; for the owners, change, remove and add. */
export function IndicatorsSection(props: PlanSectionProps<BoardPlan>) {
  const { desk, plan, edit, onReload } = props;
  const { t, styles, locale, plans, headingId } = usePlanSection();
  const indicators = desk.boardIndicators
    .filter((i) => i.value.boardPlanId === plan.id)
    .sort((a, b) => a.value.number - b.value.number);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("indicatorsHeading")}
      </h2>
      {indicators.length === 0 ? <p>{t("noIndicators")}</p> : null}
      <ul className={styles.list}>
        {indicators.map((stored) => {
          const indicator = stored.value;
          const kf = desk.kfIndicators.find((k) => k.id === indicator.kfIndicatorId);
          const milestones = desk.milestones.filter(
            (m) => m.value.boardIndicatorId === indicator.id && m.value.boardPlanId === plan.id,
          );
          return (
            <li key={indicator.id} className={styles.card}>
              <h3 className={styles.cardHeading}>{indicator.name}</h3>
              {kf === undefined ? null : (
                <span className={styles.muted}>{t("translates", { name: kf.name })}</span>
              )}
              <ItemEditing
                title={indicator.name}
                edit={edit}
                remove={() =>
                  plans.removeItem("board-plans", plan.id, "indicators", indicator.id, stored.version)
                }
                onReload={onReload}
                form={(close) => (
                  <IndicatorChangeForm plan={plan} existing={stored} onCancel={close} onReload={onReload} />
                )}
              />
              <h4 className={styles.cardHeading}>{t("milestones")}</h4>
              {milestones.length === 0 ? <p className={styles.preWrap}>{t("noMilestones")}</p> : null}
              <ul className={styles.list}>
                {milestones.map((m) => (
                  <li key={m.value.id} className={styles.form}>
                    <span>
                      <strong>{m.value.title}</strong>{" "}
                      <span className={styles.muted}>
                        {t("milestoneLine", {
                          horizon: t(`horizon.${m.value.horizon}`),
                          value: m.value.targetValue,
                          unit: indicator.measureUnit,
                          date: dayOf(m.value.targetDate, locale),
                        })}
                      </span>
                    </span>
                    <ItemEditing
                      title={m.value.title}
                      edit={edit}
                      remove={() =>
                        plans.removeItem("board-plans", plan.id, "milestones", m.value.id, m.version)
                      }
                      onReload={onReload}
                      form={(close) => (
                        <MilestoneForm
                          plan={plan}
                          indicator={indicator}
                          existing={m}
                          onCancel={close}
                          onDone={onReload}
                          onReload={onReload}
                        />
                      )}
                    />
                  </li>
                ))}
              </ul>
              {edit ? <MilestoneForm plan={plan} indicator={indicator} onDone={onReload} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MilestoneForm(props: {
  plan: BoardPlan;
  indicator: BoardIndicator;
  existing?: Versioned<Milestone>;
  onCancel?: () => void;
  onDone: () => void;
  onReload?: () => void;
}) {
  const { plan, indicator, existing, onCancel, onDone, onReload } = props;
  const { t, styles, locale } = usePlanSection();
  const form = usePlanItemForm({
    kind: milestoneKind(indicator.id),
    planId: plan.id,
    empty: emptyMilestone,
    ...(existing === undefined ? {} : { existing }),
    onDone,
    ...(onReload === undefined ? {} : { onReload }),
  });
  const { draft, set, shown, theirs } = form;
  return (
    <PlanItemForm
      heading={
        existing === undefined
          ? t("addMilestone", { name: indicator.name })
          : t("changeNamed", { title: existing.value.title })
      }
      headingLevel={4}
      change={existing !== undefined}
      state={form.state}
      onSubmit={form.submit}
      {...(onCancel === undefined ? {} : { onCancel })}
      {...(onReload === undefined ? {} : { onReload })}
      {...(theirs === undefined
        ? {}
        : {
            stored: `${theirs.title} – ${t("milestoneLine", {
              horizon: t(`horizon.${theirs.horizon}`),
              value: theirs.targetValue,
              unit: indicator.measureUnit,
              date: dayOf(theirs.targetDate, locale),
            })}`,
          })}
      onKeepMine={form.keepMine}
      onUseTheirs={form.useTheirs}
    >
      <div className={styles.fields}>
        <Field
          label={t("milestoneTitle")}
          required
          validationMessage={shown && draft.title.trim() === "" ? t("required") : undefined}
        >
          <Input value={draft.title} onChange={(_, d) => set("title", d.value)} />
        </Field>
        <Field label={t("horizon")}>
          <Select
            className={styles.control}
            value={draft.horizon}
            onChange={(_, d) => set("horizon", d.value)}
          >
            {MILESTONE_HORIZONS.map((h) => (
              <option key={h} value={h}>
                {t(`horizon.${h}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("targetValue")}
          required
          validationMessage={shown && numberFrom(draft.value) === undefined ? t("badNumber") : undefined}
        >
          <Input inputMode="decimal" value={draft.value} onChange={(_, d) => set("value", d.value)} />
        </Field>
        <Field
          label={t("targetDate")}
          required
          validationMessage={shown && draft.date === "" ? t("badDate") : undefined}
        >
          <Input type="date" value={draft.date} onChange={(_, d) => set("date", d.value)} />
        </Field>
      </div>
    </PlanItemForm>
  );
}
