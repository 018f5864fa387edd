import { Link, tokens } from "@fluentui/react-components";
import type { PlanFollowUpBoardAnswer } from "../../../contracts/planFollowUpApi";
import { formatRoute, useLocale, useStrings } from "../../app";
import { dayOf } from "./ItemFollowUp";
import { followUpStrings } from "./strings";
import { useFollowUpStyles } from "./useFollowUpStyles.styles";

/** The units below: which have klarmarkerat the period (by whom, when) and which have not. */
export function UnitsOverview({ answer, headingId }: { answer: PlanFollowUpBoardAnswer; headingId: string }) {
  const t = useStrings(followUpStrings);
  const { locale } = useLocale();
  const styles = useFollowUpStyles();
  const periodName = `${answer.period.label} ${answer.period.year}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("overviewHeading", { unit: answer.unit.name })}
      </h2>
      <span className={styles.muted}>{t("overviewHelp", { period: periodName })}</span>
      <ul className={styles.list}>
        {answer.overview.map((row) => {
          const mark = row.completion;
          const state =
            mark === null
              ? t("overviewNotDone")
              : mark.state === "complete"
                ? t("overviewDone", { name: mark.completedByName, date: dayOf(mark.completedAt, locale) })
                : t("overviewReopened", { name: mark.reopenedByName ?? "" });
          return (
            <li
              key={row.unit.id}
              className={styles.card}
              data-unit-id={row.unit.id}
              data-complete={mark?.state === "complete" ? "yes" : "no"}
              style={{ marginInlineStart: `calc(${tokens.spacingHorizontalL} * ${row.depth - 1})` }}
            >
              <Link
                href={formatRoute({ view: "uppfoljning", enhet: row.unit.id, period: answer.period.id })}
                aria-label={t("open", { unit: row.unit.name })}
              >
                {row.unit.name}
              </Link>
              <span>{t("progress", { count: row.followedUp, total: row.total })}</span>
              <strong>{state}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
