import { huddinge, type SteeringData } from "../../../src/demo";
import { chefs, staff } from "../../../src/demo/huddinge";
import { ruleViolations } from "./everyRule";

/** The check the demo tests lean on must itself notice broken data, or those tests prove nothing. */
describe("ruleViolations", () => {
  const firstGoal = huddinge["individual-goal"][0];
  const kvarnbergActivity = huddinge.activity.find((a) => a.workPlanId === "kvarnbergsskolan-2026");
  if (firstGoal === undefined || kvarnbergActivity === undefined) throw new Error("demo data changed");
  const withGoal = (change: Partial<typeof firstGoal>): SteeringData => ({
    ...huddinge,
    "individual-goal": [{ ...firstGoal, ...change }, ...huddinge["individual-goal"].slice(1)],
  });

  it("notices a goal linked to another skola's activity", () => {
    expect(ruleViolations(withGoal({ activityIds: [kvarnbergActivity.id] })).join("\n")).toMatch(
      /own unit's plan/,
    );
  });

  it("notices a goal agreed with someone who is not the medarbetare's chef", () => {
    expect(ruleViolations(withGoal({ managerId: chefs.rektorKvarnberg.id })).join("\n")).toMatch(
      /not the current chef/,
    );
  });

  it("notices a repeated id", () => {
    const data = { ...huddinge, person: [...huddinge.person, staff.sjodal.maria] };
    expect(ruleViolations(data).join("\n")).toMatch(/repeated person ids/);
  });

  it("notices a follow-up recorded by someone who may not", () => {
    const [f, ...rest] = huddinge["follow-up"].filter((x) => x.target.kind === "individual-goal");
    if (f === undefined) throw new Error("no goal follow-up");
    const data = {
      ...huddinge,
      "follow-up": [
        ...huddinge["follow-up"].filter((x) => x.target.kind !== "individual-goal"),
        ...rest,
        { ...f, authorId: staff.kvarnberg.ahmed.id },
      ],
    };
    expect(ruleViolations(data).join("\n")).toMatch(/not allowed/);
  });

  it("notices a follow-up outside the calendar and a unit without its chef", () => {
    const [f, ...rest] = huddinge["follow-up"];
    const [u, ...units] = huddinge["org-unit"].filter((x) => x.kind !== "board");
    if (f === undefined || u === undefined) throw new Error("demo data changed");
    const data: SteeringData = {
      ...huddinge,
      "follow-up": [{ ...f, period: "2026-midsommar" }, ...rest],
      "org-unit": [
        ...huddinge["org-unit"].filter((x) => x.kind === "board"),
        { ...u, chefId: staff.sjodal.erik.id },
        ...units,
      ],
    };
    const problems = ruleViolations(data).join("\n");
    expect(problems).toMatch(/outside the calendar/);
    expect(problems).toMatch(/without a proper chef/);
  });
});
