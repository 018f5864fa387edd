import { useId } from "react";
import { Field, Select } from "@fluentui/react-components";
import { useCurrentPerson, useRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton, SkippedRowsNotice } from "../../components";
import { AwaitingAgreement } from "./AwaitingAgreement";
import { myTeamStrings } from "./strings";
import { TeamFollowThrough } from "./TeamFollowThrough";
import { TeamPeople } from "./TeamPeople";
import { TeamSummary } from "./TeamSummary";
import { UnitPicker } from "./UnitPicker";
import { UnitsBelow } from "./UnitsBelow";
import { useMyTeamPage } from "./useMyTeamPage";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/**
 * Mitt team — a chef's view of their team: the unit's staff and the chefs of the units directly below,
 * with goals and follow-ups, the goals waiting for the chef's agreement, coverage of the arbetsplan, and
 * the units further down in numbers only.
 */
export function MyTeamPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const requested = route.view === "mitt-team" ? route.enhet : undefined;
  const unitId = requested ?? reader.chefOf[0];

  if (unitId === undefined) {
    return <EmptyState title={t("notChefTitle")} guidance={t("notChefHelp")} headingLevel={1} />;
  }
  if (!reader.chefOf.includes(unitId)) {
    // Goals are personal data: a unit the reader does not lead is not even asked for.
    return (
      <div className={styles.page}>
        <EmptyState title={t("notChefOfUnitTitle")} guidance={t("notChefOfUnitHelp")} headingLevel={1} />
      </div>
    );
  }
  return <TeamOfUnit key={unitId} unitId={unitId} chefId={reader.id} units={reader.chefOf} />;
}

function TeamOfUnit(props: { unitId: string; chefId: string; units: readonly string[] }) {
  const { unitId, chefId, units } = props;
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const page = useMyTeamPage(chefId, unitId);
  const ids = useId();
  const { state, model, year } = page;

  if (state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (state.status === "failed") return <LoadFailure error={state.error} onRetry={page.reload} />;
  if (model === undefined) return null;
  const view = state.data;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title", { unit: view.unit.name, year })}</h1>
        {units.length > 1 ? <UnitPicker unitIds={units} value={unitId} onChange={page.setUnit} /> : null}
        <Field label={t("year")}>
          <Select value={String(year)} onChange={(_, data) => page.setYear(Number(data.value))}>
            {page.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <SkippedRowsNotice
        count={view.skippedRows}
        one={t("skippedRowsOne")}
        other={t("skippedRowsOther", { count: view.skippedRows ?? 0 })}
      />
      <TeamSummary model={model} headingId={`${ids}-summary`} />
      {model.staff.length === 0 ? null : (
        <AwaitingAgreement
          rows={model.awaiting}
          year={year}
          agreement={page.agreement}
          onAgree={(row) => void page.agree(row)}
          headingId={`${ids}-awaiting`}
        />
      )}
      <TeamFollowThrough model={model} workPlan={view.workPlan} year={year} idPrefix={ids} />
      <TeamPeople rows={model.staff} year={year} headingId={`${ids}-staff`} />
      {view.unitsBelow.length === 0 ? null : (
        <UnitsBelow unitId={unitId} unitName={view.unit.name} year={year} headingId={`${ids}-below`} />
      )}
    </div>
  );
}
