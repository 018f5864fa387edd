import { createHash } from "node:crypto";

/**
 * The id of the follow-up a card answer records: the same goal and answered date always give the same id, so
 * pressing "Spara" twice (or Teams retrying the invoke) finds the first follow-up instead of recording a
 * second (`recordGoalFollowUp` answers the stored one when the content is the same). Ids are at most 100
 * characters: a long goal id is replaced by its hash.
 */
export function cardFollowUpId(goalId: string, answers: string): string {
  const id = `kort-${answers}-${goalId}`;
  if (id.length <= 100) return id;
  return `kort-${answers}-${createHash("sha256").update(goalId).digest("hex").slice(0, 40)}`;
}
