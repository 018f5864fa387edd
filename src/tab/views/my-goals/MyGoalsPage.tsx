import { useId } from "react";
import { Button, Field, Link, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { formatRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton, SkippedRowsNotice } from "../../components";
import { describeError } from "../../hooks";
import { ChainTrail } from "../shared";
import { ConfirmGoalAction } from "./ConfirmGoalAction";
import { FailureBar } from "./FormFooter";
import { GoalCard } from "./GoalCard";
import { FollowUpForm, GoalEditor } from "./lazyForms";
import { draftOf, emptyDraft } from "./goalDraft";
import { myGoalsStrings } from "./strings";
import { focusIds } from "./useFocusRequest";
import { useMyGoalsPage } from "./useMyGoalsPage";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

/** Mina mål — the medarbetarsamtal: the unit's arbetsplan beside the person's own goals. */
export function MyGoalsPage() {
  const page = useMyGoalsPage();
  const t = useStrings(myGoalsStrings);
  const styles = useMyGoalsStyles();
  const ids = useId();
  const { loaded, view, model, year } = page;

  const forbidden = (
    <EmptyState
      title={t("forbiddenTitle")}
      guidance={t("forbiddenHelp")}
      action={<Link href={formatRoute({ view: "mina-mal" })}>{t("toMyGoals")}</Link>}
    />
  );

  if (loaded.state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={6} />;
  if (loaded.state.status === "failed") {
    const kind = describeError(loaded.state.error).key;
    // Someone else's goals that the storage refuses (or hides) are shown as "not yours", never as data.
    if (!page.isOwnGoals && (kind === "error.forbidden" || kind === "error.notFound")) return forbidden;
    return <LoadFailure error={loaded.state.error} onRetry={page.reload} />;
  }
  if (view === undefined || model === undefined || page.allowed !== true) return forbidden;

  const requested = page.requestedGoalId;
  if (page.goalLink.status === "checking" || page.goalLink.status === "elsewhere") {
    return <LoadingSkeleton label={t("loading")} rows={6} />;
  }
  if (page.goalLink.status === "not-readable") {
    return (
      <EmptyState
        title={t("goalNotYours")}
        guidance={t("goalNotYoursHelp")}
        action={<Link href={formatRoute({ view: "mina-mal" })}>{t("toMyGoals")}</Link>}
      />
    );
  }

  const years = [
    ...new Set([
      Number(page.today.slice(0, 4)) - 1,
      Number(page.today.slice(0, 4)),
      Number(page.today.slice(0, 4)) + 1,
      year,
    ]),
  ].sort();
  const names = new Map<string, string>([[view.person.id, view.person.name]]);
  if (view.chef) names.set(view.chef.id, view.chef.name);
  const editingGoal = page.editing?.mode === "edit" ? page.editing : undefined;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          <h1 className={styles.title}>
            {page.isOwnGoals ? t("title", { year }) : t("titleFor", { name: view.person.name, year })}
          </h1>
          <span className={styles.muted}>
            {view.chef
              ? t("subtitle", { unit: view.unit.name, chef: view.chef.name })
              : t("subtitleNoChef", { unit: view.unit.name })}
          </span>
          {page.isOwnGoals ? null : (
            <Link href={formatRoute({ view: "mitt-team", enhet: view.unit.id })}>{t("backToTeam")}</Link>
          )}
        </div>
        <Field label={t("year")}>
          <Select value={String(year)} onChange={(_, data) => page.setYear(Number(data.value))}>
            {years.map((y) => (
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
      <div
        id={focusIds.message}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        className={page.announcement.text === "" ? styles.visuallyHidden : styles.announcement}
      >
        {/* A new node each time: the same words twice are still announced. */}
        <span key={page.announcement.count}>{page.announcement.text}</span>
      </div>
      <div className={styles.columns}>
        <section className={styles.column} aria-labelledby={`${ids}-work-plan`}>
          <h2 id={`${ids}-work-plan`} className={styles.sectionHeading}>
            {t("workPlanHeading")}
          </h2>
          {view.workPlan ? (
            <>
              <strong>{view.workPlan.title}</strong>
              {view.workPlan.summary ? (
                <p className={`${styles.paragraph} ${styles.preWrap}`}>{view.workPlan.summary}</p>
              ) : null}
              <ul className={styles.list}>
                {model.activities.map(({ activity, chain }) => (
                  <li key={activity.id} className={styles.activity}>
                    <span className={styles.activityTitle}>{activity.title}</span>
                    {activity.description ? (
                      <span className={styles.preWrap}>{activity.description}</span>
                    ) : null}
                    <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <EmptyState title={t("workPlanMissing", { year })} guidance={t("workPlanMissingHelp")} />
          )}
        </section>
        <section className={styles.column} aria-labelledby={focusIds.goalsHeading}>
          <div className={styles.row}>
            <h2 id={focusIds.goalsHeading} tabIndex={-1} className={styles.sectionHeading}>
              {t("goalsHeading")}
            </h2>
            {page.editing?.mode !== "create" && view.workPlan && view.chef ? (
              <Button id={focusIds.newGoal} appearance="primary" size="large" onClick={page.openCreate}>
                {t("newGoal")}
              </Button>
            ) : null}
          </div>
          {view.chef === null ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t("noChefCannotCreate")}</MessageBarBody>
            </MessageBar>
          ) : null}
          {page.editing?.mode === "create" ? (
            <GoalEditor
              heading={t("newGoal")}
              initial={emptyDraft}
              activities={model.activities}
              today={page.today}
              write={page.writeGoal}
              onSaved={page.goalSaved}
              onCancel={page.closeEditor}
              onUseTheirs={page.keepTheirs}
            />
          ) : null}
          {model.goals.length === 0 && page.editing === undefined ? (
            <EmptyState title={t("noGoals")} guidance={t("noGoalsHelp")} />
          ) : null}
          <ul className={styles.list}>
            {model.goals.map((summary) => {
              const goal = summary.goal;
              if (editingGoal !== undefined && editingGoal.goal.id === goal.id) {
                return (
                  <li key={goal.id}>
                    <GoalEditor
                      heading={t("editGoalHeading", { title: goal.title })}
                      initial={draftOf(editingGoal.goal)}
                      before={editingGoal.goal}
                      activities={model.activities}
                      today={page.today}
                      write={page.writeGoal}
                      onSaved={page.goalSaved}
                      onCancel={page.closeEditor}
                      onUseTheirs={page.keepTheirs}
                    />
                  </li>
                );
              }
              const confirming = page.confirming?.goal.id === goal.id ? page.confirming : undefined;
              const failure = page.failure?.goalId === goal.id ? page.failure : undefined;
              const busy = page.busyGoal === goal.id;
              return (
                <li key={goal.id}>
                  <GoalCard
                    summary={summary}
                    party={page.partyOf(goal)}
                    names={names}
                    highlighted={goal.id === requested}
                    busy={busy}
                    onEdit={() => void page.startEdit(goal.id)}
                    onAgree={() => void page.agree(goal)}
                    onFollowUp={() => page.openFollowUp(goal.id)}
                    onDelete={() => void page.askTo("delete", goal)}
                    onWithdraw={() => void page.askTo("withdraw", goal)}
                  >
                    {failure ? (
                      <FailureBar
                        id={focusIds.failure(goal.id)}
                        error={failure.error}
                        {...(failure.retry === undefined ? {} : { onRetry: failure.retry })}
                      />
                    ) : null}
                    {confirming ? (
                      <ConfirmGoalAction
                        confirming={confirming}
                        busy={busy}
                        onConfirm={() => void page.confirm()}
                        onCancel={page.cancelConfirm}
                      />
                    ) : null}
                    {page.followUpFor === goal.id ? (
                      <FollowUpForm
                        goal={goal}
                        dates={page.datesFor(goal)}
                        initialAnswer={page.answerFor(goal)}
                        today={page.today}
                        write={(draft) => page.writeFollowUp(goal, draft)}
                        onSaved={page.followUpSaved}
                        onCancel={page.closeFollowUp}
                      />
                    ) : null}
                  </GoalCard>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </div>
  );
}
