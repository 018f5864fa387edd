import { useId } from "react";
import type { BoardPlan, WorkPlan } from "../../../domain";
import type { PlanDesk } from "../../../sharepoint/queries/planDesk";
import { useLocale, usePorts, useStrings } from "../../app";
import { planningStrings } from "./strings";
import { usePlanningStyles } from "./usePlanningStyles.styles";

/** What every section of a plan is given: the desk it reads, the plan, whether its owner may write, a reload. */
export interface PlanSectionProps<P extends BoardPlan | WorkPlan> {
  readonly desk: PlanDesk;
  readonly plan: P;
  readonly edit: boolean;
  readonly onReload: () => void;
}

/** The prologue every plan section and item form shares: words, styles, language, ports and a heading id. */
export function usePlanSection() {
  const t = useStrings(planningStrings);
  const styles = usePlanningStyles();
  const { locale } = useLocale();
  const { plans, clock } = usePorts();
  const headingId = useId();
  return { t, styles, locale, plans, clock, headingId };
}
