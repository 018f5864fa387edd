import type { ReportKfIndicator, TrendPoint, YearValueWire } from "./reportTypes";
import { useStrings } from "../../app";
import { ReportStatus } from "./ReportStatus";
import { kfReportStrings } from "./strings";
import { useKfReportStyles } from "./useKfReportStyles.styles";

interface Props {
  readonly indicator: ReportKfIndicator;
  readonly formatNumber: (n: number) => string;
  readonly formatDate: (iso: string) => string;
}

/** One KF indicator: its facts, its outcome trend as a table, and every nämnd's translation. */
export function KfIndicatorSection({ indicator, formatNumber, formatDate }: Props) {
  const t = useStrings(kfReportStrings);
  const styles = useKfReportStyles();
  const headingId = `kf-${indicator.id}`;
  const yearValue = (v: YearValueWire | undefined) =>
    v === undefined ? t("none") : `${formatNumber(v.value)} ${indicator.measureUnit} (${v.year})`;
  const cell = (p: TrendPoint, part: "total" | "women" | "men") => {
    const m = p.measurement;
    if (m.kind === "missing")
      return part === "total" ? t("missing", { reason: t(`missing.${m.reason}`) }) : t("none");
    const value = m[part];
    return value === undefined ? t("none") : formatNumber(value);
  };
  return (
    <section className={styles.indicator} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.indicatorHeading}>
        {t("kfIndicator", { number: indicator.number, name: indicator.name })}
      </h3>
      <p className={styles.muted}>
        {t("facts", {
          unit: indicator.measureUnit,
          direction: t(`direction.${indicator.direction}`),
          baseline: yearValue(indicator.baseline),
          target: yearValue(indicator.target),
        })}
      </p>
      <h4 className={styles.subHeading}>{t("trend")}</h4>
      {indicator.trend.length === 0 ? (
        <p className={styles.muted}>{t("noOutcome")}</p>
      ) : (
        <div
          className={styles.tableWrap}
          role="region"
          aria-label={t("trendCaption", { number: indicator.number })}
          tabIndex={0}
        >
          <table className={styles.table}>
            <caption>{t("trendCaption", { number: indicator.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colPeriod")}</th>
                <th scope="col" className="number">
                  {t("colTotal")}
                </th>
                <th scope="col" className="number">
                  {t("colWomen")}
                </th>
                <th scope="col" className="number">
                  {t("colMen")}
                </th>
                <th scope="col">{t("colSource")}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.trend.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  <td className="number">{cell(p, "total")}</td>
                  <td className="number">{cell(p, "women")}</td>
                  <td className="number">{cell(p, "men")}</td>
                  <td>{p.source === "kolada" ? t("sourceKolada") : t("sourceManual")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {indicator.trend.some((p) => p.source === "kolada") ? (
        <p className={styles.muted}>{t("kolada")}</p>
      ) : null}
      <h4 className={styles.subHeading}>{t("translations")}</h4>
      {indicator.translations.length === 0 ? (
        <p className={styles.muted}>{t("noTranslation")}</p>
      ) : (
        <ul className={styles.list}>
          {indicator.translations.map((tr) => (
            <li key={tr.id} className={styles.translation}>
              <strong>{tr.boardName}</strong>
              <span>
                {tr.name} ({tr.measureUnit})
              </span>
              <ReportStatus status={tr.status} unit={tr.measureUnit} formatNumber={formatNumber} />
              <span className={styles.subHeading}>{t("milestones")}</span>
              {tr.milestones.length === 0 ? (
                <p className={styles.muted}>{t("noMilestones")}</p>
              ) : (
                <ul className={styles.milestones}>
                  {tr.milestones.map((m) => (
                    <li key={m.id}>
                      <span>{m.title}</span>
                      <span className={styles.muted}>
                        {" · "}
                        {t("milestoneTarget", {
                          value: `${formatNumber(m.targetValue)} ${tr.measureUnit}`,
                          date: formatDate(m.targetDate),
                          horizon: t(`horizon.${m.horizon}`),
                        })}
                      </span>
                      <ReportStatus status={m.status} unit={tr.measureUnit} formatNumber={formatNumber} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
