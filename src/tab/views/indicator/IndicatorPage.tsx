import { Link } from "@fluentui/react-components";
import { useMemo } from "react";
import { NotFoundError } from "../../../domain";
import { formatRoute, useLocale, useStrings } from "../../app";
import { LoadFailure, LoadingSkeleton, SkippedRowsNotice, StatusBadge } from "../../components";
import { chainStrings } from "../chain/strings";
import { Agenda2030Goals } from "../shared/Agenda2030Goals";
import { FiguresTable } from "./FiguresTable";
import { IndicatorChart } from "./IndicatorChart";
import { OutcomesForOwners } from "./OutcomesForOwners";
import { indicatorStrings } from "./strings";
import { useIndicatorPage } from "./useIndicatorPage";
import { useIndicatorStyles } from "./useIndicatorStyles.styles";

/** One KF or nämnd indicator: its words, global goals, outcomes over time against its targets, its status. */
export function IndicatorPage() {
  const page = useIndicatorPage();
  const t = useStrings(indicatorStrings);
  const chain = useStrings(chainStrings);
  const { locale } = useLocale();
  const styles = useIndicatorStyles();
  const number = useMemo(() => {
    const format = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, [locale]);
  const { view, figures, ref } = page;

  const back = (
    <Link
      href={formatRoute({
        view: "kedjan",
        filter: {
          ...(ref ? { item: `${ref.kind}:${ref.id}` } : {}),
          ...(page.ar ? { ar: page.ar } : {}),
          ...(page.forvaltning ? { forvaltning: page.forvaltning } : {}),
        },
      })}
    >
      {t("back")}
    </Link>
  );

  const state = page.loaded.state;
  if (state.status === "loading") {
    return (
      <div className={styles.page}>
        {back}
        <LoadingSkeleton label={t("loading")} rows={6} />
      </div>
    );
  }
  if (state.status === "failed" && !(state.error instanceof NotFoundError)) {
    return (
      <div className={styles.page}>
        {back}
        <h1 className={styles.title}>{chain("title")}</h1>
        <LoadFailure error={state.error} onRetry={page.loaded.reload} />
      </div>
    );
  }
  if (view === null || figures === undefined) {
    return (
      <div className={styles.page}>
        {back}
        <h1 className={styles.title}>{t("notFoundTitle")}</h1>
        <p className={styles.paragraph}>{t("notFoundHelp")}</p>
      </div>
    );
  }

  const { indicator } = view;
  const { status } = figures;
  const name = `${indicator.number}. ${indicator.name}`;
  const unit = indicator.measureUnit;
  const withUnit = (value: number) => `${number(value)} ${unit}`;

  return (
    <article className={styles.page} aria-labelledby="indicator-heading">
      {back}
      <header className={styles.section}>
        <span className={styles.kind}>{t(`kind.${view.kind}`)}</span>
        <h1 id="indicator-heading" className={styles.title}>
          {name}
        </h1>
      </header>
      <SkippedRowsNotice
        count={view.skippedRows}
        one={chain("skippedRowsOne")}
        other={chain("skippedRowsOther", { count: view.skippedRows ?? 0 })}
      />
      <section className={styles.section}>
        <p className={styles.paragraph}>
          {t("measure", { unit, direction: t(`direction.${indicator.direction}`) })}
        </p>
        {indicator.baseline ? (
          <p className={styles.paragraph}>
            {t("baseline", { value: withUnit(indicator.baseline.value), year: indicator.baseline.year })}
          </p>
        ) : null}
        {indicator.target ? (
          <p className={styles.paragraph}>
            {t("target", { value: withUnit(indicator.target.value), year: indicator.target.year })}
          </p>
        ) : null}
        {view.kind === "board-indicator" && view.kfIndicator ? (
          <p className={styles.paragraph}>
            {t("answers", { number: view.kfIndicator.number, name: view.kfIndicator.name })}
          </p>
        ) : null}
        {view.focusArea ? (
          <p className={styles.paragraph}>{t("focusArea", { name: view.focusArea.heading })}</p>
        ) : null}
        <Agenda2030Goals goals={indicator.agenda2030Goals} />
      </section>

      <section className={styles.status} aria-labelledby="indicator-status">
        <h2 id="indicator-status" className={styles.heading}>
          {t("statusHeading")}
        </h2>
        <span>
          {status.status === "no-data" ? (
            <span className={styles.muted}>{t("status.no-data")}</span>
          ) : (
            <StatusBadge status={status.status} label={t(`status.${status.status}`)} size="large" />
          )}
        </span>
        <p className={styles.paragraph} data-testid="indicator-status-rule">
          {status.rule[locale]}
        </p>
      </section>

      {view.kind === "board-indicator" && view.milestones.length > 0 ? (
        <section className={styles.section} aria-labelledby="indicator-milestones">
          <h2 id="indicator-milestones" className={styles.heading}>
            {t("milestones")}
          </h2>
          <ul className={styles.list}>
            {[...view.milestones]
              .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
              .map((m) => (
                <li key={m.id}>
                  {t("milestoneLine", { title: m.title, value: withUnit(m.targetValue), date: m.targetDate })}
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby="indicator-chart">
        <h2 id="indicator-chart" className={styles.heading}>
          {t("chartHeading")}
        </h2>
        {figures.rows.length === 0 ? (
          <p className={styles.paragraph}>{t("noOutcomes")}</p>
        ) : (
          <>
            <figure className={styles.chart}>
              <IndicatorChart
                figures={figures}
                title={t("chartTitle", { name: indicator.name })}
                locale={locale}
                labels={{ total: t("total"), women: t("women"), men: t("men"), targets: t("targetsLegend") }}
              />
            </figure>
            <FiguresTable
              figures={figures}
              caption={t("tableCaption", { unit })}
              headers={{
                period: t("period"),
                total: t("total"),
                women: t("women"),
                men: t("men"),
                target: t("targetColumn"),
              }}
              number={number}
              missing={(reason) => t("missing", { reason: t(`missing.${reason}`) })}
              none={t("none")}
            />
          </>
        )}
        {figures.fromKolada ? <p className={styles.muted}>{t("kolada")}</p> : null}
      </section>

      <OutcomesForOwners view={view} number={number} onSaved={page.loaded.reload} />
    </article>
  );
}
