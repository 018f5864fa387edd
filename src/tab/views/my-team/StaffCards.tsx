import { Link, mergeClasses } from "@fluentui/react-components";
import { formatRoute, useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { useStatusText } from "../../hooks";
import { counted } from "./plural";
import { myTeamStrings } from "./strings";
import type { StaffRow } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** Everyone in the team as a card each (narrow screens, Teams mobile): nothing to scroll sideways. */
export function StaffCards(props: {
  rows: readonly StaffRow[];
  headingId: string;
  year: number;
  className?: string;
}) {
  const { rows, headingId, year } = props;
  const t = useStrings(myTeamStrings);
  const statusText = useStatusText();
  const styles = useMyTeamStyles();
  return (
    <ul className={mergeClasses(styles.list, props.className)} aria-labelledby={headingId}>
      {rows.map((row) => (
        <li key={row.person.id} className={styles.card}>
          <h3 className={styles.cardHeading}>
            <Link
              href={formatRoute({ view: "mina-mal", medarbetare: row.person.id, ar: String(year) })}
              aria-label={t("openGoals", { name: row.person.name })}
            >
              {row.person.name}
            </Link>
          </h3>
          {row.leads === undefined ? null : (
            <span className={styles.muted}>{t("chefOfUnit", { unit: row.leads.name })}</span>
          )}
          <dl className={styles.cardFacts}>
            <dt>{t("colGoals")}</dt>
            <dd>{t("ofTotal", { count: row.agreedGoals, total: row.goals })}</dd>
            <dt>{t("colLatest")}</dt>
            <dd>
              {row.latest ? (
                <span className={styles.cell}>
                  <StatusBadge
                    status={row.latest.followUp.status}
                    label={statusText(row.latest.followUp.status)}
                  />
                  <span>{row.latest.followUp.period}</span>
                </span>
              ) : (
                t("noFollowUpYet")
              )}
            </dd>
            <dt>{t("colNext")}</dt>
            <dd>{row.nextDate ?? t("noNextFollowUp")}</dd>
          </dl>
          {row.overdue > 0 ? (
            <span className={styles.warning}>{counted(t, "overdueCount", row.overdue)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
