/**
 * Generated individual goals and follow-ups. Every medarbetare who is not a chef gets goals linked to
 * activities of their own unit's arbetsplan, agreed with the unit's chef in the medarbetarsamtal (most by
 * both, some not yet). Follow-ups: tertial 1 and delår for every plan item; the rest of the follow-up
 * budget falls on the agreed goals' follow-up dates, spread as evenly as the count allows.
 */
import type { Activity } from "../../domain/model/activity";
import type { FollowableRef, FollowUp, FollowUpStatus } from "../../domain/model/followUp";
import type { IndividualGoal } from "../../domain/model/individualGoal";
import type { OrgUnit } from "../../domain/model/orgUnit";
import type { Person } from "../../domain/model/person";
import { CORE_VALUES } from "../../domain/model/coreValues";
import { lowerFirst } from "./text";
import { sample, shuffleInPlace, type Prng } from "../prng";
import type { GeneratedPlans } from "./plans";

/** Months of the year's agreed follow-up talks (after the medarbetarsamtal, before the year ends). */
const FOLLOW_UP_MONTHS = [3, 4, 5, 9, 10, 11] as const;

const GOAL_PHRASES = [
  "Ansvara för",
  "Bidra till",
  "Utveckla arbetet med",
  "Leda arbetet med",
  "Följa upp",
  "Dela erfarenheter av",
];

const COMMENTS: Record<FollowUpStatus, readonly string[]> = {
  "not-started": ["Inte påbörjat ännu, planerat till nästa period.", "Väntar på att planeringen blir klar."],
  "on-track": ["Går enligt plan.", "Arbetet är igång och fungerar bra.", "Enligt plan; nästa steg är bokat."],
  "at-risk": [
    "Risk för försening på grund av sjukfrånvaro.",
    "Tiden räcker inte fullt ut; vi prioriterar om.",
  ],
  "off-track": [
    "Avviker från planen; åtgärder tas fram med chefen.",
    "Har inte kunnat genomföras som tänkt.",
  ],
  done: ["Klart.", "Genomfört och utvärderat."],
};

const pad = (n: number): string => String(n).padStart(2, "0");

/** Mostly on track; early follow-ups more often not started, late ones more often done. */
const pickStatus = (prng: Prng, progress: number): FollowUpStatus => {
  const x = prng.next();
  if (x < 0.08 * (1 - progress)) return "not-started";
  if (x < 0.14) return "at-risk";
  if (x < 0.19) return "off-track";
  if (x < 0.19 + 0.35 * progress) return "done";
  return "on-track";
};

export interface GoalsInput {
  readonly year: number;
  readonly goalCount: number;
  readonly followUpCount: number;
  readonly units: readonly OrgUnit[];
  readonly people: readonly Person[];
  readonly plans: GeneratedPlans;
  /** Who follows up an item of a nämnd / a förvaltning's uppdrag. */
  readonly boardPlannerOf: ReadonlyMap<string, Person>;
  readonly administrationPlannerOf: ReadonlyMap<string, Person>;
}

export const generateGoalsAndFollowUps = (
  prng: Prng,
  input: GoalsInput,
): { goals: IndividualGoal[]; followUps: FollowUp[] } => {
  const { year, plans, units } = input;
  const unitById = new Map(units.map((u) => [u.id, u]));
  const chefIds = new Set(units.flatMap((u) => (u.chefId === undefined ? [] : [u.chefId])));
  const activitiesOfUnit = new Map<string, Activity[]>();
  const planById = new Map(plans.workPlans.map((p) => [p.id, p]));
  for (const activity of plans.activities) {
    const owner = planById.get(activity.workPlanId)?.ownerUnitId ?? "";
    const list = activitiesOfUnit.get(owner) ?? [];
    list.push(activity);
    activitiesOfUnit.set(owner, list);
  }

  // Plan items: tertial 1 and delår, recorded by the owner unit's chef or the nämnd's / förvaltning's planner.
  const followUps: FollowUp[] = [];
  const periods = [
    [`${year}-tertial1`, `${year}-05-0`],
    [`${year}-delar`, `${year}-09-0`],
  ] as const;
  const planFollowUp = (target: FollowableRef, authorId: string | undefined, withValue?: number): void => {
    if (authorId === undefined) return;
    periods.forEach(([period, dayPrefix], i) => {
      const status = pickStatus(prng, i / 2 + 0.25);
      followUps.push({
        id: `${target.id}--${period}`,
        target,
        period,
        status,
        ...(withValue === undefined ? {} : { value: withValue }),
        comment: prng.pick(COMMENTS[status]),
        authorId,
        recordedAt: `${dayPrefix}${prng.int(1, 9)}T${pad(prng.int(8, 16))}:${pad(prng.int(0, 59))}:00Z`,
      });
    });
  };
  const boardPlanner = (boardUnitId: string): string | undefined => input.boardPlannerOf.get(boardUnitId)?.id;
  const boardOfPlan = new Map(plans.boardPlans.map((p) => [p.id, p.boardUnitId]));
  for (const p of plans.boardPlans)
    planFollowUp({ kind: "board-plan", id: p.id }, boardPlanner(p.boardUnitId));
  for (const x of plans.boardIndicators) {
    const value = x.baseline === undefined ? undefined : x.baseline.value;
    planFollowUp(
      { kind: "board-indicator", id: x.id },
      boardPlanner(boardOfPlan.get(x.boardPlanId) ?? ""),
      value,
    );
  }
  for (const x of plans.milestones) {
    planFollowUp({ kind: "milestone", id: x.id }, boardPlanner(boardOfPlan.get(x.boardPlanId) ?? ""));
  }
  for (const x of plans.assignments) {
    planFollowUp(
      { kind: "assignment", id: x.id },
      input.administrationPlannerOf.get(x.toAdministrationUnitId)?.id,
    );
  }
  for (const p of plans.workPlans)
    planFollowUp({ kind: "work-plan", id: p.id }, unitById.get(p.ownerUnitId)?.chefId);
  for (const a of plans.activities) {
    const owner = planById.get(a.workPlanId)?.ownerUnitId ?? "";
    planFollowUp({ kind: "activity", id: a.id }, unitById.get(owner)?.chefId);
  }

  // Goals: spread over everyone who is not a chef, as evenly as the count allows.
  const holders = input.people.filter(
    (p) => !chefIds.has(p.id) && (activitiesOfUnit.get(p.unitId)?.length ?? 0) > 0,
  );
  if (holders.length === 0 && input.goalCount > 0) throw new Error("nobody to hold individual goals");
  const perHolder = Array.from({ length: holders.length }, () =>
    Math.floor(input.goalCount / holders.length),
  );
  for (const i of sample(prng, [...perHolder.keys()], input.goalCount % holders.length)) {
    perHolder[i] = (perHolder[i] ?? 0) + 1;
  }
  const goals: IndividualGoal[] = [];
  holders.forEach((person, h) => {
    const unit = unitById.get(person.unitId);
    const activities = activitiesOfUnit.get(person.unitId) ?? [];
    const local = person.id.split("@")[0] ?? person.id;
    const talk = `${year}-${pad(prng.int(1, 2))}-${pad(prng.int(10, 28))}`;
    // Each goal centres on a different activity (and wording) while the unit's plan has enough of them.
    const mains = shuffleInPlace(prng, [...activities]);
    const phrase = prng.int(0, GOAL_PHRASES.length - 1);
    for (let g = 0; g < (perHolder[h] ?? 0); g++) {
      const main = mains[g % mains.length];
      if (main === undefined) break;
      const others = sample(
        prng,
        activities.filter((a) => a !== main),
        prng.int(0, Math.min(2, activities.length - 1)),
      );
      const agreement = prng.next();
      const dates = FOLLOW_UP_MONTHS.map((m) => `${year}-${pad(m)}-${pad(prng.int(1, 28))}`);
      const values = sample(prng, CORE_VALUES, prng.int(0, 2));
      goals.push({
        id: `${local}-${year}-${g + 1}`,
        employeeId: person.id,
        managerId: unit?.chefId ?? "",
        unitId: person.unitId,
        year,
        title: `${GOAL_PHRASES[(phrase + g) % GOAL_PHRASES.length] ?? "Bidra till"} ${lowerFirst(main.title)}`,
        activityIds: [main.id, ...others.map((a) => a.id)],
        ...(values.length === 0 ? {} : { coreValues: values }),
        ...(agreement < 0.97 ? { agreedByEmployeeAt: `${talk}T${pad(prng.int(8, 11))}:00:00Z` } : {}),
        ...(agreement < 0.93 ? { agreedByManagerAt: `${talk}T${pad(prng.int(12, 16))}:00:00Z` } : {}),
        followUpDates: dates,
      });
    }
  });

  // The rest of the budget: follow-ups on agreed goals' first dates, the same number per goal ± 1.
  const agreed = goals.filter((g) => g.agreedByEmployeeAt !== undefined && g.agreedByManagerAt !== undefined);
  const left = input.followUpCount - followUps.length;
  const base = agreed.length === 0 ? 0 : Math.floor(left / agreed.length);
  const extra = left - base * agreed.length;
  if (left < 0 || base + (extra > 0 ? 1 : 0) > FOLLOW_UP_MONTHS.length || (agreed.length === 0 && left > 0)) {
    throw new Error(
      `${input.followUpCount} follow-ups do not fit ${agreed.length} agreed goals and the plans`,
    );
  }
  const plusOne = new Set(shuffleInPlace(prng, [...agreed.keys()]).slice(0, extra));
  agreed.forEach((goal, i) => {
    const count = base + (plusOne.has(i) ? 1 : 0);
    goal.followUpDates.slice(0, count).forEach((date, k) => {
      const status = pickStatus(prng, (k + 1) / FOLLOW_UP_MONTHS.length);
      followUps.push({
        id: `${goal.id}--${date}`,
        target: { kind: "individual-goal", id: goal.id },
        period: date,
        status,
        comment: prng.pick(COMMENTS[status]),
        authorId: prng.chance(0.5) ? goal.employeeId : goal.managerId,
        recordedAt: `${date}T${pad(prng.int(8, 16))}:${pad(prng.int(0, 59))}:00Z`,
      });
    });
  });
  return { goals, followUps };
};
