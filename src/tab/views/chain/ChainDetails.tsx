import { useId, useMemo } from "react";
import { Link } from "@fluentui/react-components";
import {
  latestFollowUp,
  type ChainView,
  type IndicatorOutcome,
  type FollowUp,
  type IndividualGoal,
  type KfIndicator,
  type BoardIndicator,
} from "../../../domain";
import { formatRoute, useLocale, useStrings, type Locale } from "../../app";
import { StatusBadge } from "../../components";
import { kindKey, sharedStrings } from "../../components/strings";
import { useStatusText } from "../../hooks";
import { Agenda2030Goals } from "../shared/Agenda2030Goals";
import { isFollowable, type ChainNode } from "./chainTree";
import { chainStrings } from "./strings";
import { useChainStyles } from "./useChainStyles.styles";

export interface ChainDetailsProps {
  node: ChainNode;
  view: ChainView;
  ownGoals: readonly IndividualGoal[];
  ownFollowUps: readonly FollowUp[];
  /** The year the chain shows, when the URL names one: the link to Mina mål keeps it. */
  ar?: string;
}

function latestOutcome(
  outcomes: readonly IndicatorOutcome[],
  kind: "kf-indicator" | "board-indicator",
  id: string,
) {
  return outcomes
    .filter((o) => o.indicator.kind === kind && o.indicator.id === id && o.measurement.kind === "value")
    .sort((a, b) => b.period.localeCompare(a.period))[0];
}

/** Figures as the reader writes them: "86,5" in Swedish, "86.5" in English. */
function numberFormat(locale: Locale): (value: number) => string {
  const format = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** "Grundskolenämndens" — a Swedish name ending in s, x or z takes no extra s; English takes "'s". */
function genitive(name: string, locale: Locale): string {
  if (locale === "en") return `${name}'s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** What the selected item is: its words, figures and latest follow-up, read from the loaded chain. */
export function ChainDetails({ node, view, ownGoals, ownFollowUps, ar }: ChainDetailsProps) {
  const t = useStrings(chainStrings);
  const { locale } = useLocale();
  const number = useMemo(() => numberFormat(locale), [locale]);
  const shared = useStrings(sharedStrings);
  const statusText = useStatusText();
  const styles = useChainStyles();
  const headingId = useId();
  const lines: string[] = [];
  let goals: readonly number[] | undefined;

  const indicatorLines = (
    indicator: KfIndicator | BoardIndicator,
    kind: "kf-indicator" | "board-indicator",
  ) => {
    goals = indicator.agenda2030Goals;
    lines.push(
      t("measure", { unit: indicator.measureUnit, direction: t(`direction.${indicator.direction}`) }),
    );
    const { baseline, target } = indicator;
    if (baseline) lines.push(t("baseline", { value: number(baseline.value), year: baseline.year }));
    if (target) lines.push(t("target", { value: number(target.value), year: target.year }));
    const outcome = latestOutcome(view.outcomes, kind, indicator.id);
    if (outcome && outcome.measurement.kind === "value") {
      lines.push(t("latestOutcome", { value: number(outcome.measurement.total), period: outcome.period }));
    }
  };

  switch (node.kind) {
    case "focus-area": {
      const area = view.focusAreas.find((a) => a.id === node.id);
      if (area) lines.push(`${t("citizenText")}: ${area.citizenText}`);
      goals = area?.agenda2030Goals;
      for (const plan of view.boardPlans) {
        const interpretation = plan.interpretations.find((i) => i.focusAreaId === node.id);
        if (interpretation)
          lines.push(
            `${t("interpretation", { board: genitive(view.board.name, locale) })}: ${interpretation.text}`,
          );
      }
      break;
    }
    case "kf-indicator": {
      const kf = view.kfIndicators.find((k) => k.id === node.id);
      if (kf) indicatorLines(kf, "kf-indicator");
      if (node.children.length === 0) lines.push(t("notTranslated"));
      break;
    }
    case "board-indicator": {
      const bi = view.boardIndicators.find((b) => b.id === node.id);
      if (bi) indicatorLines(bi, "board-indicator");
      break;
    }
    case "milestone": {
      const m = view.milestones.find((x) => x.id === node.id);
      if (m) lines.push(t("milestoneTarget", { value: number(m.targetValue), date: m.targetDate }));
      break;
    }
    case "assignment": {
      const a = view.assignments.find((x) => x.id === node.id);
      if (a?.description) lines.push(a.description);
      if (a) lines.push(t("dueDate", { date: a.dueDate }));
      if (a?.decisionReference) lines.push(t("decision", { reference: a.decisionReference }));
      break;
    }
    case "activity": {
      const activity = view.activities.find((x) => x.id === node.id);
      const plan = view.workPlans.find((p) => p.id === activity?.workPlanId);
      if (activity?.description) lines.push(activity.description);
      if (plan) lines.push(t("workPlan", { plan: plan.title }));
      break;
    }
    default:
      break;
  }

  const followUps = [...view.followUps, ...ownFollowUps];
  const latest = isFollowable(node.kind)
    ? latestFollowUp({ kind: node.kind, id: node.id }, followUps)
    : undefined;
  if (latest?.comment) lines.push(t("latestComment", { period: latest.period, comment: latest.comment }));

  const goal = node.kind === "individual-goal" ? ownGoals.find((g) => g.id === node.id) : undefined;
  const kind =
    node.kind === "group-assignments" || node.kind === "group-core-mission"
      ? undefined
      : node.kind === "individual-goal"
        ? t("myGoal")
        : shared(kindKey(node.kind));

  return (
    <section className={styles.details} aria-labelledby={headingId}>
      {kind ? <span className={styles.kind}>{kind}</span> : null}
      <h2 id={headingId} className={styles.detailsHeading}>
        {node.kind === "group-assignments"
          ? t("groupAssignments")
          : node.kind === "group-core-mission"
            ? t("groupCoreMission")
            : node.label}
      </h2>
      {node.status ? (
        <span>
          <StatusBadge status={node.status} label={statusText(node.status)} size="large" />
        </span>
      ) : (
        <span className={styles.muted}>{t("statusNone")}</span>
      )}
      {lines.map((line) => (
        <p key={line} className={styles.paragraph}>
          {line}
        </p>
      ))}
      <Agenda2030Goals goals={goals} />
      {node.kind === "kf-indicator" || node.kind === "board-indicator" ? (
        <Link
          href={formatRoute({
            view: "indikator",
            kind: node.kind,
            id: node.id,
            forvaltning: view.administration.id,
            ...(ar === undefined ? {} : { ar }),
          })}
        >
          {t("openIndicator")}
        </Link>
      ) : null}
      {goal ? (
        <Link href={formatRoute({ view: "mina-mal", goalId: goal.id, ...(ar === undefined ? {} : { ar }) })}>
          {t("openGoal")}
        </Link>
      ) : null}
    </section>
  );
}
