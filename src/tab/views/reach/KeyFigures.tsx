import type { ReachFigures } from "../../../contracts/reachApi";
import { useStrings } from "../../app";
import type { ReachFormats } from "./formats";
import { share } from "./reachModel";
import { reachStrings } from "./strings";
import { useReachStyles } from "./useReachStyles.styles";

/** The group's key figures: staff with agreed goals, follow-ups on time, agreed goals; each as a share and a count. */
export function KeyFigures(props: { figures: ReachFigures; year: number; formats: ReachFormats }) {
  const t = useStrings(reachStrings);
  const styles = useReachStyles();
  const { figures, formats } = props;
  const n = formats.number;
  return (
    <dl className={styles.figures}>
      <div className={styles.figure}>
        <dt className={styles.figureLabel}>{t("withGoals")}</dt>
        <dd className={styles.figureValue}>
          {formats.percent(share(figures.staffWithAgreedGoals, figures.staff))}
        </dd>
        <dd className={styles.muted}>
          {t("withGoalsDetail", { count: n(figures.staffWithAgreedGoals), total: n(figures.staff) })}
        </dd>
      </div>
      <div className={styles.figure}>
        <dt className={styles.figureLabel}>{t("onTime")}</dt>
        {figures.followUpsDue === 0 ? (
          <>
            <dd className={styles.figureValue}>{t("none")}</dd>
            <dd className={styles.muted}>{t("onTimeNone")}</dd>
          </>
        ) : (
          <>
            <dd className={styles.figureValue}>
              {formats.percent(share(figures.followUpsOnTime, figures.followUpsDue))}
            </dd>
            <dd className={styles.muted}>
              {t("onTimeDetail", { count: n(figures.followUpsOnTime), total: n(figures.followUpsDue) })}
            </dd>
          </>
        )}
      </div>
      <div className={styles.figure}>
        <dt className={styles.figureLabel}>{t("agreedGoals")}</dt>
        <dd className={styles.figureValue}>{n(figures.agreedGoals)}</dd>
        <dd className={styles.muted}>{t("agreedGoalsDetail", { year: props.year })}</dd>
      </div>
    </dl>
  );
}
