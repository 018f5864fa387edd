/**
 * Runs every domain rule over a whole data set and lists what breaks, in words. Used by the demo-data and
 * generator tests so both sets are held to the same rules.
 */
import type { SteeringData } from "../../../src/demo";
import {
  can,
  chainUpward,
  checkModel,
  currentChefOf,
  DEFAULT_FOLLOW_UP_CALENDAR,
  dueBetween,
  indexModel,
  orgLookupOf,
  periodsOfYear,
  refKey,
  refOf,
  subjectOfFollowUp,
} from "../../../src/domain/rules";

const first = <T>(xs: readonly T[], n = 3): readonly T[] => xs.slice(0, n);

export const ruleViolations = (data: SteeringData): string[] => {
  const problems: string[] = [];
  const report = (what: string, items: readonly string[]): void => {
    if (items.length > 0) problems.push(`${what} (${items.length}): ${first(items).join(" | ")}`);
  };

  // Schemas, unique ids per kind, and every link rule.
  const check = checkModel(data);
  report(
    "invalid",
    check.invalid.map((e) => e.message),
  );
  report(
    "duplicate ids",
    check.duplicateIds.map((d) => `${d.kind}:${d.id}`),
  );
  report(
    "refused links",
    check.refusedLinks.map((e) => e.message),
  );

  // Told directly too, not only through checkModel: ids unique per kind, goals only on own unit's plan.
  for (const [kind, items] of Object.entries(data) as [string, readonly { id: string }[]][]) {
    const seenIds = new Set<string>();
    report(
      `repeated ${kind} ids`,
      items.map((x) => x.id).filter((id) => seenIds.size === seenIds.add(id).size),
    );
  }
  const planOfActivity = new Map(data.activity.map((a) => [a.id, a.workPlanId]));
  const workPlans = new Map(data["work-plan"].map((p) => [p.id, p]));
  const unitOfPerson = new Map(data.person.map((p) => [p.id, p.unitId]));
  report(
    "goals linked outside the medarbetare's own unit's plan for the year",
    data["individual-goal"]
      .filter((g) =>
        g.activityIds.some((id) => {
          const plan = workPlans.get(planOfActivity.get(id) ?? "");
          return (
            plan === undefined || plan.ownerUnitId !== unitOfPerson.get(g.employeeId) || plan.year !== g.year
          );
        }),
      )
      .map((g) => g.id),
  );

  const model = indexModel(data);
  const org = orgLookupOf(data["org-unit"], data.person);

  // Chefs: every unit below a nämnd has one, who exists and belongs to the unit they lead.
  report(
    "units without a proper chef",
    data["org-unit"]
      .filter((u) => u.kind !== "board")
      .filter((u) => u.chefId === undefined || org.person(u.chefId)?.unitId !== u.id)
      .map((u) => u.id),
  );
  // Goals: agreed with the medarbetare's current chef.
  report(
    "goals whose manager is not the current chef",
    data["individual-goal"].filter((g) => currentChefOf(g.employeeId, org) !== g.managerId).map((g) => g.id),
  );

  // Access: every follow-up was recorded by someone allowed to record it.
  report(
    "follow-ups by someone not allowed",
    data["follow-up"]
      .filter((f) => {
        const author = org.person(f.authorId);
        const subject = subjectOfFollowUp(f.target, refOf("follow-up", f.id), model);
        return author === undefined || subject === undefined || !can(author, "create", subject, org);
      })
      .map((f) => `${f.id} by ${f.authorId}`),
  );

  // Calendar: goals are followed up on agreed dates, everything else on the calendar's periods of its year.
  const yearOfPlan = new Map<string, number>([
    ...data["board-plan"].map((p) => [p.id, p.year] as const),
    ...data["work-plan"].map((p) => [p.id, p.year] as const),
  ]);
  const yearOfItem = new Map<string, number | undefined>([
    ...data["board-plan"].map((x) => [`board-plan:${x.id}`, x.year] as const),
    ...data["work-plan"].map((x) => [`work-plan:${x.id}`, x.year] as const),
    ...data["board-indicator"].map(
      (x) => [`board-indicator:${x.id}`, yearOfPlan.get(x.boardPlanId)] as const,
    ),
    ...data.milestone.map((x) => [`milestone:${x.id}`, yearOfPlan.get(x.boardPlanId)] as const),
    ...data.assignment.map((x) => [`assignment:${x.id}`, yearOfPlan.get(x.boardPlanId)] as const),
    ...data.activity.map((x) => [`activity:${x.id}`, yearOfPlan.get(x.workPlanId)] as const),
  ]);
  report(
    "follow-ups outside the calendar",
    data["follow-up"]
      .filter((f) => {
        if (f.target.kind === "individual-goal") {
          return !(model.get("individual-goal", f.target.id)?.followUpDates.includes(f.period) ?? false);
        }
        const year = yearOfItem.get(refKey(f.target));
        return (
          year === undefined ||
          !periodsOfYear(DEFAULT_FOLLOW_UP_CALENDAR, year).some((p) => p.id === f.period)
        );
      })
      .map((f) => `${f.id} (${f.period})`),
  );
  const seen = new Set<string>();
  report(
    "two follow-ups of one item for one period",
    data["follow-up"]
      .filter((f) => {
        const key = `${refKey(f.target)}@${f.period}`;
        const again = seen.has(key);
        seen.add(key);
        return again;
      })
      .map((f) => f.id),
  );

  // Chain: every activity and goal reaches the vision; every indicator and etappmål a målområde.
  report(
    "items cut off from the vision",
    [
      ...data.activity.map((a) => refOf("activity", a.id)),
      ...data["individual-goal"].map((g) => refOf("individual-goal", g.id)),
    ]
      .filter((ref) => {
        const chain = chainUpward(ref, model);
        return chain.visionId === undefined || chain.missing.length > 0;
      })
      .map(refKey),
  );
  report(
    "indicators and etappmål without a målområde",
    [
      ...data["board-indicator"].map((x) => refOf("board-indicator", x.id)),
      ...data.milestone.map((x) => refOf("milestone", x.id)),
      ...data.assignment.map((x) => refOf("assignment", x.id)),
    ]
      .filter((ref) => chainUpward(ref, model).focusAreaIds.length === 0)
      .map(refKey),
  );

  // Due: over the plan years, everything that falls due has someone to remind.
  const years = [...new Set([...yearOfPlan.values()])];
  for (const year of years) {
    const due = dueBetween(
      {
        units: data["org-unit"],
        planners: data.person.filter((p) => p.roles.length > 0),
        boardPlans: data["board-plan"],
        boardIndicators: data["board-indicator"],
        milestones: data.milestone,
        assignments: data.assignment,
        workPlans: data["work-plan"],
        activities: data.activity,
        individualGoals: data["individual-goal"],
        followUps: data["follow-up"],
      },
      { from: `${year}-01-01`, to: `${year}-12-31` },
      DEFAULT_FOLLOW_UP_CALENDAR,
    );
    report(
      `items due in ${year} with nobody to remind`,
      due.filter((d) => d.recipients.length === 0).map((d) => `${refKey(d.target)}@${d.period}`),
    );
  }
  return problems;
};
