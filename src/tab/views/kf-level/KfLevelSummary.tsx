import type { ProgramDeclaration } from "../../../domain";
import { useLocale, useStrings } from "../../app";
import { dayOf } from "../planning/PlanSummary";
import { statusOf, type KfOffers } from "./kfLevelModel";
import { kfLevelStrings } from "./strings";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

/** The mandate's title and years, version and status with who fastställde it and when, and the decision. */
export function KfLevelSummary(props: {
  declaration: ProgramDeclaration;
  offers: KfOffers;
  nameOf: (personId: string | undefined) => string;
}) {
  const { declaration, offers, nameOf } = props;
  const t = useStrings(kfLevelStrings);
  const { locale } = useLocale();
  const styles = useKfLevelStyles();
  const status = t(`status.${statusOf(declaration)}`);
  const lines = [
    t("versionLine", { version: declaration.versionNumber ?? 1, status }),
    declaration.createdAt === undefined
      ? undefined
      : t("createdBy", { name: nameOf(declaration.createdBy), date: dayOf(declaration.createdAt, locale) }),
    declaration.adoptedAt === undefined
      ? undefined
      : t("adoptedBy", { name: nameOf(declaration.adoptedBy), date: dayOf(declaration.adoptedAt, locale) }),
    declaration.decisionReference === undefined
      ? undefined
      : t("decision", { reference: declaration.decisionReference }),
    ...(declaration.adoptions ?? []).map((a) =>
      t("earlierAdoption", {
        version: a.versionNumber,
        when: a.adoptedAt === undefined ? "" : t("earlierWhen", { date: dayOf(a.adoptedAt, locale) }),
        decision:
          a.decisionReference === undefined ? "" : t("earlierDecision", { reference: a.decisionReference }),
      }),
    ),
  ].filter((x): x is string => x !== undefined);
  return (
    <section className={styles.card} aria-label={t("mandate")}>
      <h2 className={styles.cardHeading}>
        {t("mandateOption", { first: declaration.mandate.firstYear, last: declaration.mandate.lastYear })}
      </h2>
      {lines.map((line) => (
        <p key={line} className={styles.preWrap}>
          {line}
        </p>
      ))}
      {offers.readOnly === "not-planner" ? (
        <p className={styles.muted}>{t("readOnlyNote")}</p>
      ) : offers.readOnly === "state" ? (
        <p className={styles.muted}>{t("readOnlyState", { status })}</p>
      ) : null}
    </section>
  );
}
