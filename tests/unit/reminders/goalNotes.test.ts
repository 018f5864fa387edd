import { DEFAULT_FOLLOW_UP_CALENDAR, type DuePage, type FollowUp } from "../../../src/domain";
import { cardDataOf } from "../../../src/reminders/cardData";
import { DigestCollector } from "../../../src/reminders/digests";
import { GoalNotes } from "../../../src/reminders/goalNotes";
import { DEFAULT_REMINDER_SETTINGS } from "../../../src/reminders/settings";
import { remindersOn } from "../../../src/reminders/whatIsDue";
import { ANNA, duePageOfGoals, fixture, pick } from "../domain/fixture";

const runDate = "2026-05-15";
const context = { nameOf: () => "Anna", tabLink: { origin: "http://127.0.0.1:3978" }, runDate };

/** The run's pages as the due view yields them: plans in their own pages, the goals in another. */
function pages(followUps: FollowUp[]): DuePage[] {
  const f = fixture();
  const empty = duePageOfGoals([]);
  return [
    {
      ...empty,
      focusAreas: f["focus-area"],
      kfIndicators: f["kf-indicator"],
      boardPlans: f["board-plan"],
      boardIndicators: f["board-indicator"],
      milestones: f.milestone,
      assignments: f.assignment,
    },
    { ...empty, workPlans: f["work-plan"], activities: f.activity },
    {
      ...duePageOfGoals([pick(f["individual-goal"], "ind-1")]),
      focusAreas: f["focus-area"],
      kfIndicators: f["kf-indicator"],
      latestGoalFollowUps: followUps,
    },
  ];
}

function annasGoalItem(followUps: FollowUp[]) {
  const collector = new DigestCollector();
  const notes = new GoalNotes();
  for (const page of pages(followUps)) {
    collector.add(
      remindersOn(page, runDate, DEFAULT_REMINDER_SETTINGS, DEFAULT_FOLLOW_UP_CALENDAR),
      new Map(),
    );
    notes.observe(page);
  }
  const digest = notes.attachTo(collector.digests()).find((d) => d.personId === ANNA);
  if (digest === undefined) throw new Error("Anna has nothing due");
  const item = cardDataOf(digest, context, "00000000-0000-0000-0000-0000000000aa").items.find(
    (i) => i.kind === "goal-follow-up",
  );
  if (item?.kind !== "goal-follow-up") throw new Error("no goal follow-up on Anna's card");
  return item;
}

const followUp = (id: string, period: string, recordedAt: string, status: FollowUp["status"]): FollowUp => ({
  id,
  target: { kind: "individual-goal", id: "ind-1" },
  period,
  status,
  comment: "Två cirklar igång",
  authorId: ANNA,
  recordedAt,
});

describe("a goal reminder's chain and last follow-up, gathered over the run's pages", () => {
  it("names the chain top down from målområde to the goal's activity, though plans and goal are in other pages", () => {
    expect(annasGoalItem([]).chain).toEqual([
      "Social hållbarhet",
      "2. Gymnasieelever med examen inom tre år",
      "2. Behörighet till gymnasiet",
      "85 % behöriga",
      "Läsfrämjande i alla skolor",
      "Läsecirklar åk 7–9",
    ]);
  });

  it("shows the goal's latest follow-up, by when it was recorded", () => {
    const item = annasGoalItem([
      followUp("fu-2", "2026-03-02", "2026-03-02T10:00:00Z", "at-risk"),
      followUp("fu-1", "2026-02-20", "2026-02-20T10:00:00Z", "on-track"),
    ]);
    expect(item.lastFollowUp).toEqual({
      date: "2026-03-02",
      status: "at-risk",
      comment: "Två cirklar igång",
    });
    expect(annasGoalItem([]).lastFollowUp).toBeUndefined();
  });
});
