import { useId } from "react";
import { Button, Field, Link, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { formatRoute, useStrings } from "../../app";
import { EmptyState, ErrorState, LoadFailure, LoadingSkeleton, SkippedRowsNotice } from "../../components";
import { sharedStrings } from "../../components/strings";
import { describeError } from "../../hooks";
import { ChainTrail } from "../shared";
import { FollowUpForm } from "./FollowUpForm";
import { GoalCard } from "./GoalCard";
import { GoalEditor } from "./GoalEditor";
import { draftOf, emptyDraft } from "./goalDraft";
import { myGoalsStrings } from "./strings";
import { useMyGoalsPage } from "./useMyGoalsPage";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

/** Mina mål — the medarbetarsamtal: the unit's arbetsplan beside the person's own goals. */
export function MyGoalsPage() {
  const page = useMyGoalsPage();
  const t = useStrings(myGoalsStrings);
  const shared = useStrings(sharedStrings);
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

  const thisYear = page.year;
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const closeEditor = () => page.setEditing(undefined);
  const saved = (message: string) => {
    page.setAnnouncement(message);
    page.reload();
  };

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
      <div role="status" aria-live="polite" className={styles.muted}>
        {page.announcement}
      </div>
      {page.actionError !== undefined ? (
        <ErrorState
          title={shared("error.title")}
          message={`${shared(describeError(page.actionError).key)} ${describeError(page.actionError).detail ?? ""}`}
        />
      ) : null}
      <div className={styles.columns}>
        <section className={styles.column} aria-labelledby={`${ids}-work-plan`}>
          <h2 id={`${ids}-work-plan`} className={styles.sectionHeading}>
            {t("workPlanHeading")}
          </h2>
          {view.workPlan ? (
            <>
              <strong>{view.workPlan.title}</strong>
              {view.workPlan.summary ? <p className={styles.paragraph}>{view.workPlan.summary}</p> : null}
              <ul className={styles.list}>
                {model.activities.map(({ activity, chain }) => (
                  <li key={activity.id} className={styles.activity}>
                    <span className={styles.activityTitle}>{activity.title}</span>
                    {activity.description ? <span>{activity.description}</span> : null}
                    <ChainTrail chain={chain} label={`${t("activityServes")}: ${activity.title}`} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <EmptyState title={t("workPlanMissing", { year })} guidance={t("workPlanMissingHelp")} />
          )}
        </section>
        <section className={styles.column} aria-labelledby={`${ids}-goals`}>
          <div className={styles.row}>
            <h2 id={`${ids}-goals`} className={styles.sectionHeading}>
              {t("goalsHeading")}
            </h2>
            {page.editing === undefined && view.workPlan && view.chef ? (
              <Button appearance="primary" size="large" onClick={() => page.setEditing({ mode: "create" })}>
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
              write={page.writeGoal}
              onSaved={() => {
                closeEditor();
                saved(t("goalSaved"));
              }}
              onCancel={closeEditor}
              onUseTheirs={() => {
                closeEditor();
                page.reload();
              }}
            />
          ) : null}
          {model.goals.length === 0 && page.editing === undefined ? (
            <EmptyState title={t("noGoals")} guidance={t("noGoalsHelp")} />
          ) : null}
          <ul className={styles.list}>
            {model.goals.map((summary) => {
              const goal = summary.goal;
              const editing =
                page.editing?.mode === "edit" && page.editing.goal.id === goal.id ? page.editing : undefined;
              return (
                <li key={goal.id}>
                  {editing ? (
                    <GoalEditor
                      heading={`${t("editGoal")}: ${goal.title}`}
                      initial={draftOf(editing.goal)}
                      before={editing.goal}
                      activities={model.activities}
                      write={page.writeGoal}
                      onSaved={() => {
                        closeEditor();
                        saved(t("goalSaved"));
                      }}
                      onCancel={closeEditor}
                      onUseTheirs={() => {
                        closeEditor();
                        page.reload();
                      }}
                    />
                  ) : (
                    <GoalCard
                      summary={summary}
                      party={page.partyOf(goal)}
                      highlighted={goal.id === requested}
                      busy={page.busyGoal === goal.id}
                      onEdit={() => void page.startEdit(goal.id)}
                      onAgree={() => void page.agree(goal)}
                      onFollowUp={() => page.setFollowUpFor(goal.id)}
                    >
                      {page.followUpFor === goal.id ? (
                        <FollowUpForm
                          goal={goal}
                          dates={page.datesFor(goal)}
                          initialAnswer={page.answerFor(goal)}
                          write={(draft) => page.writeFollowUp(goal, draft)}
                          onSaved={() => {
                            page.setFollowUpFor(undefined);
                            saved(t("followUpSaved"));
                          }}
                          onCancel={() => page.setFollowUpFor(undefined)}
                        />
                      ) : null}
                    </GoalCard>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </div>
  );
}
