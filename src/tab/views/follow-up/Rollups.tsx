import type { PlanFollowUpBoardAnswer } from "../../../contracts/planFollowUpApi";
import { FOLLOW_UP_STATUSES } from "../../../domain";
import { useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { useStatusText } from "../../hooks";
import { followUpStrings } from "./strings";
import { useFollowUpStyles } from "./useFollowUpStyles.styles";

type Figures = PlanFollowUpBoardAnswer["progress"];

/** One roll-up: its status as a badge, "3 av 5 uppföljda" and how many items have each status. */
function Figure({ heading, figures }: { heading: string; figures: Figures }) {
  const t = useStrings(followUpStrings);
  const statusText = useStatusText();
  const styles = useFollowUpStyles();
  const parts = [
    ...FOLLOW_UP_STATUSES.filter((s) => figures.counts[s] > 0).map(
      (s) => `${statusText(s)}: ${figures.counts[s]}`,
    ),
    ...(figures.counts.missing > 0 ? [`${t("missing")}: ${figures.counts.missing}`] : []),
  ];
  return (
    <div className={styles.card}>
      <h3 className={styles.cardHeading}>{heading}</h3>
      <div className={styles.row}>
        <StatusBadge status={figures.status} label={statusText(figures.status)} />
        <span>{t("progress", { count: figures.followedUp, total: figures.total })}</span>
      </div>
      {parts.length === 0 ? null : (
        <ul className={styles.counts} aria-label={t("counts")}>
          {parts.map((part) => (
            <li key={part} className={styles.count}>
              {part}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** How the period goes: the plan rolled up from its items, and each målområde from what reaches it. */
export function Rollups({ answer, headingId }: { answer: PlanFollowUpBoardAnswer; headingId: string }) {
  const t = useStrings(followUpStrings);
  const styles = useFollowUpStyles();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("progressHeading")}
      </h2>
      <span className={styles.muted}>{t("rollupHelp")}</span>
      <div className={styles.figures}>
        {answer.plan === null ? null : <Figure heading={t("planRollup")} figures={answer.plan.rollup} />}
        {answer.focusAreas.map((area) => (
          <Figure key={area.focusAreaId} heading={area.heading} figures={area} />
        ))}
      </div>
    </section>
  );
}
