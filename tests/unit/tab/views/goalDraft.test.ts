import { huddinge } from "../../../../src/demo/huddinge";
import { draftOf, goalFromDraft } from "../../../../src/tab/views/my-goals/goalDraft";
import { suggestedAnswer, unansweredDates } from "../../../../src/tab/views/my-goals/followUpDraft";
import { mayReadGoalsOf } from "../../../../src/tab/views/my-goals/access";

const agreed = huddinge["individual-goal"].find((g) => g.id === "maria.johansson-2026-1");
if (!agreed) throw new Error("demo goal missing");

describe("editing an agreed goal", () => {
  it("clears both agreement marks when what was agreed changes", () => {
    const result = goalFromDraft({ ...draftOf(agreed), title: "Ett annat mål" }, agreed, agreed);
    expect(result.ok && result.value.agreedByEmployeeAt).toBeUndefined();
    expect(result.ok && result.value.agreedByManagerAt).toBeUndefined();
  });

  it("clears them when the värdegrund the goal lives out changes", () => {
    const result = goalFromDraft({ ...draftOf(agreed), coreValues: ["care"] }, agreed, agreed);
    expect(result.ok && result.value.agreedByManagerAt).toBeUndefined();
  });

  it("keeps the marks when only the follow-up dates change", () => {
    const draft = { ...draftOf(agreed), followUpDates: [...agreed.followUpDates, "2026-06-15"] };
    const result = goalFromDraft(draft, agreed, agreed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.agreedByEmployeeAt).toBe(agreed.agreedByEmployeeAt);
    expect(result.value.agreedByManagerAt).toBe(agreed.agreedByManagerAt);
    expect(result.value.followUpDates).toEqual([...agreed.followUpDates, "2026-06-15"].sort());
  });

  it("refuses a goal without activities with the domain's Swedish reason", () => {
    const result = goalFromDraft({ ...draftOf(agreed), activityIds: [] }, agreed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]?.path).toBe("activityIds");
    expect(result.error.message).toMatch(/minst en aktivitet/);
  });
});

describe("the agreed date a new follow-up answers", () => {
  it("is the earliest agreed date not yet answered, else none (a follow-up today)", () => {
    const followUps = huddinge["follow-up"];
    expect(suggestedAnswer(agreed, followUps)).toBe("2026-12-07");
    expect(suggestedAnswer({ ...agreed, followUpDates: [] }, followUps)).toBeUndefined();
  });

  it("counts a date answered early as answered, and an older follow-up's period as the date it answered", () => {
    const early = {
      id: "uppf-tidig",
      target: { kind: "individual-goal", id: agreed.id },
      period: "2026-11-27",
      answers: "2026-12-07",
      status: "on-track",
      authorId: agreed.employeeId,
      recordedAt: "2026-11-27T10:00:00Z",
    } as const;
    const followUps = [...huddinge["follow-up"], early];
    expect(unansweredDates(agreed, followUps)).not.toContain("2026-12-07");
    expect(unansweredDates(agreed, huddinge["follow-up"])).toContain("2026-12-07");
  });
});

describe("who may read a medarbetare's goals", () => {
  const view = {
    person: { id: "maria.johansson@malkedjan.local", name: "Maria", unitId: "sjodalsskolan", roles: [] },
    chef: { id: "karin.lindqvist@malkedjan.local", name: "Karin", unitId: "sjodalsskolan", roles: [] },
    unit: { id: "sjodalsskolan", kind: "unit" as const, name: "Sjödalsskolan", parentId: "grundskola" },
  };
  it("the medarbetare and their chef, nobody else", () => {
    expect(mayReadGoalsOf(view, { id: "maria.johansson@malkedjan.local", chefOf: [] })).toBe(true);
    expect(mayReadGoalsOf(view, { id: "karin.lindqvist@malkedjan.local", chefOf: ["sjodalsskolan"] })).toBe(
      true,
    );
    expect(mayReadGoalsOf(view, { id: "erik.sjoberg@malkedjan.local", chefOf: [] })).toBe(false);
    expect(
      mayReadGoalsOf(view, { id: "mikael.sandberg@malkedjan.local", chefOf: ["kvarnbergsskolan"] }),
    ).toBe(false);
  });
});
