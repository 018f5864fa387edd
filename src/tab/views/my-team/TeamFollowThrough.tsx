import { Link } from "@fluentui/react-components";
import type { WorkPlan } from "../../../domain";
import { formatRoute, useStrings } from "../../app";
import { EmptyState } from "../../components";
import { counted } from "./plural";
import { myTeamStrings } from "./strings";
import type { TeamModel } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** The oldest late follow-ups are listed; the list of the team counts all of them per person. */
const OVERDUE_SHOWN = 8;

/** What needs doing: the arbetsplan's coverage, who has no agreed goal, which follow-ups are late. */
export function TeamFollowThrough(props: {
  model: TeamModel;
  workPlan: WorkPlan | null;
  year: number;
  idPrefix: string;
}) {
  const { model, workPlan, year, idPrefix } = props;
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const ar = String(year);
  return (
    <div className={styles.sections}>
      <section className={styles.section} aria-labelledby={`${idPrefix}-coverage`}>
        <h2 id={`${idPrefix}-coverage`} className={styles.sectionHeading}>
          {t("coverageHeading")}
        </h2>
        {workPlan ? (
          <>
            <span className={styles.muted}>{t("coverageHelp")}</span>
            <ul className={styles.list} aria-label={workPlan.title}>
              {model.coverage.map(({ activity, coverage }) => {
                const awaiting =
                  coverage.draftGoals > 0 ? ` – ${counted(t, "awaitingGoals", coverage.draftGoals)}` : "";
                return (
                  <li key={activity.id} className={styles.coverageItem} data-activity-id={activity.id}>
                    <span>{activity.title}</span>
                    {coverage.agreedGoals === 0 ? (
                      <span className={styles.warning}>
                        {t("uncovered")}
                        {awaiting}
                      </span>
                    ) : (
                      <span className={styles.muted}>
                        {counted(t, "agreedGoals", coverage.agreedGoals)}
                        {awaiting}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <EmptyState title={t("noWorkPlan", { year })} guidance={t("noWorkPlanHelp")} />
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${idPrefix}-without`}>
        <h2 id={`${idPrefix}-without`} className={styles.sectionHeading}>
          {t("withoutAgreedHeading")}
        </h2>
        {model.staff.length === 0 ? (
          <span>{t("nobodyYet")}</span>
        ) : model.withoutAgreed.length === 0 ? (
          <span>{t("everyoneAgreed")}</span>
        ) : (
          <ul className={styles.list}>
            {model.withoutAgreed.map((person) => (
              <li key={person.id}>
                <Link href={formatRoute({ view: "mina-mal", medarbetare: person.id, ar })}>
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${idPrefix}-overdue`}>
        <h2 id={`${idPrefix}-overdue`} className={styles.sectionHeading}>
          {t("overdueHeading")}
        </h2>
        {model.overdue.length === 0 ? (
          <span>{t("noOverdue")}</span>
        ) : (
          <ul className={styles.list}>
            {model.overdue.slice(0, OVERDUE_SHOWN).map((row) => (
              <li key={`${row.goal.id}|${row.date}`}>
                <Link
                  href={formatRoute({
                    view: "mina-mal",
                    goalId: row.goal.id,
                    medarbetare: row.person.id,
                    ar,
                  })}
                >
                  {row.person.name}
                </Link>
                : {t("overdueItem", { goal: row.goal.title, date: row.date })}
              </li>
            ))}
            {model.overdue.length > OVERDUE_SHOWN ? (
              <li className={styles.muted}>
                {counted(t, "overdueMore", model.overdue.length - OVERDUE_SHOWN)}
              </li>
            ) : null}
          </ul>
        )}
      </section>
    </div>
  );
}
