import {
  ConflictError,
  ForbiddenError,
  GoalStateError,
  InvalidLinkError,
  NotFoundError,
  ValidationError,
  type Clock,
  type IndividualGoal,
} from "../../../src/domain";
import {
  agreeGoal,
  createGoal,
  deleteGoal,
  recordGoalFollowUp,
  reviseGoal,
  withdrawGoal,
} from "../../../src/usecases";
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
  followUpDates: ["2027-02-01", "2026-12-14"],
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
      followUpDates: ["2026-12-14", "2027-02-01"],
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

  it("refuses a follow-up date before today, naming the date's place, and a title over 255 characters", async () => {
    const { deps, goals } = setup();
    const past = createGoal(
      deps,
      { personId: maria },
      {
        id: "mal-ny-13",
        employeeId: maria,
        year: 2026,
        ...content,
        followUpDates: ["2026-12-14", "2026-11-26"],
      },
    );
    await expect(past).rejects.toBeInstanceOf(ValidationError);
    await expect(past).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: "followUpDates.0", code: "past_date" })],
    });
    await expect(
      createGoal(
        deps,
        { personId: maria },
        { id: "mal-ny-14", employeeId: maria, year: 2026, ...content, followUpDates: ["2026-11-27"] },
      ),
    ).resolves.toBeDefined();
    await expect(
      createGoal(
        deps,
        { personId: maria },
        { id: "mal-ny-15", employeeId: maria, year: 2026, ...content, title: "x".repeat(256) },
      ),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: "title", code: "too_big" })] });
    expect(goals.writes).toEqual(["create mal-ny-14"]);
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

  it("keeps an agreed date once passed but refuses a new one before today", async () => {
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
      expectedVersion: stored.version,
    };
    const passed = stored.value.followUpDates.filter((d) => d < "2026-11-27");
    expect(passed.length).toBeGreaterThan(0);
    await expect(
      reviseGoal(deps, { personId: maria }, { ...base, followUpDates: [...passed, "2026-11-20"] }),
    ).rejects.toMatchObject({ code: "validation", issues: [expect.objectContaining({ code: "past_date" })] });
    const kept = await reviseGoal(
      deps,
      { personId: maria },
      { ...base, followUpDates: [...passed, "2026-12-20"] },
    );
    expect(kept.value.followUpDates).toEqual([...passed, "2026-12-20"].sort());
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
    const found = [...goals.goals.values()].find(
      (g) => g.value.employeeId === maria && g.value.followUpDates.some((d) => d > "2026-11-27"),
    );
    if (found === undefined) throw new Error("no goal of Maria with a date ahead");
    return found.value;
  };

  it("records today as the follow-up's day, naming the agreed date it answers, with the caller as author", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const ahead = goal.followUpDates.find((d) => d > "2026-11-27") ?? "";
    const saved = await recordGoalFollowUp(
      deps,
      { personId: karin },
      {
        id: "uppf-ny-1",
        goalId: goal.id,
        employeeId: maria,
        answers: ahead,
        status: "on-track",
        comment: " Bra ",
      },
    );
    expect(saved.value).toEqual({
      id: "uppf-ny-1",
      target: { kind: "individual-goal", id: goal.id },
      period: "2026-11-27",
      answers: ahead,
      status: "on-track",
      comment: "Bra",
      authorId: karin,
      recordedAt: now.toISOString(),
    });
  });

  it("records a follow-up between agreed dates as today's, answering none", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const saved = await recordGoalFollowUp(
      deps,
      { personId: maria },
      { id: "uppf-ny-4", goalId: goal.id, employeeId: maria, status: "at-risk" },
    );
    expect(saved.value.period).toBe("2026-11-27");
    expect(saved.value.answers).toBeUndefined();
  });

  it("refuses a follow-up by someone who may not read the goal, and a date that is not one of the goal's", async () => {
    const { deps, goals } = setup();
    const goal = goalOfMaria(goals);
    const entry = {
      id: "uppf-ny-2",
      goalId: goal.id,
      employeeId: maria,
      status: "on-track",
    } as const;
    await expect(recordGoalFollowUp(deps, { personId: erik }, entry)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordGoalFollowUp(deps, { personId: maria }, { ...entry, answers: "2026-12-31" }),
    ).rejects.toMatchObject({ code: "invalid-link", reason: "wrong-period" });
    await expect(
      recordGoalFollowUp(deps, { personId: maria }, { ...entry, answers: "2026-tertial1" }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(goals.writes).toEqual([]);
  });

  it("answers a retried follow-up with the stored one, even the next day: never two", async () => {
    const { goals } = setup();
    const goal = goalOfMaria(goals);
    const entry = {
      id: "uppf-ny-3",
      goalId: goal.id,
      employeeId: maria,
      status: "at-risk",
    } as const;
    const first = await recordGoalFollowUp({ goals, clock }, { personId: maria }, entry);
    const tomorrow: Clock = { now: () => new Date("2026-11-28T07:00:00Z"), today: () => "2026-11-28" };
    expect(await recordGoalFollowUp({ goals, clock: tomorrow }, { personId: maria }, entry)).toEqual(first);
    expect(goals.writes).toEqual(["follow-up uppf-ny-3"]);
  });
});

/** A goal of Maria's in the memory store, in the state the test needs. */
const putGoal = (goals: MemoryGoalStore, overrides: Partial<IndividualGoal> = {}) => {
  const goal: IndividualGoal = {
    id: "mal-livet",
    employeeId: maria,
    managerId: karin,
    unitId: "sjodalsskolan",
    year: 2026,
    title: "Ett mål att pröva",
    activityIds: ["sjodalsskolan-2026-akt-1"],
    followUpDates: ["2026-12-14"],
    ...overrides,
  };
  goals.goals.set(goal.id, { value: goal, version: "3" });
  return goal;
};
const agreedMarks = {
  agreedByEmployeeAt: "2026-11-01T09:00:00Z",
  agreedByManagerAt: "2026-11-02T09:00:00Z",
};
const ref = { goalId: "mal-livet", employeeId: maria, expectedVersion: "3" };

describe("deleteGoal", () => {
  it("lets the medarbetare or her current chef delete a goal not yet agreed by both", async () => {
    for (const personId of [maria, karin]) {
      const { deps, goals } = setup();
      putGoal(goals, { agreedByEmployeeAt: agreedMarks.agreedByEmployeeAt });
      await deleteGoal(deps, { personId }, ref);
      expect(goals.goals.has("mal-livet")).toBe(false);
      expect(goals.writes).toEqual(["delete mal-livet"]);
    }
  });

  it("answers anyone else as if the goal did not exist, and a chef above as well", async () => {
    for (const personId of [erik, helena, mikael]) {
      const { deps, goals } = setup();
      putGoal(goals);
      await expect(deleteGoal(deps, { personId }, ref)).rejects.toBeInstanceOf(NotFoundError);
      expect(goals.writes).toEqual([]);
    }
    const { deps } = setup();
    await expect(deleteGoal(deps, { personId: maria }, ref)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an agreed goal, a withdrawn one and one with follow-ups: their state, not who asks", async () => {
    const { deps, goals } = setup();
    putGoal(goals, agreedMarks);
    await expect(deleteGoal(deps, { personId: maria }, ref)).rejects.toMatchObject({
      code: "goal-state",
      reason: "agreed",
    });
    putGoal(goals, { ...agreedMarks, withdrawnAt: "2026-11-20T09:00:00Z", withdrawnBy: karin });
    await expect(deleteGoal(deps, { personId: karin }, ref)).rejects.toMatchObject({ reason: "withdrawn" });
    putGoal(goals);
    await recordGoalFollowUp(
      deps,
      { personId: maria },
      { id: "uppf-livet", goalId: "mal-livet", employeeId: maria, status: "on-track" },
    );
    await expect(deleteGoal(deps, { personId: maria }, ref)).rejects.toBeInstanceOf(GoalStateError);
    expect(goals.goals.has("mal-livet")).toBe(true);
  });

  it("answers a stale version with a conflict carrying what is stored now", async () => {
    const { deps, goals } = setup();
    putGoal(goals);
    await expect(
      deleteGoal(deps, { personId: maria }, { ...ref, expectedVersion: "2" }),
    ).rejects.toMatchObject({ code: "conflict", current: { version: "3" } });
    expect(goals.goals.has("mal-livet")).toBe(true);
  });
});

describe("withdrawGoal", () => {
  it("marks an agreed goal withdrawn by the caller at the server's time, keeping everything else", async () => {
    const { deps, goals } = setup();
    const goal = putGoal(goals, agreedMarks);
    const saved = await withdrawGoal(deps, { personId: karin }, ref);
    expect(saved.value).toEqual({ ...goal, withdrawnAt: now.toISOString(), withdrawnBy: karin });
    expect(saved.version).toBe("4");
  });

  it("answers a retried withdrawal with the withdrawn goal as it is", async () => {
    const { deps, goals } = setup();
    putGoal(goals, agreedMarks);
    const first = await withdrawGoal(deps, { personId: maria }, ref);
    expect(await withdrawGoal(deps, { personId: maria }, ref)).toEqual(first);
    expect(goals.writes).toEqual(["update mal-livet"]);
  });

  it("refuses a goal not agreed by both (it is deleted instead), and anyone but the two", async () => {
    const { deps, goals } = setup();
    putGoal(goals, { agreedByEmployeeAt: agreedMarks.agreedByEmployeeAt });
    await expect(withdrawGoal(deps, { personId: maria }, ref)).rejects.toMatchObject({
      code: "goal-state",
      reason: "not-agreed",
    });
    putGoal(goals, agreedMarks);
    await expect(withdrawGoal(deps, { personId: erik }, ref)).rejects.toBeInstanceOf(NotFoundError);
    expect(goals.writes).toEqual([]);
  });

  it("answers a stale version with a conflict", async () => {
    const { deps, goals } = setup();
    putGoal(goals, agreedMarks);
    await expect(
      withdrawGoal(deps, { personId: maria }, { ...ref, expectedVersion: "1" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("closes the withdrawn goal to edits, agreement and follow-ups", async () => {
    const { deps, goals } = setup();
    const goal = putGoal(goals, agreedMarks);
    const withdrawn = await withdrawGoal(deps, { personId: maria }, ref);
    await expect(
      reviseGoal(
        deps,
        { personId: maria },
        { ...ref, ...goal, goalId: goal.id, title: "Nytt", expectedVersion: withdrawn.version },
      ),
    ).rejects.toMatchObject({ code: "goal-state", reason: "withdrawn", action: "edit" });
    await expect(
      agreeGoal(deps, { personId: karin }, { goalId: goal.id, employeeId: maria }),
    ).rejects.toMatchObject({ reason: "withdrawn" });
    await expect(
      recordGoalFollowUp(
        deps,
        { personId: maria },
        { id: "uppf-sent", goalId: goal.id, employeeId: maria, status: "done" },
      ),
    ).rejects.toMatchObject({ reason: "withdrawn", action: "follow-up" });
  });
});
