import { useEffect, useId, useRef, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  INDICATOR_DIRECTIONS,
  MILESTONE_HORIZONS,
  type BoardIndicator,
  type BoardPlan,
  type IndicatorDirection,
  type KfIndicator,
  type MilestoneHorizon,
} from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { useLocale, usePorts, useStrings } from "../../app";
import { useLoad } from "../../hooks";
import { newEntityId } from "../shared/ids";
import { numberFrom } from "./planModel";
import { dayOf } from "./PlanSummary";
import { planningStrings } from "./strings";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** The KF indicators the plan has not translated yet, each with "Översätt" for its owners. */
export function UntranslatedSection(props: {
  desk: PlanDesk;
  plan: BoardPlan;
  edit: boolean;
  onReload: () => void;
}) {
  const { desk, plan, edit, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans } = usePorts();
  const headingId = useId();
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

function TranslateForm(props: {
  kf: KfIndicator;
  plan: BoardPlan;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { kf, plan, onCancel, onDone } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const headingId = useId();
  const [name, setName] = useState(kf.name);
  const [measureUnit, setMeasureUnit] = useState(kf.measureUnit);
  const [direction, setDirection] = useState<IndicatorDirection>(kf.direction);
  const [baseline, setBaseline] = useState("");
  const [baselineYear, setBaselineYear] = useState(String(plan.year - 1));
  const [target, setTarget] = useState("");
  const [targetYear, setTargetYear] = useState(String(plan.year));
  const [shown, setShown] = useState(false);
  const [id] = useState(() => newEntityId(`${plan.id}-ind`, clock.now()));
  const bad = (text: string, optional: boolean): string | undefined =>
    !shown || (optional && text.trim() === "")
      ? undefined
      : numberFrom(text) === undefined
        ? t("badNumber")
        : undefined;
  const yearValue = (value: string, year: string) => {
    const v = numberFrom(value);
    const y = numberFrom(year);
    return v === undefined || y === undefined ? undefined : { value: v, year: y };
  };
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        const base = baseline.trim() === "" ? undefined : yearValue(baseline, baselineYear);
        const goal = target.trim() === "" ? undefined : yearValue(target, targetYear);
        if (name.trim() === "" || measureUnit.trim() === "") return;
        if ((baseline.trim() !== "" && base === undefined) || (target.trim() !== "" && goal === undefined))
          return;
        void run(
          () =>
            plans.addItem("board-plans", plan.id, "indicators", {
              id,
              kfIndicatorId: kf.id,
              name: name.trim(),
              measureUnit: measureUnit.trim(),
              direction,
              ...(base === undefined ? {} : { baseline: base }),
              ...(goal === undefined ? {} : { target: goal }),
            }),
          t("added"),
          onDone,
        );
      }}
    >
      <h3 id={headingId} className={styles.cardHeading}>
        {t("translateHeading", { name: kf.name })}
      </h3>
      <div className={styles.fields}>
        <Field
          label={t("name")}
          required
          validationMessage={shown && name.trim() === "" ? t("required") : undefined}
        >
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field
          label={t("measureUnit")}
          required
          validationMessage={shown && measureUnit.trim() === "" ? t("required") : undefined}
        >
          <Input value={measureUnit} onChange={(_, d) => setMeasureUnit(d.value)} />
        </Field>
        <Field label={t("direction")}>
          <Select
            className={styles.control}
            value={direction}
            onChange={(_, d) => setDirection(d.value as IndicatorDirection)}
          >
            {INDICATOR_DIRECTIONS.map((x) => (
              <option key={x} value={x}>
                {t(`direction.${x}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("baselineValue")} validationMessage={bad(baseline, true)}>
          <Input inputMode="decimal" value={baseline} onChange={(_, d) => setBaseline(d.value)} />
        </Field>
        <Field label={t("baselineYear")}>
          <Input inputMode="numeric" value={baselineYear} onChange={(_, d) => setBaselineYear(d.value)} />
        </Field>
        <Field label={t("targetValueOptional")} validationMessage={bad(target, true)}>
          <Input inputMode="decimal" value={target} onChange={(_, d) => setTarget(d.value)} />
        </Field>
        <Field label={t("targetYear")}>
          <Input inputMode="numeric" value={targetYear} onChange={(_, d) => setTargetYear(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("adding") : t("translate")}
        </Button>
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}

/** The nämnd's indicators of this plan, each with its etappmål and, for the owners, a form for a new one. */
export function IndicatorsSection(props: {
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
  const indicators = desk.boardIndicators
    .map((i) => i.value)
    .filter((i) => i.boardPlanId === plan.id)
    .sort((a, b) => a.number - b.number);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("indicatorsHeading")}
      </h2>
      {indicators.length === 0 ? <p>{t("noIndicators")}</p> : null}
      <ul className={styles.list}>
        {indicators.map((indicator) => {
          const kf = desk.kfIndicators.find((k) => k.id === indicator.kfIndicatorId);
          const milestones = desk.milestones
            .map((m) => m.value)
            .filter((m) => m.boardIndicatorId === indicator.id && m.boardPlanId === plan.id);
          return (
            <li key={indicator.id} className={styles.card}>
              <h3 className={styles.cardHeading}>{indicator.name}</h3>
              {kf === undefined ? null : (
                <span className={styles.muted}>{t("translates", { name: kf.name })}</span>
              )}
              <h4 className={styles.cardHeading}>{t("milestones")}</h4>
              {milestones.length === 0 ? <p className={styles.preWrap}>{t("noMilestones")}</p> : null}
              <ul className={styles.list}>
                {milestones.map((m) => (
                  <li key={m.id}>
                    <strong>{m.title}</strong>{" "}
                    <span className={styles.muted}>
                      {t("milestoneLine", {
                        horizon: t(`horizon.${m.horizon}`),
                        value: m.targetValue,
                        unit: indicator.measureUnit,
                        date: dayOf(m.targetDate, locale),
                      })}
                    </span>
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

function MilestoneForm(props: { plan: BoardPlan; indicator: BoardIndicator; onDone: () => void }) {
  const { plan, indicator, onDone } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { plans, clock } = usePorts();
  const { state, run } = usePlanAction();
  const headingId = useId();
  const fresh = () => newEntityId(`${plan.id}-em`, clock.now());
  const [id, setId] = useState(fresh);
  const [title, setTitle] = useState("");
  const [horizon, setHorizon] = useState<MilestoneHorizon>("short");
  const [value, setValue] = useState("");
  const [date, setDate] = useState("");
  const [shown, setShown] = useState(false);
  const number = numberFrom(value);
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        setShown(true);
        if (title.trim() === "" || number === undefined || date === "") return;
        void run(
          () =>
            plans.addItem("board-plans", plan.id, "milestones", {
              id,
              boardIndicatorId: indicator.id,
              title: title.trim(),
              horizon,
              targetValue: number,
              targetDate: date,
            }),
          t("added"),
          () => {
            setTitle("");
            setValue("");
            setDate("");
            setShown(false);
            setId(fresh());
            onDone();
          },
        );
      }}
    >
      <h4 id={headingId} className={styles.cardHeading}>
        {t("addMilestone", { name: indicator.name })}
      </h4>
      <div className={styles.fields}>
        <Field
          label={t("milestoneTitle")}
          required
          validationMessage={shown && title.trim() === "" ? t("required") : undefined}
        >
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("horizon")}>
          <Select
            className={styles.control}
            value={horizon}
            onChange={(_, d) => setHorizon(d.value as MilestoneHorizon)}
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
          validationMessage={shown && number === undefined ? t("badNumber") : undefined}
        >
          <Input inputMode="decimal" value={value} onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Field
          label={t("targetDate")}
          required
          validationMessage={shown && date === "" ? t("badDate") : undefined}
        >
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("adding") : t("add")}
        </Button>
      </div>
      <ActionStatus state={state} />
    </form>
  );
}
