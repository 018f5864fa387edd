import { useState } from "react";
import { Button } from "@fluentui/react-components";
import type { IndicatorOutcome, IndicatorView } from "../../../domain";
import { useStrings } from "../../app";
import { outcomeRows } from "./outcomeEntry";
import { OutcomeForm } from "./OutcomeForm";
import { indicatorStrings } from "./strings";
import { useIndicatorStyles } from "./useIndicatorStyles.styles";

/**
 * For the indicator's owners: every outcome with where it comes from — a person's own can be corrected
 * ("Rätta"), Kolada's are credited and not editable by hand — and a form for a new one. After a save the
 * view reads again, so the chart, table and status follow.
 */
export function OutcomesSection(props: {
  view: IndicatorView;
  defaultPeriod: string;
  number: (value: number) => string;
  onSaved: () => void;
}) {
  const { view, number, onSaved } = props;
  const t = useStrings(indicatorStrings);
  const styles = useIndicatorStyles();
  const [correcting, setCorrecting] = useState<string | undefined>();
  const { indicator } = view;
  const ref = { kind: view.kind, id: indicator.id };
  const split = indicator.genderSplit === true;
  const unit = indicator.measureUnit;
  const describe = (o: IndicatorOutcome): string => {
    const m = o.measurement;
    const value =
      m.kind === "missing"
        ? t("missing", { reason: t(`missing.${m.reason}`) })
        : m.women !== undefined || m.men !== undefined
          ? t("splitLine", {
              value: `${number(m.total)} ${unit}`,
              women: m.women === undefined ? t("none") : number(m.women),
              men: m.men === undefined ? t("none") : number(m.men),
            })
          : `${number(m.total)} ${unit}`;
    return t("outcomeLine", { period: o.period, value });
  };
  const rows = outcomeRows(view);
  return (
    <section className={styles.section} aria-labelledby="indicator-outcomes">
      <h2 id="indicator-outcomes" className={styles.heading}>
        {t("outcomesHeading")}
      </h2>
      {rows.some((r) => !r.manual) ? <p className={styles.muted}>{t("outcomesHelp")}</p> : null}
      {rows.length === 0 ? null : (
        <ul className={styles.outcomes} aria-label={t("recorded")}>
          {rows.map(({ outcome, version, manual }) => (
            <li key={outcome.id} className={styles.card}>
              <span>{describe(outcome)}</span>
              <span className={styles.muted}>{manual ? t("manualSource") : t("kolada")}</span>
              {!manual || version === undefined ? null : correcting === outcome.id ? (
                <OutcomeForm
                  indicator={ref}
                  unit={unit}
                  split={split}
                  defaultPeriod={outcome.period}
                  existing={{ value: outcome, version }}
                  describe={describe}
                  onCancel={() => setCorrecting(undefined)}
                  onSaved={onSaved}
                />
              ) : (
                <div className={styles.actions}>
                  <Button
                    onClick={() => setCorrecting(outcome.id)}
                    aria-label={t("correctOutcome", { period: outcome.period })}
                  >
                    {t("correct")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.card}>
        <OutcomeForm
          indicator={ref}
          unit={unit}
          split={split}
          defaultPeriod={props.defaultPeriod}
          describe={describe}
          onSaved={onSaved}
        />
      </div>
    </section>
  );
}
