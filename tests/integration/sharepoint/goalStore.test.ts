import { ConflictError, InvalidLinkError, NotFoundError, type Clock } from "../../../src/domain";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { eq } from "../../../src/sharepoint/odata/filter";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { goalLists } from "../../../src/sharepoint/schema/lists";
import { SharePointGoalStore } from "../../../src/sharepoint/stores/goalStore";
import {
  agreeGoal,
  createGoal,
  deleteGoal,
  recordGoalFollowUp,
  reviseGoal,
  withdrawGoal,
} from "../../../src/usecases";
import { startDemoSite } from "./support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const now = new Date("2026-11-27T09:00:00Z");
const clock: Clock = { now: () => now, today: () => "2026-11-27" };

/**
 * The use cases over the SharePoint adapter, against a real local site over HTTP: what they write is what
 * each person then reads with their own token, and each write costs the same round trips as a direct
 * repository write (a batch of reads, then the write).
 */
describe("goal use cases over SharePoint (app identity writes, people read)", () => {
  let site: TestSite;
  const counter = createRequestCounter();
  let deps: { goals: SharePointGoalStore; clock: Clock };
  beforeAll(async () => {
    site = await startDemoSite();
    // The use cases write as the app itself (an app-only token, as Entra issues one with Sites.Selected).
    const app = createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter });
    deps = { goals: new SharePointGoalStore(app), clock };
  }, 120_000);
  afterAll(() => site.close());

  const counted = async <T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> => {
    const before = counter.count;
    const result = await work();
    return { result, roundTrips: counter.count - before };
  };

  const content = {
    title: "Läsa högt för åk 2 varje vecka",
    activityIds: ["sjodalsskolan-2026-akt-1"],
    followUpDates: ["2026-12-14"],
  };

  it("writes a goal into the medarbetare's folder, readable by her and her chef only, in 2 round trips", async () => {
    // The first write also learns the list's folder URL, once per process.
    await createGoal(
      deps,
      { personId: maria },
      { id: "mal-api-0", employeeId: maria, year: 2026, ...content },
    );
    const { result, roundTrips } = await counted(() =>
      createGoal(deps, { personId: maria }, { id: "mal-api-1", employeeId: maria, year: 2026, ...content }),
    );
    expect(roundTrips).toBe(2);
    expect(result.value.managerId).toBe(karin);

    const mine = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    expect(mine.goals.map((g) => g.id)).toContain("mal-api-1");
    const team = await new SharePointSteeringQueries(site.as(karin)).team(karin, "sjodalsskolan", 2026);
    expect(team.goals.map((g) => g.id)).toContain("mal-api-1");
    const erikReads = createRepositories({ sp: site.as(erik), actorId: erik })["individual-goal"];
    await expect(erikReads.get("mal-api-1")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("costs the same 2 round trips as a direct repository write would", async () => {
    const direct = createRepositories({ sp: site.as(adminUpn, counter), actorId: adminUpn });
    await direct["individual-goal"].create({
      id: "mal-direkt-0",
      employeeId: maria,
      managerId: karin,
      unitId: "sjodalsskolan",
      year: 2026,
      ...content,
    });
    const { roundTrips } = await counted(() =>
      direct["individual-goal"].create({
        id: "mal-direkt-1",
        employeeId: maria,
        managerId: karin,
        unitId: "sjodalsskolan",
        year: 2026,
        ...content,
      }),
    );
    expect(roundTrips).toBe(2);
  });

  it("revises, agrees and follows up in 2 round trips each, stamping who and when itself", async () => {
    const created = await createGoal(
      deps,
      { personId: karin },
      { id: "mal-api-2", employeeId: maria, year: 2026, ...content },
    );
    const revised = await counted(() =>
      reviseGoal(
        deps,
        { personId: maria },
        {
          goalId: "mal-api-2",
          employeeId: maria,
          year: 2026,
          ...content,
          followUpDates: ["2026-12-14", "2027-03-01"],
          expectedVersion: created.version,
        },
      ),
    );
    expect(revised.roundTrips).toBe(2);
    const byMaria = await counted(() =>
      agreeGoal(deps, { personId: maria }, { goalId: "mal-api-2", employeeId: maria }),
    );
    expect(byMaria.roundTrips).toBe(2);
    const byKarin = await agreeGoal(deps, { personId: karin }, { goalId: "mal-api-2", employeeId: maria });
    expect(byKarin.value.agreedByEmployeeAt).toBe(now.toISOString());
    expect(byKarin.value.agreedByManagerAt).toBe(now.toISOString());
    // The first follow-up also learns the follow-up list's folder URL, once per process.
    await recordGoalFollowUp(
      deps,
      { personId: maria },
      {
        id: "uppf-api-0",
        goalId: "mal-api-2",
        employeeId: maria,
        answers: "2026-12-14",
        status: "not-started",
      },
    );
    const followUp = await counted(() =>
      recordGoalFollowUp(
        deps,
        { personId: karin },
        {
          id: "uppf-api-1",
          goalId: "mal-api-2",
          employeeId: maria,
          answers: "2027-03-01",
          status: "on-track",
        },
      ),
    );
    // The follow-up, then the goal's NextDue (it answered the last open date, so the goal has none now).
    expect(followUp.roundTrips).toBe(3);
    expect(followUp.result.value).toMatchObject({ authorId: karin, recordedAt: now.toISOString() });
    const mine = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    // Recorded today, answering the agreed date it names: both read back as written.
    expect(mine.followUps.find((f) => f.id === "uppf-api-1")).toMatchObject({
      period: "2026-11-27",
      answers: "2027-03-01",
    });
    expect(mine.goals.find((g) => g.id === "mal-api-2")?.agreedByManagerAt).toBe(now.toISOString());
  });

  it("refuses a stale version, a link outside the unit's plan, and another person's goal", async () => {
    const created = await createGoal(
      deps,
      { personId: maria },
      { id: "mal-api-3", employeeId: maria, year: 2026, ...content },
    );
    await agreeGoal(deps, { personId: maria }, { goalId: "mal-api-3", employeeId: maria });
    await expect(
      reviseGoal(
        deps,
        { personId: maria },
        { goalId: "mal-api-3", employeeId: maria, year: 2026, ...content, expectedVersion: created.version },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createGoal(
        deps,
        { personId: maria },
        {
          id: "mal-api-4",
          employeeId: maria,
          year: 2026,
          ...content,
          activityIds: ["kvarnbergsskolan-2026-akt-1"],
        },
      ),
    ).rejects.toBeInstanceOf(InvalidLinkError);
    await expect(
      agreeGoal(deps, { personId: erik }, { goalId: "mal-api-3", employeeId: maria }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes a draft in 2 round trips (its ETag decides) and refuses one with follow-ups", async () => {
    await createGoal(
      deps,
      { personId: maria },
      { id: "mal-api-5", employeeId: maria, year: 2026, ...content },
    );
    const created = await createGoal(
      deps,
      { personId: maria },
      { id: "mal-api-6", employeeId: maria, year: 2026, ...content },
    );
    await expect(
      deleteGoal(
        deps,
        { personId: maria },
        { goalId: "mal-api-6", employeeId: maria, expectedVersion: '1|"9"' },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    const deleted = await counted(() =>
      deleteGoal(
        deps,
        { personId: karin },
        { goalId: "mal-api-6", employeeId: maria, expectedVersion: created.version },
      ),
    );
    expect(deleted.roundTrips).toBe(2);
    const mine = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    expect(mine.goals.map((g) => g.id)).not.toContain("mal-api-6");

    await recordGoalFollowUp(
      deps,
      { personId: maria },
      { id: "uppf-api-5", goalId: "mal-api-5", employeeId: maria, status: "on-track" },
    );
    const withHistory = await createRepositories({ sp: site.as(maria), actorId: maria })[
      "individual-goal"
    ].get("mal-api-5");
    await expect(
      deleteGoal(
        deps,
        { personId: maria },
        { goalId: "mal-api-5", employeeId: maria, expectedVersion: withHistory.version },
      ),
    ).rejects.toMatchObject({ code: "goal-state", reason: "has-follow-ups" });
  });

  it("withdraws an agreed goal in 2 round trips: kept, stamped, read back by the medarbetare", async () => {
    await createGoal(
      deps,
      { personId: maria },
      { id: "mal-api-7", employeeId: maria, year: 2026, ...content },
    );
    await agreeGoal(deps, { personId: maria }, { goalId: "mal-api-7", employeeId: maria });
    const agreed = await agreeGoal(deps, { personId: karin }, { goalId: "mal-api-7", employeeId: maria });
    const withdrawn = await counted(() =>
      withdrawGoal(
        deps,
        { personId: karin },
        { goalId: "mal-api-7", employeeId: maria, expectedVersion: agreed.version },
      ),
    );
    expect(withdrawn.roundTrips).toBe(2);
    const mine = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    expect(mine.goals.find((g) => g.id === "mal-api-7")).toMatchObject({
      withdrawnAt: now.toISOString(),
      withdrawnBy: karin,
    });
  });

  /** The goal's NextDue as stored (what a reminder run filters on), read as the admin. */
  const nextDueOf = async (goalId: string): Promise<string | null> => {
    const rows = await site
      .as(adminUpn)
      .web.lists.getByTitle(goalLists.of(maria).title)
      .items.select("NextDue")
      .filter(eq("Key", goalId))<{ NextDue: string | null }[]>();
    expect(rows).toHaveLength(1);
    return rows[0]?.NextDue ?? null;
  };

  it("keeps the goal's NextDue right on create, revise, agree, follow-up and withdraw", async () => {
    const created = await createGoal(
      deps,
      { personId: maria },
      {
        id: "mal-api-8",
        employeeId: maria,
        year: 2026,
        ...content,
        followUpDates: ["2027-03-01", "2026-12-14"],
      },
    );
    expect(await nextDueOf("mal-api-8")).toBe("2026-12-14");
    await reviseGoal(
      deps,
      { personId: maria },
      {
        goalId: "mal-api-8",
        employeeId: maria,
        year: 2026,
        ...content,
        followUpDates: ["2026-12-01", "2026-12-14", "2027-03-01"],
        expectedVersion: created.version,
      },
    );
    expect(await nextDueOf("mal-api-8")).toBe("2026-12-01");
    await agreeGoal(deps, { personId: maria }, { goalId: "mal-api-8", employeeId: maria });
    await agreeGoal(deps, { personId: karin }, { goalId: "mal-api-8", employeeId: maria });
    expect(await nextDueOf("mal-api-8")).toBe("2026-12-01");
    // A later date answered first: the earlier one stays due, and the goal row is not written (2 round trips).
    const later = await counted(() =>
      recordGoalFollowUp(
        deps,
        { personId: maria },
        {
          id: "uppf-api-8a",
          goalId: "mal-api-8",
          employeeId: maria,
          answers: "2026-12-14",
          status: "on-track",
        },
      ),
    );
    expect(later.roundTrips).toBe(2);
    expect(await nextDueOf("mal-api-8")).toBe("2026-12-01");
    // Answering it moves NextDue past both answered dates (3 round trips: the follow-up, then the goal).
    const answered = await counted(() =>
      recordGoalFollowUp(
        deps,
        { personId: karin },
        {
          id: "uppf-api-8b",
          goalId: "mal-api-8",
          employeeId: maria,
          answers: "2026-12-01",
          status: "on-track",
        },
      ),
    );
    expect(answered.roundTrips).toBe(3);
    expect(await nextDueOf("mal-api-8")).toBe("2027-03-01");
    // Withdrawn: nothing of it is due any more.
    const goal = await createRepositories({ sp: site.as(adminUpn), actorId: adminUpn })[
      "individual-goal"
    ].get("mal-api-8");
    const withdrawn = await withdrawGoal(
      deps,
      { personId: karin },
      { goalId: "mal-api-8", employeeId: maria, expectedVersion: goal.version },
    );
    expect(withdrawn.value.withdrawnAt).toBe(now.toISOString());
    expect(await nextDueOf("mal-api-8")).toBeNull();
  });
});
