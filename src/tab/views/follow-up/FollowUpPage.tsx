import { useId } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { PlanFollowUpBoardAnswer } from "../../../contracts/planFollowUpApi";
import { useCurrentPerson, useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton, SkippedRowsNotice } from "../../components";
import { sharedStrings } from "../../components/strings";
import { useAllUnits, useLoad } from "../../hooks";
import { Completion } from "./Completion";
import { ItemFollowUp } from "./ItemFollowUp";
import { Rollups } from "./Rollups";
import { followUpStrings } from "./strings";
import { UnitsOverview } from "./UnitsOverview";
import { useFollowUpStyles } from "./useFollowUpStyles.styles";

/**
 * Uppföljning — one unit's follow-up of a calendar period (the latest one due unless the route names
 * one): each item's status and bedömning, the roll-ups to the plan and the målområden, klarmarkering, and
 * for a chef or planner the units below that have or have not finished. The server decides who may change
 * what; readers see the same page read-only.
 */
export function FollowUpPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const t = useStrings(followUpStrings);
  const styles = useFollowUpStyles();
  const own = [...new Set([...reader.chefOf, ...reader.plannerFor])];
  const requested = route.view === "uppfoljning" ? route : undefined;
  // Plans are public: someone who leads and plans nothing reads their own unit's follow-up.
  const unitId = requested?.enhet ?? own[0] ?? reader.unitId;
  if (unitId === undefined) {
    return (
      <div className={styles.page}>
        <EmptyState title={t("noUnitTitle")} guidance={t("noUnitHelp")} headingLevel={1} />
      </div>
    );
  }
  return (
    <UnitFollowUp
      key={`${unitId}|${requested?.period ?? ""}`}
      unitId={unitId}
      period={requested?.period}
      own={own}
    />
  );
}

function UnitFollowUp(props: { unitId: string; period: string | undefined; own: readonly string[] }) {
  const { unitId, period, own } = props;
  const t = useStrings(followUpStrings);
  const kinds = useStrings(sharedStrings);
  const styles = useFollowUpStyles();
  const navigate = useNavigate();
  const { planFollowUps } = usePorts();
  const ids = useId();
  const loaded = useLoad(`plan-follow-up|${unitId}|${period ?? ""}`, () =>
    planFollowUps.board(unitId, period),
  );
  const { state, reload } = loaded;

  if (state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (state.status === "failed") return <LoadFailure error={state.error} onRetry={reload} />;
  const answer: PlanFollowUpBoardAnswer = state.data;
  const editable = answer.may.record;
  const periodName = `${answer.period.label} ${answer.period.year}`;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          {t("title", { unit: answer.unit.name })} {periodName}
        </h1>
        {own.length > 1 ? <UnitChoice own={own} value={answer.unit.id} period={answer.period.id} /> : null}
        <Field label={t("period")}>
          <Select
            value={answer.period.id}
            onChange={(_, data) =>
              navigate({ view: "uppfoljning", enhet: answer.unit.id, period: data.value })
            }
          >
            {answer.periods.map((p) => (
              <option key={p.id} value={p.id}>
                {t("periodOption", { label: p.label, year: p.year })}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <SkippedRowsNotice
        count={answer.skippedRows}
        one={t("skippedRowsOne")}
        other={t("skippedRowsOther", { count: answer.skippedRows ?? 0 })}
      />
      {editable ? null : <span className={styles.muted}>{t("readOnly")}</span>}
      {answer.plan === null && answer.items.length === 0 ? (
        <span>{t("noPlan", { unit: answer.unit.name, year: answer.period.year })}</span>
      ) : (
        <>
          <span>{t("progress", { count: answer.progress.followedUp, total: answer.progress.total })}</span>
          <Rollups answer={answer} headingId={`${ids}-rollups`} />
          <Completion answer={answer} headingId={`${ids}-completion`} onChanged={reload} />
          <section className={styles.section} aria-labelledby={`${ids}-items`}>
            <h2 id={`${ids}-items`} className={styles.sectionHeading}>
              {t("itemsHeading")}
            </h2>
            <ul className={styles.list}>
              {answer.plan === null ? null : (
                <ItemFollowUp
                  key={`${answer.plan.kind}:${answer.plan.id}`}
                  item={answer.plan}
                  kindLabel={t("ownAssessment")}
                  period={answer.period.id}
                  editable={editable}
                  headingLevel={3}
                  onSaved={reload}
                />
              )}
              {answer.items.map((item) => (
                <ItemFollowUp
                  key={`${item.kind}:${item.id}`}
                  item={item}
                  kindLabel={kinds(`kind.${item.kind}`)}
                  period={answer.period.id}
                  editable={editable}
                  headingLevel={3}
                  onSaved={reload}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      {answer.overview.length === 0 ? null : <UnitsOverview answer={answer} headingId={`${ids}-overview`} />}
    </div>
  );
}

/** The units the reader leads or plans for, by name. */
function UnitChoice(props: { own: readonly string[]; value: string; period: string }) {
  const t = useStrings(followUpStrings);
  const navigate = useNavigate();
  const units = useAllUnits();
  const all = units.state.status === "ready" ? units.state.data : [];
  const named = props.own.flatMap((id) => {
    const unit = all.find((u) => u.id === id);
    return unit === undefined ? [] : [unit];
  });
  if (named.length < 2) return null;
  return (
    <Field label={t("unit")}>
      <Select
        value={props.value}
        onChange={(_, data) => navigate({ view: "uppfoljning", enhet: data.value, period: props.period })}
      >
        {named.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
