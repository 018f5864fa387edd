import { useId, useState } from "react";
import { Button, Field, Input, Link } from "@fluentui/react-components";
import type { BoardPlan, PlanKind, Versioned, WorkPlan } from "../../../domain";
import { formatRoute, usePorts, useStrings } from "../../app";
import { newVersionPlanId, nextYearPlanId, type PlanOffers } from "./planModel";
import { planningStrings } from "./strings";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** The plan's life: fastställ (with the decision), anmäl to kommunstyrelsen, a new version, next year's plan. */
export function PlanLife(props: {
  kind: PlanKind;
  plan: BoardPlan | WorkPlan;
  version: string;
  offers: PlanOffers;
  onChanged: (plan: Versioned<BoardPlan | WorkPlan>) => void;
  onReload: () => void;
}) {
  const { kind, plan, version, offers, onChanged, onReload } = props;
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const headingId = useId();
  const { plans } = usePorts();
  const { state, run } = usePlanAction();
  const [decision, setDecision] = useState("");
  const [started, setStarted] = useState<{ year: number; lost: number; unitId: string } | undefined>();
  if (!offers.adopt && !offers.report && !offers.newVersion && !offers.nextYear) return null;
  const unitId = "boardUnitId" in plan ? plan.boardUnitId : plan.ownerUnitId;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("lifeHeading")}
      </h2>
      {offers.adopt ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            const reference = decision.trim();
            void run(
              () => plans.adopt(kind, plan.id, version, reference === "" ? undefined : reference),
              t("adopted"),
              onReload,
            );
          }}
        >
          <Field label={t("decisionReference")} hint={t("decisionHint")}>
            <Input value={decision} onChange={(_, data) => setDecision(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={state.busy}>
              {t("adopt")}
            </Button>
          </div>
        </form>
      ) : null}
      <div className={styles.actions}>
        {offers.report ? (
          <Button
            disabled={state.busy}
            onClick={() =>
              void run(() => plans.report(kind, plan.id, version).then(onChanged), t("reported"))
            }
          >
            {t("report")}
          </Button>
        ) : null}
        {offers.newVersion ? (
          <Button
            disabled={state.busy}
            onClick={() =>
              void run(
                () => plans.newVersion(kind, plan.id, newVersionPlanId(plan)),
                t("versionCreated"),
                onReload,
              )
            }
          >
            {t("newVersion")}
          </Button>
        ) : null}
        {offers.nextYear ? (
          <Button
            disabled={state.busy}
            onClick={() =>
              void run(
                async () => {
                  const answer = await plans.nextYear(kind, plan.id, nextYearPlanId(unitId, plan.year));
                  setStarted({ year: plan.year + 1, lost: answer.lostLinks.length, unitId });
                },
                t("nextYearStarted", { year: plan.year + 1 }),
              )
            }
          >
            {t("nextYear")}
          </Button>
        ) : null}
      </div>
      <ActionStatus state={state} onReload={onReload} />
      {started === undefined ? null : (
        <p className={styles.preWrap}>
          {started.lost === 0 ? null : <>{t("lostLinks", { count: started.lost })} </>}
          <Link href={formatRoute({ view: "planering", enhet: started.unitId, ar: String(started.year) })}>
            {t("openNextYear", { year: started.year })}
          </Link>
        </p>
      )}
    </section>
  );
}
