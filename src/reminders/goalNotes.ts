import type { LastFollowUp } from "../cards";
import {
  chainUpward,
  indexModel,
  itemLabel,
  refOf,
  type DuePage,
  type FollowUp,
  type ItemKind,
  type ItemRef,
  type ModelSnapshot,
} from "../domain";
import type { GoalNote, PersonDigest } from "./digests";

/** Kinds named on a card's chain; the programförklaring and the vision are the same for every goal. */
const SHOWN: ReadonlySet<ItemKind> = new Set<ItemKind>([
  "focus-area",
  "kf-indicator",
  "board-indicator",
  "milestone",
  "assignment",
  "activity",
]);

/** Cards accept at most this many steps (the bot's card data allows 20). */
const MAX_STEPS = 12;

const lastOf = (followUp: FollowUp): LastFollowUp => ({
  date: followUp.period.slice(0, 10),
  status: followUp.status,
  ...(followUp.comment === undefined ? {} : { comment: followUp.comment }),
});

/**
 * Gathers, over every page of a run, what the goals' reminders show: the plans are spread over the nämnd
 * and förvaltning pages and the goals over the partition pages, so the chains are worked out once all pages
 * have been seen. Only display: what is due is decided without it.
 */
export class GoalNotes {
  private readonly snapshots: ModelSnapshot[] = [];
  private readonly latest = new Map<string, FollowUp>();

  observe(page: DuePage): void {
    this.snapshots.push({
      "focus-area": page.focusAreas ?? [],
      "kf-indicator": page.kfIndicators ?? [],
      "board-plan": page.boardPlans,
      "board-indicator": page.boardIndicators,
      milestone: page.milestones,
      assignment: page.assignments,
      "work-plan": page.workPlans,
      activity: page.activities,
      "individual-goal": page.individualGoals,
    });
    for (const f of page.latestGoalFollowUps ?? []) {
      const seen = this.latest.get(f.target.id);
      if (seen === undefined || seen.recordedAt < f.recordedAt) this.latest.set(f.target.id, f);
    }
  }

  /** The digests with a note for each goal their reminders name. */
  attachTo(digests: readonly PersonDigest[]): PersonDigest[] {
    const model = indexModel(...this.snapshots);
    const notes = new Map<string, GoalNote>();
    const noteOf = (goalId: string): GoalNote => {
      const known = notes.get(goalId);
      if (known !== undefined) return known;
      const upward = chainUpward(refOf("individual-goal", goalId), model);
      // A goal linked to several activities climbs several routes: the card names the first, as the tab does.
      const route: readonly ItemRef[] = upward.servesCoreMission ? [] : (upward.routes[0] ?? []);
      const chain = route
        .slice(1)
        .filter((ref) => SHOWN.has(ref.kind))
        .flatMap((ref) => {
          const entity = model.get(ref.kind, ref.id);
          return entity === undefined ? [] : [itemLabel(ref.kind, entity)];
        })
        .reverse()
        .slice(-MAX_STEPS);
      const latest = this.latest.get(goalId);
      const note: GoalNote = { chain, ...(latest === undefined ? {} : { lastFollowUp: lastOf(latest) }) };
      notes.set(goalId, note);
      return note;
    };
    return digests.map((digest) => {
      const goalIds = digest.reminders.flatMap((r) =>
        r.item.target.kind === "individual-goal" ? [r.item.target.id] : [],
      );
      return goalIds.length === 0
        ? digest
        : { ...digest, goalNotes: new Map(goalIds.map((id) => [id, noteOf(id)])) };
    });
  }
}
