import { useId, type ReactNode } from "react";
import { Badge, Button, Link, mergeClasses } from "@fluentui/react-components";
import { isAgreed, type FollowUp } from "../../../domain";
import { StatusBadge } from "../../components";
import { sharedStrings } from "../../components/strings";
import { useStatusText } from "../../hooks";
import { formatRoute, useStrings } from "../../app";
import { ChainTrail } from "../shared";
import type { GoalParty } from "./access";
import { recordedOn, type GoalSummary } from "./myGoalsModel";
import { myGoalsStrings } from "./strings";
import { focusIds } from "./useFocusRequest";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

export interface GoalCardProps {
  summary: GoalSummary;
  /** The reader's part in this goal; decides which agreement mark they may set. */
  party: GoalParty | undefined;
  /** Names of the people who may have written in the goal (the medarbetare and the chef). */
  names: ReadonlyMap<string, string>;
  highlighted: boolean;
  busy: boolean;
  onEdit: () => void;
  onAgree: () => void;
  onFollowUp: () => void;
  onDelete: () => void;
  onWithdraw: () => void;
  /** The follow-up form, a confirmation or a failure, when open for this goal. */
  children?: ReactNode;
}

const day = (instant: string | undefined) => instant?.slice(0, 10) ?? "";

/** The indicators an activity serves on its way up, and the målområde it ends in. */
const SERVED = ["board-indicator", "kf-indicator", "focus-area"] as const;

/**
 * One goal as the two at the screen read it: what, where in the chain, agreed by whom, how it is going and
 * how it went. A withdrawn goal is shown as avslutat, with who and when, and takes no more changes.
 */
export function GoalCard(props: GoalCardProps) {
  const { summary, party, names, highlighted, busy, onEdit, onAgree, onFollowUp, onDelete, onWithdraw } =
    props;
  const { goal, latest, nextDate, overdueDate, history, withdrawn } = summary;
  const t = useStrings(myGoalsStrings);
  const shared = useStrings(sharedStrings);
  const statusText = useStatusText();
  const styles = useMyGoalsStyles();
  const headingId = useId();
  const nameOf = (personId: string) => names.get(personId) ?? t("formerChef");
  const mayAgree =
    !withdrawn &&
    ((party === "employee" && goal.agreedByEmployeeAt === undefined) ||
      (party === "manager" && goal.agreedByManagerAt === undefined));
  const agreed = isAgreed(goal);

  const followUpLine = (f: FollowUp) => (
    <>
      <StatusBadge status={f.status} label={statusText(f.status)} />
      <span>{recordedOn(f)}</span>
      {f.answers === undefined ? null : (
        <span className={styles.muted}>{t("historyAnswers", { date: f.answers })}</span>
      )}
      <span className={styles.muted}>{t("historyBy", { name: nameOf(f.authorId) })}</span>
    </>
  );

  return (
    <article
      id={focusIds.goal(goal.id)}
      tabIndex={-1}
      className={mergeClasses(styles.card, highlighted && styles.highlighted, withdrawn && styles.withdrawn)}
      aria-labelledby={headingId}
      data-goal-id={goal.id}
    >
      <div className={styles.cardTitleRow}>
        <h3 id={headingId} className={styles.cardHeading}>
          {goal.title}
        </h3>
        {withdrawn ? (
          <Badge appearance="tint" color="informative" size="large">
            {t("withdrawnBadge")}
          </Badge>
        ) : null}
      </div>
      {withdrawn && goal.withdrawnBy !== undefined ? (
        <span className={styles.muted}>
          {t("withdrawnBy", { date: day(goal.withdrawnAt), name: nameOf(goal.withdrawnBy) })}
        </span>
      ) : null}
      {goal.description ? (
        <p className={mergeClasses(styles.paragraph, styles.preWrap)}>{goal.description}</p>
      ) : null}
      <section aria-labelledby={`${headingId}-chain`} className={styles.cardSection}>
        <h4 id={`${headingId}-chain`} className={styles.subHeading}>
          {t("chainHeading")}
        </h4>
        <ul className={styles.list}>
          {summary.activities.map(({ activity, chain }) => (
            <li key={activity.id} className={styles.chainItem}>
              <span>
                <span className={styles.kindLabel}>{shared("kind.activity")}:</span> {activity.title}
              </span>
              <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} kinds={SERVED} />
              <Link
                href={formatRoute({
                  view: "kedjan",
                  filter: { ar: String(goal.year), item: `activity:${activity.id}` },
                })}
                aria-label={`${t("showInChain")}: ${activity.title}`}
              >
                {t("showInChain")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {goal.coreValues && goal.coreValues.length > 0 ? (
        <span>
          {t("coreValuesShown")}: {goal.coreValues.map((value) => t(`coreValue.${value}`)).join(", ")}
        </span>
      ) : null}
      <ul className={styles.plainList} aria-label={t("agreement")}>
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
            {followUpLine(latest)}
            {latest.comment ? <span className={styles.preWrap}>“{latest.comment}”</span> : null}
          </>
        ) : (
          <span className={styles.muted}>{t("noFollowUp")}</span>
        )}
      </div>
      {history.length > 1 ? (
        <details className={styles.history}>
          <summary>
            {history.length === 1 ? t("historyOne") : t("historyOther", { count: history.length })}
          </summary>
          <ol className={styles.list}>
            {history.map((f) => (
              <li key={f.id} className={styles.historyItem}>
                <div className={styles.row}>{followUpLine(f)}</div>
                {f.comment ? <span className={styles.preWrap}>“{f.comment}”</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {overdueDate ? (
        <span className={styles.warning}>{t("overdueFollowUp", { date: overdueDate })}</span>
      ) : null}
      {nextDate ? <span>{t("nextFollowUp", { date: nextDate })}</span> : null}
      {withdrawn ? null : (
        <div className={styles.actions}>
          {mayAgree ? (
            <Button appearance="primary" size="large" onClick={onAgree} disabledFocusable={busy}>
              {party === "employee" ? t("markAgreedEmployee") : t("markAgreedManager")}
            </Button>
          ) : null}
          <Button id={focusIds.followUp(goal.id)} size="large" onClick={onFollowUp} disabledFocusable={busy}>
            {t("recordFollowUp")}
          </Button>
          <Button id={focusIds.edit(goal.id)} size="large" onClick={onEdit} disabledFocusable={busy}>
            {t("editGoal")}
          </Button>
          {agreed ? (
            <Button
              id={focusIds.withdraw(goal.id)}
              size="large"
              onClick={onWithdraw}
              disabledFocusable={busy}
            >
              {t("withdrawGoal")}
            </Button>
          ) : summary.followedUp ? null : (
            <Button id={focusIds.remove(goal.id)} size="large" onClick={onDelete} disabledFocusable={busy}>
              {t("deleteGoal")}
            </Button>
          )}
        </div>
      )}
      {props.children}
    </article>
  );
}
