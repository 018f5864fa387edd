import type { InvalidLinkError } from "../../errors";
import type { FollowUp } from "../../model/followUp";
import { refOf, type ModelIndex } from "../snapshot";
import { missing, refuse } from "./refusal";

const DATE_PERIOD = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_PERIOD = /^\d{4}-[a-z][a-z0-9]*$/;

/**
 * A follow-up is of an existing item, for a period of the right form: an individual goal is followed up on
 * a date (`2026-05-15`), everything else per calendar period (`2026-tertial1`). Only a goal's follow-up
 * names an agreed date it answers, and that date is one of the goal's follow-up dates.
 */
export const checkFollowUp = (followUp: FollowUp, model: ModelIndex): InvalidLinkError[] => {
  const self = refOf("follow-up", followUp.id);
  const to = refOf(followUp.target.kind, followUp.target.id);
  if (model.get(to.kind, to.id) === undefined) return [missing(self, to.kind, to.id)];
  const isGoal = to.kind === "individual-goal";
  if (!(isGoal ? DATE_PERIOD : CALENDAR_PERIOD).test(followUp.period)) {
    const expected = isGoal ? "ett datum (ÅÅÅÅ-MM-DD)" : "en kalenderperiod (t.ex. 2026-tertial1)";
    return [refuse("wrong-period", self, to, `perioden "${followUp.period}" ska vara ${expected}`)];
  }
  const answers = followUp.answers;
  if (answers === undefined) return [];
  if (!isGoal) return [refuse("wrong-period", self, to, "bara individuella mål följs upp mot ett datum")];
  const goal = model.get("individual-goal", to.id);
  if (goal !== undefined && !goal.followUpDates.includes(answers)) {
    return [refuse("wrong-period", self, to, `${answers} är inte ett av målets uppföljningsdatum`)];
  }
  return [];
};
