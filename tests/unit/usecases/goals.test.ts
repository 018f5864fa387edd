import {
  ConflictError,
  ForbiddenError,
  InvalidLinkError,
  NotFoundError,
  ValidationError,
  type Clock,
  type IndividualGoal,
} from "../../../src/domain";
import { agreeGoal, createGoal, recordGoalFollowUp, reviseGoal } from "../../../src/usecases";
import { MemoryGoalStore } from "./memoryGoalStore";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local"; // rektor, chef of Sjödalsskolan
const helena = "helena.bergstrom@malkedjan.local"; // chef of Grundskola, Karin's chef
const mikael = "mikael.sandberg@malkedjan.local"; // rektor of Kvarnbergsskolan
const now = new Date("2026-11-27T10:15:00Z");
const clock: Clock = { now: () => now, today: () => "2026-11-27" };

const setup = () => {
  const goals = new MemoryGoalStore();
  return { goals, deps: { goals, clock } };
};

const content = {
  title: "  Lässtunder varje dag  ",
  description: "Tio minuter efter lunch",
  activityIds: ["sjodalsskolan-2026-akt-1"],
  followUpDates: ["2026-12-14", "2026-06-01"],
};

describe("createGoal", () => {
  it("writes the medarbetare's goal in their unit, naming their current chef, agreed by nobody", async () => {
    const { deps } = setup();
    const saved = await createGoal(
      deps,
      { personId: maria },
      { id: "mal-ny-1", employeeId: maria, year: 2026, ...content },
    );
    expect(saved.value).toEqual({
      id: "mal-ny-1",
      employeeId: maria,
      managerId: karin,
      unitId: "sjodalsskolan",
      year: 2026,
      title: "Lässtunder varje dag",
      description: "Tio minuter efter lunch",
      activityIds: ["sjodalsskolan-2026-akt-1"],
      followUpDates: ["2026-06-01", "2026-12-14"],
    });
  });

  it("lets the chef write a goal for her medarbetare, and a rektor's goal is agreed with her own chef", async () => {
    const { deps } = setup();
    await expect(
      createGoal(deps, { personId: karin }, { id: "mal-ny-2", employeeId: maria, year: 2026, ...content }),
    ).resolves.toBeDefined();
    const rektorGoal = await createGoal(
      deps,
      { personId: karin },
      { id: "mal-ny-3", employeeId: karin, year: 2026, ...content },
    );
    expect(rektorGoal.value.managerId).toBe(helena);
  });

  it("refuses a goal for someone who is neither the caller nor the caller's medarbetare", async () => {
    const { deps, goals } = setup();
    await expect(
      createGoal(deps, { personId: erik }, { id: "mal-ny-4", employeeId: maria, year: 2026, ...content }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createGoal(deps, { personId: mikael }, { id: "mal-ny-5", employeeId: maria, year: 2026, ...content }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(goals.writes).toEqual([]);
  });

  it("refuses a caller the organisation does not know", async () => {
    const { deps } = setup();
    await expect(
      createGoal(
        deps,
        { personId: "stranger@malkedjan.local" },
        { id: "mal-ny-6", employeeId: maria, year: 2026, ...content },
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a goal linked to an activity outside the medarbetare's unit plan for that year, with the rule's message", async () => {
    const { deps, goals } = setup();
    const otherUnit = createGoal(
      deps,
      { personId: maria },
      {
        id: "mal-ny-7",
        employeeId: maria,
        year: 2026,
        ...content,
        activityIds: ["kvarnbergsskolan-2026-akt-1"],
      },
    );
    await expect(otherUnit).rejects.toBeInstanceOf(InvalidLinkError);
    await expect(otherUnit).rejects.toThrow(/aktiviteten hör till .*Kvarnbergsskolan/);
    const missing = createGoal(
      deps,
      { personId: maria },
      { id: "mal-ny-8", employeeId: maria, year: 2026, ...content, activityIds: ["finns-inte"] },
    );
    await expect(missing).rejects.toBeInstanceOf(InvalidLinkError);
    const otherYear = createGoal(
      deps,
      { personId: maria },
      { id: "mal-ny-9", employeeId: maria, year: 2027, ...content },
    );
    await expect(otherYear).rejects.toBeInstanceOf(InvalidLinkError);
    expect(goals.writes).toEqual([]);
  });

  it("refuses an empty title and an impossible date with the schema's messages", async () => {
    const { deps } = setup();
    await expect(
      createGoal(
        deps,
        { personId: maria },
        { id: "mal-ny-10", employeeId: maria, year: 2026, ...content, title: "  " },
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createGoal(
        deps,
        { personId: maria },
        { id: "mal-ny-11", employeeId: maria, year: 2026, ...content, followUpDates: ["2026-02-30"] },
      ),
    ).rejects.toThrow(/datumet finns inte/);
  });

  it("answers a retried create with the stored goal, and a different goal under a taken id with a conflict", async () => {
    const { deps, goals } = setup();
    const input = { id: "mal-ny-12", employeeId: maria, year: 2026, ...content };
    const first = await createGoal(deps, { personId: maria }, input);
    expect(await createGoal(deps, { personId: maria }, input)).toEqual(first);
    await expect(createGoal(deps, { personId: maria }, { ...input, title: "Annat" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(goals.writes).toEqual(["create mal-ny-12"]);
  });
});

describe("reviseGoal", () => {
  const agreedGoalOf = (goals: MemoryGoalStore, employeeId: string) => {
    const found = [...goals.goals.values()].find(
      (g) =>
        g.value.employeeId === employeeId &&
        g.value.agreedByManagerAt !== undefined &&
        g.value.agreedByEmployeeAt !== undefined,
    );
    if (found === undefined) throw new Error("the demo has no agreed goal for " + employeeId);
    return found;
  };

  it("keeps both marks for new dates and clears both when what was agreed changes", async () => {
    const { deps, goals } = setup();
    const stored = agreedGoalOf(goals, maria);
    const base = {
      goalId: stored.value.id,
      employeeId: maria,
      year: 2026,
      title: stored.value.title,
      description: stored.value.description,
      activityIds: stored.value.activityIds,
      coreValues: stored.value.coreValues,
    };
    const dated = await reviseGoal(
      deps,
      { personId: maria },
      { ...base, followUpDates: ["2026-12-01"], expectedVersion: stored.version },
    );
    expect(dated.value.agreedByEmployeeAt).toBe(stored.value.agreedByEmployeeAt);
    expect(dated.value.agreedByManagerAt).toBe(stored.value.agreedByManagerAt);
    const retitled = await reviseGoal(
      deps,
      { personId: karin },
      { ...base, title: "Nytt innehåll", followUpDates: ["2026-12-01"], expectedVersion: dated.version },
    );
    expect(retitled.value.agreedByEmployeeAt).toBeUndefined();
    expect(retitled.value.agreedByManagerAt).toBeUndefined();
  });

  it("answers a stale version with a conflict carrying what is stored", async () => {
    const { deps, goals } = setup();
    const stored = agreedGoalOf(goals, maria);
    const revision = {
      goalId: stored.value.id,
      employeeId: maria,
      year: 2026,
      ...content,
      expectedVersion: "0",
    };
    await expect(reviseGoal(deps, { personId: maria }, revision)).rejects.toMatchObject({
      code: "conflict",
      current: stored,
    });
  });

  it("answers a goal the caller may not read exactly as a goal that does not exist", async () => {
    const { deps, goals } = setup();
    const stored = agreedGoalOf(goals, maria);
    const revision = {
      goalId: stored.value.id,
      employeeId: maria,
      year: 2026,
      ...content,
      expectedVersion: stored.version,
    };
    await expect(reviseGoal(deps, { personId: erik }, revision)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviseGoal(deps, { personId: helena }, revision)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviseGoal(deps, { personId: maria }, { ...revision, goalId: "finns-inte" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("agreeGoal", () => {
  const openGoal = (goals: MemoryGoalStore) => {
    const found = [...goals.goals.values()].find(
      (g) => g.value.employeeId === maria && g.value.agreedByManagerAt === undefined,
    );
    if (found !== undefined) return found;
    const goal: IndividualGoal = {
      id: "mal-oppet",
      employeeId: maria,
      managerId: karin,
      unitId: "sjodalsskolan",
      year: 2026,
      title: "Öppet",
      activityIds: ["sjodalsskolan-2026-akt-1"],
      followUpDates: [],
    };
    goals.goals.set(goal.id, { value: goal, version: "1" });
    return { value: goal, version: "1" };
  };

  it("sets only the caller's own mark, stamped with the server's time", async () => {
    const { deps, goals } = setup();
    const goal = openGoal(goals);
    const byMaria = await agreeGoal(deps, { personId: maria }, { goalId: goal.value.id, employeeId: maria });
    expect(byMaria.value.agreedByEmployeeAt).toBe(now.toISOString());
    expect(byMaria.value.agreedByManagerAt).toBe(goal.value.agreedByManagerAt);
    const byKarin = await agreeGoal(deps, { personId: karin }, { goalId: goal.value.id, employeeId: maria });
    expect(byKarin.value.agreedByManagerAt).toBe(now.toISOString());
  });

  it("refuses the mark of anyone but the medarbetare and the current chef", async () => {
    const { deps, goals } = setup();
    const goal = openGoal(goals);
    await expect(
      agreeGoal(deps, { personId: erik }, { goalId: goal.value.id, employeeId: maria }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      agreeGoal(deps, { personId: helena }, { goalId: goal.value.id, employeeId: maria }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("marks the newer version once more when someone saved in between", async () => {
    const { deps, goals } = setup();
    const goal = openGoal(goals);
    const original = goals.scene.bind(goals);
    let calls = 0;
    // The first read sees a version that is stale by the time it writes.
    goals.scene = async (request) => {
      const scene = await original(request);
      calls += 1;
      if (calls === 1) {
        goals.goals.set(goal.value.id, { value: { ...goal.value, title: "Ny titel" }, version: "7" });
      }
      return scene;
    };
    const saved = await agreeGoal(deps, { personId: karin }, { goalId: goal.value.id, employeeId: maria });
    expect(saved.value.agreedByManagerAt).toBe(now.toISOString());
    expect(saved.value.title).toBe("Ny titel");
    expect(saved.value.agreedByEmployeeAt).toBe(goal.value.agreedByEmployeeAt);
    expect(calls).toBe(2);
  });
});

describe("recordGoalFollowUp", () => {
  const goalOfMaria = (goals: MemoryGoalStore) => {
    const found = [...goals.goals.values()].find((g) => g.value.employeeId === maria);
    if (found === undefined) throw new Error("no goal of Maria");
    return found.value;
  };

  it("records the caller as author at the server's time, whatever else is sent", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const saved = await recordGoalFollowUp(
      deps,
      { personId: karin },
      {
        id: "uppf-ny-1",
        goalId: goal.id,
        employeeId: maria,
        period: "2026-11-27",
        status: "on-track",
        comment: " Bra ",
      },
    );
    expect(saved.value).toEqual({
      id: "uppf-ny-1",
      target: { kind: "individual-goal", id: goal.id },
      period: "2026-11-27",
      status: "on-track",
      comment: "Bra",
      authorId: karin,
      recordedAt: now.toISOString(),
    });
  });

  it("refuses a follow-up by someone who may not read the goal, and a period that is not a date", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const entry = {
      id: "uppf-ny-2",
      goalId: goal.id,
      employeeId: maria,
      period: "2026-11-27",
      status: "on-track",
    } as const;
    await expect(recordGoalFollowUp(deps, { personId: erik }, entry)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordGoalFollowUp(deps, { personId: maria }, { ...entry, period: "2026-tertial1" }),
    ).rejects.toBeInstanceOf(InvalidLinkError);
    expect(goals.writes).toEqual([]);
  });

  it("answers a retried follow-up with the stored one: never two", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const entry = {
      id: "uppf-ny-3",
      goalId: goal.id,
      employeeId: maria,
      period: "2026-11-27",
      status: "at-risk",
    } as const;
    const first = await recordGoalFollowUp(deps, { personId: maria }, entry);
    expect(await recordGoalFollowUp(deps, { personId: maria }, entry)).toEqual(first);
    expect(goals.writes).toEqual(["follow-up uppf-ny-3"]);
  });
});
