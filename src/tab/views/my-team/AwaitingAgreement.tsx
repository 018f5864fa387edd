import { useEffect, useRef } from "react";
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { formatRoute, useStrings } from "../../app";
import { sharedStrings } from "../../components/strings";
import { describeError } from "../../hooks";
import { myTeamStrings } from "./strings";
import type { AwaitingRow } from "./teamModel";
import type { AgreementState } from "./useMyTeamPage";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

export interface AwaitingAgreementProps {
  readonly rows: readonly AwaitingRow[];
  readonly year: number;
  readonly agreement: AgreementState;
  readonly onAgree: (row: AwaitingRow) => void;
  readonly headingId: string;
}

/**
 * "Väntar på mitt godkännande": goals the medarbetare has marked agreed, each with the chef's mark and a
 * way to the goal. After a mark, focus moves to the message saying how it went (never left on <body>
 * when the row goes away), and the message is announced.
 */
export function AwaitingAgreement({ rows, year, agreement, onAgree, headingId }: AwaitingAgreementProps) {
  const t = useStrings(myTeamStrings);
  const shared = useStrings(sharedStrings);
  const styles = useMyTeamStyles();
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (agreement.status === "agreed" || agreement.status === "failed") message.current?.focus();
  }, [agreement]);

  const failure = agreement.status === "failed" ? describeError(agreement.error) : undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("awaitingHeading")}
      </h2>
      <span className={styles.muted}>{t("awaitingHelp")}</span>
      {agreement.status === "agreed" ? (
        <MessageBar ref={message} tabIndex={-1} intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {t("agreedMessage", { goal: agreement.row.goal.title, name: agreement.row.person.name })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {agreement.status === "failed" && failure !== undefined ? (
        <MessageBar ref={message} tabIndex={-1} intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("agreeFailedTitle")}</MessageBarTitle>
            {shared(failure.key)}
            {failure.detail === undefined ? "" : ` ${failure.detail}`}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {rows.length === 0 ? (
        <span>{t("awaitingNone")}</span>
      ) : (
        <ul className={styles.list}>
          {rows.map(({ person, goal, since }) => {
            const busy = agreement.status === "agreeing" && agreement.goalId === goal.id;
            return (
              <li key={goal.id} className={styles.awaitingItem} data-goal-id={goal.id}>
                <span className={styles.awaitingText}>
                  <span>{person.name}</span>
                  <span className={styles.awaitingGoal}>{goal.title}</span>
                  <span className={styles.muted}>{t("awaitingSince", { date: since.slice(0, 10) })}</span>
                </span>
                <span className={styles.actions}>
                  <Link
                    href={formatRoute({
                      view: "mina-mal",
                      goalId: goal.id,
                      medarbetare: person.id,
                      ar: String(year),
                    })}
                    aria-label={t("openGoalLabel", { goal: goal.title })}
                  >
                    {t("openGoal")}
                  </Link>
                  <Button
                    appearance="primary"
                    disabledFocusable={agreement.status === "agreeing"}
                    aria-label={t("agreeLabel", { goal: goal.title, name: person.name })}
                    onClick={() => onAgree({ person, goal, since })}
                  >
                    {busy ? t("agreeing") : t("agree")}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
