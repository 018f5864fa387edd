import { useId, useMemo, useState } from "react";
import { Field, Link, Select, mergeClasses } from "@fluentui/react-components";
import { formatRoute, useCurrentPerson, useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton, SkippedRowsNotice } from "../../components";
import { useTeamView } from "../../hooks";
import { StaffTable } from "./StaffTable";
import { myTeamStrings } from "./strings";
import { teamModel } from "./teamModel";
import { UnitPicker } from "./UnitPicker";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** The oldest late follow-ups are listed; the table's column counts all of them per person. */
const OVERDUE_SHOWN = 8;

/** Mitt team — a chef's view of the unit: staff and goals, coverage of the arbetsplan, what needs doing. */
export function MyTeamPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const requested = route.view === "mitt-team" ? route.enhet : undefined;
  const unitId = requested ?? reader.chefOf[0];

  if (unitId === undefined) return <EmptyState title={t("notChefTitle")} guidance={t("notChefHelp")} />;
  if (!reader.chefOf.includes(unitId)) {
    // Goals are personal data: a unit the reader does not lead is not even asked for.
    return (
      <div className={styles.page}>
        <EmptyState title={t("notChefOfUnitTitle")} guidance={t("notChefOfUnitHelp")} />
      </div>
    );
  }
  return <TeamOfUnit unitId={unitId} chefId={reader.id} units={reader.chefOf} />;
}

function TeamOfUnit(props: { unitId: string; chefId: string; units: readonly string[] }) {
  const { unitId, chefId, units } = props;
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const navigate = useNavigate();
  const { clock } = usePorts();
  const today = clock.today();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const loaded = useTeamView(chefId, unitId, year);
  const ids = useId();
  const view = loaded.state.status === "ready" ? loaded.state.data : undefined;
  const model = useMemo(() => (view ? teamModel(view, today) : undefined), [view, today]);

  if (loaded.state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (loaded.state.status === "failed")
    return <LoadFailure error={loaded.state.error} onRetry={loaded.reload} />;
  if (view === undefined || model === undefined) return null;

  const total = model.staff.length;
  const figure = (label: string, value: string, warn = false) => (
    <div className={styles.figure}>
      <dt>{label}</dt>
      <dd className={mergeClasses(styles.figureValue, warn && styles.figureWarning)}>{value}</dd>
    </div>
  );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title", { unit: view.unit.name, year })}</h1>
        {units.length > 1 ? (
          <UnitPicker
            unitIds={units}
            value={unitId}
            onChange={(enhet) => navigate({ view: "mitt-team", enhet })}
          />
        ) : null}
        <Field label={t("year")}>
          <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
            {[year - 1, year, year + 1].map((y) => (
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

      <section aria-labelledby={`${ids}-summary`}>
        <h2 id={`${ids}-summary`} className={styles.sectionHeading}>
          {t("summaryHeading")}
        </h2>
        <dl className={styles.figures}>
          {figure(t("staffCount"), String(total))}
          {figure(t("withAgreed"), t("ofTotal", { count: total - model.withoutAgreed.length, total }))}
          {figure(t("coverage"), t("ofTotal", { count: model.coveredCount, total: model.coverage.length }))}
          {figure(t("overdue"), String(model.overdue.length), model.overdue.length > 0)}
        </dl>
      </section>

      <div className={styles.sections}>
        <section className={styles.section} aria-labelledby={`${ids}-coverage`}>
          <h2 id={`${ids}-coverage`} className={styles.sectionHeading}>
            {t("coverageHeading")}
          </h2>
          {view.workPlan ? (
            <>
              <span className={styles.muted}>{t("coverageHelp")}</span>
              <ul className={styles.list} aria-label={view.workPlan.title}>
                {model.coverage.map(({ activity, coverage }) => (
                  <li key={activity.id} className={styles.coverageItem} data-activity-id={activity.id}>
                    <span>{activity.title}</span>
                    {coverage.agreedGoals === 0 ? (
                      <span className={styles.warning}>
                        {t("uncovered")}
                        {coverage.draftGoals > 0
                          ? ` – ${t("awaitingAgreement", { drafts: coverage.draftGoals })}`
                          : ""}
                      </span>
                    ) : (
                      <span className={styles.muted}>
                        {t("goalsOnActivity", { agreed: coverage.agreedGoals, drafts: coverage.draftGoals })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <EmptyState title={t("noWorkPlan", { year })} guidance={t("noWorkPlanHelp")} />
          )}
        </section>

        <section className={styles.section} aria-labelledby={`${ids}-without`}>
          <h2 id={`${ids}-without`} className={styles.sectionHeading}>
            {t("withoutAgreedHeading")}
          </h2>
          {model.withoutAgreed.length === 0 ? (
            <span>{t("everyoneAgreed")}</span>
          ) : (
            <ul className={styles.list}>
              {model.withoutAgreed.map((person) => (
                <li key={person.id}>
                  <Link href={formatRoute({ view: "mina-mal", medarbetare: person.id })}>{person.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className={styles.section} aria-labelledby={`${ids}-overdue`}>
          <h2 id={`${ids}-overdue`} className={styles.sectionHeading}>
            {t("overdueHeading")}
          </h2>
          {model.overdue.length === 0 ? (
            <span>{t("noOverdue")}</span>
          ) : (
            <ul className={styles.list}>
              {model.overdue.slice(0, OVERDUE_SHOWN).map((row) => (
                <li key={`${row.goal.id}|${row.date}`}>
                  <Link
                    href={formatRoute({ view: "mina-mal", goalId: row.goal.id, medarbetare: row.person.id })}
                  >
                    {row.person.name}
                  </Link>
                  : {t("overdueItem", { goal: row.goal.title, date: row.date })}
                </li>
              ))}
              {model.overdue.length > OVERDUE_SHOWN ? (
                <li className={styles.muted}>
                  {t("overdueMore", { count: model.overdue.length - OVERDUE_SHOWN })}
                </li>
              ) : null}
            </ul>
          )}
        </section>
      </div>

      <section className={styles.section} aria-labelledby={`${ids}-staff`}>
        <h2 id={`${ids}-staff`} className={styles.sectionHeading}>
          {t("staffHeading")}
        </h2>
        {total === 0 ? (
          <EmptyState title={t("noStaff")} guidance={t("noStaffHelp")} />
        ) : (
          <StaffTable rows={model.staff} headingId={`${ids}-staff`} />
        )}
      </section>
    </div>
  );
}
