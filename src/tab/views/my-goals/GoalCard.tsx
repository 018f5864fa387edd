import { useId, type ReactNode } from "react";
import { Button, mergeClasses } from "@fluentui/react-components";
import { StatusBadge } from "../../components";
import { useStatusText } from "../../hooks";
import { useStrings } from "../../app";
import { ChainTrail } from "../shared";
import type { GoalParty } from "./access";
import type { GoalSummary } from "./myGoalsModel";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

export interface GoalCardProps {
  summary: GoalSummary;
  /** The reader's part in this goal; decides which agreement mark they may set. */
  party: GoalParty | undefined;
  highlighted: boolean;
  busy: boolean;
  onEdit: () => void;
  onAgree: () => void;
  onFollowUp: () => void;
  /** The follow-up form, when open for this goal. */
  children?: ReactNode;
}

const day = (instant: string | undefined) => instant?.slice(0, 10) ?? "";

/** One goal as the two at the screen read it: what, linked to what, agreed by whom, how it is going. */
export function GoalCard(props: GoalCardProps) {
  const { summary, party, highlighted, busy, onEdit, onAgree, onFollowUp, children } = props;
  const { goal, latest, nextDate, overdueDate } = summary;
  const t = useStrings(myGoalsStrings);
  const statusText = useStatusText();
  const styles = useMyGoalsStyles();
  const headingId = useId();
  const mayAgree =
    (party === "employee" && goal.agreedByEmployeeAt === undefined) ||
    (party === "manager" && goal.agreedByManagerAt === undefined);

  return (
    <article
      className={mergeClasses(styles.card, highlighted && styles.highlighted)}
      aria-labelledby={headingId}
      data-goal-id={goal.id}
    >
      <h3 id={headingId} className={styles.cardHeading}>
        {goal.title}
      </h3>
      {goal.description ? <p className={styles.paragraph}>{goal.description}</p> : null}
      <section aria-label={t("linkedActivities")}>
        <strong>{t("linkedActivities")}</strong>
        <ul className={styles.list}>
          {summary.activities.map(({ activity, chain }) => (
            <li key={activity.id}>
              {activity.title}
              <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} compact />
            </li>
          ))}
        </ul>
      </section>
      {goal.coreValues && goal.coreValues.length > 0 ? (
        <span>
          {t("coreValuesShown")}: {goal.coreValues.map((value) => t(`coreValue.${value}`)).join(", ")}
        </span>
      ) : null}
      <ul className={styles.list} aria-label={t("agreement")}>
        <li>
          {goal.agreedByEmployeeAt
            ? t("agreedEmployee", { date: day(goal.agreedByEmployeeAt) })
            : t("notAgreedEmployee")}
        </li>
        <li>
          {goal.agreedByManagerAt
            ? t("agreedManager", { date: day(goal.agreedByManagerAt) })
            : t("notAgreedManager")}
        </li>
      </ul>
      <div className={styles.row}>
        <span>{t("latestFollowUp")}:</span>
        {latest ? (
          <>
            <StatusBadge status={latest.status} label={statusText(latest.status)} size="large" />
            <span className={styles.muted}>{latest.period}</span>
            {latest.comment ? <span>“{latest.comment}”</span> : null}
          </>
        ) : (
          <span className={styles.muted}>{t("noFollowUp")}</span>
        )}
      </div>
      {overdueDate ? (
        <span className={styles.warning}>{t("overdueFollowUp", { date: overdueDate })}</span>
      ) : null}
      {nextDate ? <span>{t("nextFollowUp", { date: nextDate })}</span> : null}
      <div className={styles.actions}>
        {mayAgree ? (
          <Button appearance="primary" size="large" onClick={onAgree} disabled={busy}>
            {party === "employee" ? t("markAgreedEmployee") : t("markAgreedManager")}
          </Button>
        ) : null}
        <Button size="large" onClick={onFollowUp} disabled={busy}>
          {t("recordFollowUp")}
        </Button>
        <Button size="large" onClick={onEdit} disabled={busy}>
          {t("editGoal")}
        </Button>
      </div>
      {children}
    </article>
  );
}
