import { useId, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { BoardPlan, Versioned, WorkPlan } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { useCurrentPerson, useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton } from "../../components";
import { useLoad } from "../../hooks";
import { BoardPlanEditor } from "./BoardPlanEditor";
import { CreatePlan } from "./CreatePlan";
import { PlanLife } from "./PlanLife";
import { PlanSummary } from "./PlanSummary";
import { defaultUnitOf, mayWritePlanOf, offersFor, ownUnits, planKindOf, workingPlanOf } from "./planModel";
import { planningStrings } from "./strings";
import { usePlanningStyles } from "./usePlanningStyles.styles";
import { WorkPlanEditor } from "./WorkPlanEditor";

/**
 * Planering — one unit's plan for a year: a nämnd's verksamhetsplan (tolkningar, translated indicators,
 * etappmål, uppdrag) or an arbetsplan (activities), its status, and its life (fastställ, anmäl, new
 * version, next year's plan). Its owners write through the planning API; everyone else reads it with a
 * plain note of who may change it. The server decides every write again.
 */
export function PlanningPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const { clock } = usePorts();
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const requested = route.view === "planering" ? route : undefined;
  const unitId = requested?.enhet ?? defaultUnitOf(reader);
  const asked = Number(requested?.ar);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : clock.now().getFullYear();
  if (unitId === undefined) {
    return (
      <div className={styles.page}>
        <EmptyState title={t("noUnitTitle")} guidance={t("noUnitHelp")} headingLevel={1} />
      </div>
    );
  }
  return (
    <UnitPlan key={`${unitId}|${year}`} unitId={unitId} year={year} thisYear={clock.now().getFullYear()} />
  );
}

function UnitPlan(props: { unitId: string; year: number; thisYear: number }) {
  const { unitId, year, thisYear } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const reader = useCurrentPerson();
  const navigate = useNavigate();
  const { planDesk } = usePorts();
  const ids = useId();
  const { state, reload } = useLoad(`plan-desk|${unitId}|${year}`, () => planDesk.desk(unitId, year));
  // The plan's version as the last save answered it, until the reload brings it (tolkningar saved in a row).
  const [saved, setSaved] = useState<{ basedOn: string; version: string } | undefined>(undefined);

  if (state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (state.status === "failed") return <LoadFailure error={state.error} onRetry={reload} />;
  const desk: PlanDesk = state.data;
  const unit = desk.units.find((u) => u.id === unitId);
  if (unit === undefined) {
    return (
      <div className={styles.page}>
        <EmptyState title={t("noUnitTitle")} guidance={t("noUnitHelp")} headingLevel={1} />
      </div>
    );
  }
  const kind = planKindOf(unit);
  const owner = mayWritePlanOf(reader, unit);
  const plans: readonly Versioned<BoardPlan | WorkPlan>[] =
    kind === "board-plan"
      ? desk.boardPlans.filter((p) => p.value.boardUnitId === unit.id)
      : desk.workPlans.filter((p) => p.value.ownerUnitId === unit.id);
  const working = workingPlanOf(plans);
  const version =
    working !== undefined && saved !== undefined && saved.basedOn === working.version
      ? saved.version
      : working?.version;
  const onPlanSaved = (next: Versioned<BoardPlan | WorkPlan>): void => {
    if (working !== undefined && version !== undefined)
      setSaved({ basedOn: working.version, version: next.version });
    reload();
  };
  const owners = t(kind === "board-plan" ? "ownersBoard" : "ownersWork");
  const offers =
    working === undefined
      ? undefined
      : offersFor(
          working.value,
          owner,
          plans.map((p) => p.value),
        );
  const own = ownUnits(reader);
  const unitChoices = desk.units.filter((u) => own.includes(u.id) || u.id === unit.id);
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title", { unit: unit.name, year })}</h1>
        {unitChoices.length > 1 ? (
          <Field label={t("unit")}>
            <Select
              value={unit.id}
              onChange={(_, data) => navigate({ view: "planering", enhet: data.value, ar: String(year) })}
            >
              {unitChoices.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={t("year")}>
          <Select
            value={String(year)}
            onChange={(_, data) => navigate({ view: "planering", enhet: unit.id, ar: data.value })}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      {working === undefined || offers === undefined || version === undefined ? (
        <section className={styles.section} aria-labelledby={`${ids}-none`}>
          <h2 id={`${ids}-none`} className={styles.sectionHeading}>
            {t(kind === "board-plan" ? "boardPlan" : "workPlan")}
          </h2>
          <p className={styles.preWrap}>
            {owner
              ? t("noPlan", { unit: unit.name, year })
              : t("noPlanReader", { unit: unit.name, year, owners })}
          </p>
          {owner ? <CreatePlan unit={unit} year={year} kind={kind} taken={plans} onCreated={reload} /> : null}
        </section>
      ) : (
        <>
          <PlanSummary plan={working.value} kind={kind} names={desk.names} offers={offers} owners={owners} />
          <PlanLife
            kind={kind}
            plan={working.value}
            version={version}
            offers={offers}
            onChanged={onPlanSaved}
            onReload={reload}
          />
          {"boardUnitId" in working.value ? (
            <BoardPlanEditor
              desk={desk}
              plan={working.value}
              version={version}
              edit={offers.edit}
              onPlanSaved={onPlanSaved}
              onReload={reload}
            />
          ) : (
            <WorkPlanEditor
              desk={desk}
              plan={working.value as WorkPlan}
              edit={offers.edit}
              onReload={reload}
            />
          )}
        </>
      )}
    </div>
  );
}
