import { withdrawnGoal } from "../../../../src/domain";
import { huddinge } from "../../../../src/demo/huddinge";
import { teamModel } from "../../../../src/tab/views/my-team/teamModel";
import { memoryPorts } from "../support/memoryPorts";

const rektor = "karin.lindqvist@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";

describe("Mitt team's counts and a goal's life", () => {
  it("leave a withdrawn goal out of the person's goals, the agreed ones and the arbetsplan's coverage", async () => {
    const ports = memoryPorts(huddinge, rektor, "2026-06-01");
    const view = await ports.queries.team(rektor, "sjodalsskolan", 2026);
    const before = teamModel(view, "2026-06-01");
    const row = (model: typeof before) => model.staff.find((r) => r.person.id === maria);
    const goal = view.goals.find((g) => g.employeeId === maria && g.agreedByManagerAt !== undefined);
    if (goal === undefined) throw new Error("Maria has no agreed goal in the demo");
    const withdrawn = withdrawnGoal(goal, maria, "2026-06-01T10:00:00Z");
    const after = teamModel(
      { ...view, goals: view.goals.map((g) => (g.id === goal.id ? withdrawn : g)) },
      "2026-06-01",
    );
    expect(row(after)?.goals).toBe((row(before)?.goals ?? 0) - 1);
    expect(row(after)?.agreedGoals).toBe((row(before)?.agreedGoals ?? 0) - 1);
    const linked = (model: typeof before) =>
      model.coverage.find((c) => c.activity.id === goal.activityIds[0])?.coverage.agreedGoals ?? 0;
    expect(linked(after)).toBe(linked(before) - 1);
    expect(after.overdue.some((o) => o.goal.id === goal.id)).toBe(false);
  });

  it("count a planned date answered early as answered: it is not the next follow-up", async () => {
    const ports = memoryPorts(huddinge, rektor, "2026-06-01");
    const view = await ports.queries.team(rektor, "sjodalsskolan", 2026);
    const goal = view.goals.find((g) => g.employeeId === maria && g.followUpDates.includes("2026-09-21"));
    if (goal === undefined) throw new Error("Maria has no goal followed up on 2026-09-21 in the demo");
    const others = view.followUps.filter((f) => !(f.target.id === goal.id && f.period === "2026-09-21"));
    const early = {
      id: "uppf-tidig",
      target: { kind: "individual-goal", id: goal.id },
      period: "2026-06-01",
      answers: "2026-09-21",
      status: "on-track",
      authorId: maria,
      recordedAt: "2026-06-01T10:00:00Z",
    } as const;
    const nextOf = (followUps: typeof view.followUps) =>
      teamModel({ ...view, goals: [goal], followUps }, "2026-06-01").staff.find((r) => r.person.id === maria)
        ?.nextDate;
    expect(nextOf(others)).toBe("2026-09-21");
    expect(nextOf([...others, early])).toBe("2026-12-07");
  });
});
