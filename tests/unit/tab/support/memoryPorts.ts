/**
 * A small in-memory implementation of the ports the views use, over a SteeringData set (the Huddinge
 * demo). For UI unit tests only: reads check just enough access (goals readable by the medarbetare and their
 * chef) and versions (a stale version is a ConflictError) to drive the views' states; writes run the
 * server's real use cases over the same tables.
 */
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  chefOf,
  type ChainView,
  type EntityByKind,
  type EntityRepository,
  type IndicatorQueries,
  type GoalStore,
  type ItemKind,
  type MyGoalsView,
  type OrgDirectory,
  type SteeringQueries,
  type TeamView,
  type Versioned,
} from "../../../../src/domain";
import type { SteeringData } from "../../../../src/demo/steeringData";
import type { TabPorts } from "../../../../src/tab/app";
import type { GoalCommands } from "../../../../src/tab/api/goalCommands";
import type { TeamReads } from "../../../../src/tab/api/teamApiClient";
import type { ReportReads } from "../../../../src/tab/api/reportApiClient";
import { buildKfReport } from "../../../../src/report/kfReport";
import { DEFAULT_FOLLOW_UP_CALENDAR as reportCalendar } from "../../../../src/domain/rules/calendar";
import type { PlanFollowUpClient } from "../../../../src/tab/api/planFollowUpApiClient";
import { teamOverviewAnswerOf } from "../../../../src/contracts/teamApi";
import {
  agreeGoal,
  createGoal,
  deleteGoal,
  recordGoalFollowUp,
  reviseGoal,
  teamOverview,
  withdrawGoal,
} from "../../../../src/usecases";

type Tables = { [K in ItemKind]: Map<string, Versioned<EntityByKind[K]>> };

export interface MemoryPorts extends TabPorts {
  /** Everything stored, by kind. */
  readonly all: <K extends ItemKind>(kind: K) => EntityByKind[K][];
  /** Makes the next write fail as if the network dropped. */
  failNextWrite: () => void;
  /** Makes the next view query fail as if the network dropped. */
  failNextRead: () => void;
  /** Changes a stored item behind the reader's back (someone else saved first). */
  saveAsSomeoneElse: <K extends ItemKind>(kind: K, value: EntityByKind[K]) => void;
  /** How many port calls each read took (one per view). */
  readonly calls: string[];
}

export function memoryPorts(data: SteeringData, actorId: string, today: string): MemoryPorts {
  const tables = {} as Tables;
  const calls: string[] = [];
  let failWrite = false;
  let failRead = false;
  const readGate = () => {
    if (failRead) {
      failRead = false;
      throw new TypeError("Failed to fetch");
    }
  };
  const table = <K extends ItemKind>(kind: K): Map<string, Versioned<EntityByKind[K]>> => {
    const existing = tables[kind] as Map<string, Versioned<EntityByKind[K]>> | undefined;
    if (existing) return existing;
    const created = new Map<string, Versioned<EntityByKind[K]>>(
      data[kind].map((value) => [value.id, { value, version: '"1"' }]),
    );
    (tables as Record<K, Map<string, Versioned<EntityByKind[K]>>>)[kind] = created;
    return created;
  };
  const all = <K extends ItemKind>(kind: K): EntityByKind[K][] =>
    [...table(kind).values()].map((v) => v.value);
  let clockTick = 0;
  const serverClock = {
    // Each call a second later, so records made in one test sort in the order they were made.
    now: () => new Date(Date.parse(`${today}T10:00:00Z`) + 1000 * clockTick++),
    today: () => today,
  };
  const next = (version: string) => `"${Number(version.replaceAll('"', "")) + 1}"`;

  const repository = <K extends ItemKind>(kind: K): EntityRepository<EntityByKind[K]> => ({
    get: async (id) => {
      const found = table(kind).get(id);
      if (!found) throw new NotFoundError(kind, id);
      if (kind === "individual-goal") {
        const goal = found.value as EntityByKind["individual-goal"];
        // Storage hides other people's goals, as SharePoint's per-person folders do.
        if (goal.employeeId !== actorId && goal.managerId !== actorId) throw new NotFoundError(kind, id);
      }
      return found;
    },
    getMany: async (ids) => ids.flatMap((id) => table(kind).get(id) ?? []),
    create: async (value) => {
      if (failWrite) {
        failWrite = false;
        throw new TypeError("Failed to fetch");
      }
      const existing = table(kind).get(value.id);
      if (existing) throw new ConflictError(kind, value.id, existing);
      const stored = { value, version: '"1"' };
      table(kind).set(value.id, stored);
      return stored;
    },
    update: async (value, expectedVersion) => {
      if (failWrite) {
        failWrite = false;
        throw new TypeError("Failed to fetch");
      }
      const existing = table(kind).get(value.id);
      if (!existing) throw new NotFoundError(kind, value.id);
      if (existing.version !== expectedVersion) throw new ConflictError(kind, value.id, existing);
      const stored = { value, version: next(existing.version) };
      table(kind).set(value.id, stored);
      return stored;
    },
    delete: async (id) => {
      table(kind).delete(id);
    },
  });

  const goalTable = repository("individual-goal");
  const followUpTable = repository("follow-up");
  /** The server's use cases, run for real over these tables as the signed-in person. */
  const store: GoalStore = {
    scene: async (request) => {
      const stored = table("individual-goal").get(request.goalId);
      const followUp =
        request.followUpId === undefined ? undefined : table("follow-up").get(request.followUpId);
      return {
        caller: all("person").find((p) => p.id === request.callerId),
        employee: all("person").find((p) => p.id === request.employeeId),
        units: all("org-unit"),
        goal: stored?.value.employeeId === request.employeeId ? stored : undefined,
        goalIdTaken: stored !== undefined,
        workPlans: all("work-plan").filter((p) => p.year === request.links?.year),
        activities: all("activity").filter((a) => request.links?.activityIds.includes(a.id) === true),
        followUp,
        goalFollowUps:
          request.goalFollowUps === true
            ? all("follow-up").filter(
                (f) => f.target.kind === "individual-goal" && f.target.id === request.goalId,
              )
            : [],
      };
    },
    createGoal: (goal) => goalTable.create(goal),
    updateGoal: (goal, version) => goalTable.update(goal, version),
    createFollowUp: (followUp) => followUpTable.create(followUp),
    deleteGoal: async (goalId, version) => {
      if (failWrite) {
        failWrite = false;
        throw new TypeError("Failed to fetch");
      }
      const existing = table("individual-goal").get(goalId);
      if (!existing) throw new NotFoundError("individual-goal", goalId);
      if (existing.version !== version) throw new ConflictError("individual-goal", goalId, existing);
      table("individual-goal").delete(goalId);
    },
  };
  const caller = { personId: actorId };
  const commands: GoalCommands = {
    createGoal: (request) => createGoal({ goals: store, clock: serverClock }, caller, request),
    reviseGoal: (goalId, request, expectedVersion) =>
      reviseGoal({ goals: store, clock: serverClock }, caller, { ...request, goalId, expectedVersion }),
    agree: (goalId, employeeId) =>
      agreeGoal({ goals: store, clock: serverClock }, caller, { goalId, employeeId }),
    deleteGoal: (goalId, employeeId, expectedVersion) =>
      deleteGoal({ goals: store, clock: serverClock }, caller, { goalId, employeeId, expectedVersion }),
    withdraw: (goalId, employeeId, expectedVersion) =>
      withdrawGoal({ goals: store, clock: serverClock }, caller, { goalId, employeeId, expectedVersion }),
    recordFollowUp: (goalId, request) =>
      recordGoalFollowUp({ goals: store, clock: serverClock }, caller, { ...request, goalId }),
  };

  /** The server's overview use case, run for real over these tables (as the app, which reads everything). */
  const teams: TeamReads = {
    overview: async (unitId, year) => {
      calls.push(`overview:${unitId}`);
      readGate();
      const line = {
        units: async () => all("org-unit"),
        line: async (unitIds: readonly string[], y: number) => {
          const people = all("person").filter((p) => unitIds.includes(p.unitId));
          const goals = all("individual-goal").filter(
            (g) => g.year === y && people.some((p) => p.id === g.employeeId),
          );
          const plans = all("work-plan").filter((p) => p.year === y && unitIds.includes(p.ownerUnitId));
          return {
            people,
            goals,
            followUps: all("follow-up").filter((f) => goals.some((g) => g.id === f.target.id)),
            workPlans: plans,
            activities: all("activity").filter((a) => plans.some((p) => p.id === a.workPlanId)),
          };
        },
      };
      return teamOverviewAnswerOf(await teamOverview({ line, clock: serverClock }, caller, { unitId, year }));
    },
  };

  const unit = (id: string) => {
    const found = all("org-unit").find((u) => u.id === id);
    if (!found) throw new NotFoundError("org-unit", id);
    return found;
  };
  const person = (id: string) => {
    const found = all("person").find((p) => p.id === id);
    if (!found) throw new NotFoundError("person", id);
    return found;
  };
  const org = { unit: (id: string) => all("org-unit").find((u) => u.id === id) };

  const upper = (year: number) => ({
    vision: all("vision")[0] ?? null,
    programDeclaration: all("program-declaration")[0] ?? null,
    focusAreas: all("focus-area"),
    kfIndicators: all("kf-indicator"),
    boardPlans: all("board-plan").filter((p) => p.year === year),
    boardIndicators: all("board-indicator"),
    milestones: all("milestone"),
    assignments: all("assignment"),
  });

  const queries: SteeringQueries = {
    myGoals: async (personId, year): Promise<MyGoalsView> => {
      calls.push(`myGoals:${personId}`);
      readGate();
      const subject = person(personId);
      const chefId = chefOf(personId, subject.unitId, org);
      if (personId !== actorId && chefId !== actorId) {
        throw new ForbiddenError(
          actorId,
          "read",
          { kind: "person", id: personId },
          "inte medarbetarens chef",
        );
      }
      const goals = all("individual-goal").filter((g) => g.employeeId === personId && g.year === year);
      const workPlan =
        all("work-plan").find((p) => p.ownerUnitId === subject.unitId && p.year === year) ?? null;
      const plans = all("work-plan").filter((p) => p.year === year && p.id !== workPlan?.id);
      return {
        year,
        person: subject,
        unit: unit(subject.unitId),
        chef: chefId ? person(chefId) : null,
        goals,
        followUps: all("follow-up").filter((f) => goals.some((g) => g.id === f.target.id)),
        workPlan,
        activities: all("activity").filter((a) => a.workPlanId === workPlan?.id),
        above: {
          ...upper(year),
          workPlans: plans,
          activities: all("activity").filter((a) => plans.some((p) => p.id === a.workPlanId)),
        },
      };
    },
    team: async (chefId, unitId, year): Promise<TeamView> => {
      calls.push(`team:${unitId}`);
      readGate();
      const led = unit(unitId);
      if (led.chefId !== chefId || chefId !== actorId) {
        throw new ForbiddenError(actorId, "read", { kind: "org-unit", id: unitId }, "inte enhetens chef");
      }
      const staff = all("person").filter((p) => p.unitId === unitId);
      // The chefs of the units directly below whose chef this chef is, as the site's folders allow.
      const unitsBelow = all("org-unit").filter((u) => u.parentId === unitId);
      const chefsBelow = all("person").filter(
        (p) =>
          unitsBelow.some((u) => u.chefId === p.id) &&
          !staff.some((s) => s.id === p.id) &&
          chefOf(p.id, p.unitId, org) === chefId,
      );
      const team = [...staff, ...chefsBelow].filter((p) => p.id !== chefId);
      const goals = all("individual-goal").filter(
        (g) => g.year === year && team.some((p) => p.id === g.employeeId),
      );
      const workPlan = all("work-plan").find((p) => p.ownerUnitId === unitId && p.year === year) ?? null;
      return {
        year,
        chef: person(chefId),
        unit: led,
        staff,
        unitsBelow,
        chefsBelow,
        goals,
        followUps: all("follow-up").filter((f) => goals.some((g) => g.id === f.target.id)),
        workPlan,
        activities: all("activity").filter((a) => a.workPlanId === workPlan?.id),
      };
    },
    chain: async (administrationUnitId, year): Promise<ChainView> => {
      calls.push(`chain:${administrationUnitId}`);
      readGate();
      const administration = unit(administrationUnitId);
      const below = (id: string): string[] => [
        id,
        ...all("org-unit")
          .filter((u) => u.parentId === id)
          .flatMap((u) => below(u.id)),
      ];
      const unitIds = new Set(below(administrationUnitId));
      const workPlans = all("work-plan").filter((p) => p.year === year && unitIds.has(p.ownerUnitId));
      const boardId = administration.parentId ?? administrationUnitId;
      return {
        ...upper(year),
        // As the real query: only this förvaltning's nämnd's plans (by its BoardYear partition).
        boardPlans: all("board-plan").filter((p) => p.year === year && p.boardUnitId === boardId),
        year,
        board: unit(boardId),
        administration,
        units: all("org-unit").filter((u) => unitIds.has(u.id)),
        workPlans,
        activities: all("activity").filter((a) => workPlans.some((p) => p.id === a.workPlanId)),
        followUps: all("follow-up").filter((f) => f.target.kind !== "individual-goal"),
        outcomes: all("indicator-outcome"),
      };
    },
    dueBetween: () => {
      throw new Error("not used by the views");
    },
  };

  /** Uppföljning is tested against the real server (tests/integration, tests/e2e), not over these tables. */
  const notHere = (): Promise<never> => Promise.reject(new Error("not used by these views"));
  const planFollowUps: PlanFollowUpClient = {
    board: notHere,
    record: notHere,
    complete: notHere,
    reopen: notHere,
  };

  const indicators: IndicatorQueries = {
    indicator: async (ref) => {
      calls.push(`indicator|${ref.kind}|${ref.id}`);
      readGate();
      const outcomes = all("indicator-outcome").filter(
        (o) => o.indicator.kind === ref.kind && o.indicator.id === ref.id,
      );
      const where = (kfId: string) => {
        const kfIndicator = all("kf-indicator").find((k) => k.id === kfId);
        const focusArea = all("focus-area").find((a) => a.id === kfIndicator?.focusAreaId);
        return { ...(kfIndicator ? { kfIndicator } : {}), ...(focusArea ? { focusArea } : {}) };
      };
      if (ref.kind === "kf-indicator") {
        const indicator = all("kf-indicator").find((k) => k.id === ref.id);
        if (indicator === undefined) throw new NotFoundError(ref.kind, ref.id);
        return { kind: ref.kind, indicator, outcomes, ...where(indicator.id) };
      }
      const indicator = all("board-indicator").find((b) => b.id === ref.id);
      if (indicator === undefined) throw new NotFoundError(ref.kind, ref.id);
      const milestones = all("milestone").filter((m) => m.boardIndicatorId === ref.id);
      return { kind: ref.kind, indicator, milestones, outcomes, ...where(indicator.kfIndicatorId) };
    },
  };

  const directory: OrgDirectory = {
    person: async (id) => person(id),
    unit: async (id) => unit(id),
    allUnits: async () => {
      calls.push("allUnits");
      return all("org-unit");
    },
    staffOf: async (unitId) => all("person").filter((p) => p.unitId === unitId),
    unitsLedBy: async (chefId) => all("org-unit").filter((u) => u.chefId === chefId),
    plannersOf: async () => [],
  };

  /** The report back to KF, built over these tables as the server would (plan-level rows only). */
  const reports: ReportReads = {
    kfReport: async (year, period) => {
      calls.push(`kfReport:${year}`);
      readGate();
      const plans = all("board-plan").filter((p) => p.year === year);
      const planIds = new Set(plans.map((p) => p.id));
      return buildKfReport(
        {
          year,
          programDeclaration: all("program-declaration")[0] ?? null,
          focusAreas: all("focus-area"),
          kfIndicators: all("kf-indicator"),
          boardPlans: plans,
          boardIndicators: all("board-indicator").filter((b) => planIds.has(b.boardPlanId)),
          milestones: all("milestone").filter((m) => planIds.has(m.boardPlanId)),
          assignments: all("assignment").filter((a) => planIds.has(a.boardPlanId)),
          units: all("org-unit"),
          followUps: all("follow-up").filter((f) => f.target.kind !== "individual-goal"),
          outcomes: all("indicator-outcome"),
        },
        {
          municipality: "Huddinge kommun",
          today: serverClock.today(),
          calendar: reportCalendar,
          ...(period === undefined ? {} : { periodKey: period }),
        },
      );
    },
    kfReportFile: async (year, format) => {
      calls.push(`kfReportFile:${year}:${format}`);
      return { blob: new Blob([format]), fileName: `Återrapportering till KF ${year}.${format}` };
    },
  };

  return {
    goals: { get: goalTable.get },
    commands,
    teams,
    reports,
    planFollowUps,
    // Planering is tested against the real server and site (tests/e2e/views-planning.test.ts).
    planDesk: { desk: notHere },
    plans: {
      createBoardPlan: notHere,
      createWorkPlan: notHere,
      writeInterpretation: notHere,
      untranslated: notHere,
      linkTargets: notHere,
      addItem: notHere,
      changeItem: notHere,
      removeItem: notHere,
      adopt: notHere,
      report: notHere,
      newVersion: notHere,
      nextYear: notHere,
    },
    // Mål och budget is tested against the real server and site (tests/e2e/views-kf-level.test.ts).
    kfLevel: {
      mandates: notHere,
      mandate: notHere,
      changeVision: notHere,
      changeDeclaration: notHere,
      changeFocusArea: notHere,
      addIndicator: notHere,
      changeIndicator: notHere,
      removeIndicator: notHere,
      adopt: notHere,
      newVersion: notHere,
      nextMandate: notHere,
      malOchBudgetFile: notHere,
    },
    // Outcomes recorded by hand are tested against the real server (tests/e2e/views-indicator-outcome.test.ts).
    outcomes: { record: notHere, correct: notHere },
    // Räckvidd is the server's count: tests pass a fixed report (ReachPage.test) or use the real server (e2e).
    reach: { report: notHere, excel: notHere },
    queries,
    indicators,
    directory,
    clock: serverClock,
    all,
    calls,
    failNextWrite: () => {
      failWrite = true;
    },
    failNextRead: () => {
      failRead = true;
    },
    saveAsSomeoneElse: (kind, value) => {
      const existing = table(kind).get(value.id);
      table(kind).set(value.id, { value, version: next(existing?.version ?? '"0"') });
    },
  };
}
