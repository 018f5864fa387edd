import { useId, useState } from "react";
import { Button, Link } from "@fluentui/react-components";
import type { MandateDesk } from "../../../contracts/kfLevelApi";
import type { FocusArea } from "../../../domain";
import { formatRoute, useLocale, usePorts, useStrings } from "../../app";
import { Agenda2030Goals } from "../shared";
import { draftOf } from "./kfLevelModel";
import { KfIndicatorForm } from "./KfIndicatorForm";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, useKfAction } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

type SavedIndicator = MandateDesk["focusAreas"][number]["kfIndicators"][number];

/**
 * One KF indicator as KF set it: number and name, unit, which way is good, baseline and target, Kolada id,
 * global goals and how many nämnd indicators translate it; a KF planner changes or removes it in an utkast.
 */
export function KfIndicatorCard(props: {
  saved: SavedIndicator;
  focusAreas: readonly FocusArea[];
  declarationId: string;
  lastYear: number;
  edit: boolean;
  onReload: () => void;
}) {
  const { saved, focusAreas, declarationId, lastYear, edit, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const { locale } = useLocale();
  const styles = useKfLevelStyles();
  const headingId = useId();
  const { kfLevel } = usePorts();
  const removal = useKfAction();
  const [changing, setChanging] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { indicator, translations } = saved;
  const number = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
  const facts = [
    t("unitLine", { unit: indicator.measureUnit }),
    t("directionLine", { direction: t(`directionGood.${indicator.direction}`) }),
    indicator.baseline === undefined
      ? undefined
      : t("baselineLine", {
          value: number.format(indicator.baseline.value),
          unit: indicator.measureUnit,
          year: indicator.baseline.year,
        }),
    indicator.target === undefined
      ? undefined
      : t("targetLine", {
          value: number.format(indicator.target.value),
          unit: indicator.measureUnit,
          year: indicator.target.year,
        }),
    indicator.koladaKpiId === undefined ? undefined : t("koladaLine", { id: indicator.koladaKpiId }),
    indicator.genderSplit === true ? t("genderSplitLine") : undefined,
    translations === 0
      ? t("translations0")
      : translations === 1
        ? t("translations1")
        : t("translationsN", { count: translations }),
  ].filter((f): f is string => f !== undefined);
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subHeading}>
        <Link href={formatRoute({ view: "indikator", kind: "kf-indicator", id: indicator.id })}>
          {t("indicatorHeading", { number: indicator.number, name: indicator.name })}
        </Link>
      </h4>
      <ul className={styles.facts}>
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <Agenda2030Goals goals={indicator.agenda2030Goals} />
      {edit && !changing && !confirming ? (
        <div className={styles.actions}>
          <Button
            onClick={() => setChanging(true)}
            aria-label={t("changeIndicator", { number: indicator.number })}
          >
            {t("change")}
          </Button>
          <Button
            onClick={() => setConfirming(true)}
            aria-label={t("removeIndicator", { number: indicator.number })}
          >
            {t("removeYes")}
          </Button>
        </div>
      ) : null}
      {edit && confirming ? (
        <div
          className={styles.form}
          role="group"
          aria-label={t("removeIndicator", { number: indicator.number })}
        >
          <p className={styles.preWrap}>{t("removeConfirm", { name: indicator.name })}</p>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={removal.state.busy}
              onClick={() =>
                void removal.run(
                  () => kfLevel.removeIndicator(declarationId, indicator.id, saved.version),
                  t("removed"),
                  onReload,
                )
              }
            >
              {t("removeYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
          </div>
          <KfActionStatus state={removal.state} onReload={onReload} />
        </div>
      ) : null}
      {edit && changing ? (
        <KfIndicatorForm
          declarationId={declarationId}
          lastYear={lastYear}
          focusAreas={focusAreas}
          start={draftOf(indicator, lastYear)}
          stored={{ indicator, version: saved.version }}
          title={t("changeIndicatorHeading", { name: indicator.name })}
          onClose={() => setChanging(false)}
          onSaved={() => setChanging(false)}
          onReload={onReload}
        />
      ) : null}
    </li>
  );
}
