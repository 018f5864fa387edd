import type { BoardPlan, PlanKind, WorkPlan } from "../../../domain";
import { planStatusOf, versionNumberOf } from "../../../domain";
import { useLocale, useStrings } from "../../app";
import type { PlanOffers } from "./planModel";
import { planningStrings } from "./strings";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** A calendar day as the reader's language writes it. */
export function dayOf(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(locale === "sv" ? "sv-SE" : "en-GB", {
    timeZone: "Europe/Stockholm",
  });
}

/** The plan's name, kind, version and status with who and when, and why it is read-only when it is. */
export function PlanSummary(props: {
  plan: BoardPlan | WorkPlan;
  kind: PlanKind;
  names: Readonly<Record<string, string>>;
  offers: PlanOffers;
  owners: string;
}) {
  const { plan, kind, names, offers, owners } = props;
  const t = useStrings(planningStrings);
  const { locale } = useLocale();
  const styles = usePlanningStyles();
  const status = t(`status.${planStatusOf(plan)}`);
  const who = (id: string | undefined): string => (id === undefined ? "" : (names[id] ?? id));
  const lines = [
    t("versionLine", { version: versionNumberOf(plan), status }),
    plan.createdBy === undefined || plan.createdAt === undefined
      ? undefined
      : t("createdBy", { name: who(plan.createdBy), date: dayOf(plan.createdAt, locale) }),
    plan.adoptedBy === undefined || plan.adoptedAt === undefined
      ? undefined
      : t("adoptedBy", { name: who(plan.adoptedBy), date: dayOf(plan.adoptedAt, locale) }),
    plan.decisionReference === undefined ? undefined : t("decision", { reference: plan.decisionReference }),
    plan.reportedBy === undefined || plan.reportedAt === undefined
      ? undefined
      : t("reportedBy", { name: who(plan.reportedBy), date: dayOf(plan.reportedAt, locale) }),
    plan.supersedesPlanId === undefined || planStatusOf(plan) !== "draft"
      ? undefined
      : t("newVersionPending"),
  ].filter((x): x is string => x !== undefined);
  return (
    <section className={styles.card} aria-label={t(kind === "board-plan" ? "boardPlan" : "workPlan")}>
      <h2 className={styles.cardHeading}>{plan.title}</h2>
      {lines.map((line) => (
        <p key={line} className={styles.preWrap}>
          {line}
        </p>
      ))}
      {offers.readOnly === "not-owner" ? (
        <p className={styles.muted}>{t("readOnlyNotOwner", { owners })}</p>
      ) : offers.readOnly === "state" ? (
        <p className={styles.muted}>{t("readOnlyState", { status })}</p>
      ) : offers.readOnly === "superseded" ? (
        <p className={styles.muted}>{t("readOnlySuperseded")}</p>
      ) : null}
    </section>
  );
}
