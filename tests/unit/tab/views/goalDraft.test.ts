import { huddinge } from "../../../../src/demo/huddinge";
import { draftOf, goalFromDraft } from "../../../../src/tab/views/my-goals/goalDraft";
import { suggestedPeriod } from "../../../../src/tab/views/my-goals/followUpDraft";
import { markAgreed } from "../../../../src/tab/views/my-goals/goalWrites";
import { mayReadGoalsOf } from "../../../../src/tab/views/my-goals/access";
import { memoryPorts } from "../support/memoryPorts";

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

describe("the follow-up to record first", () => {
  it("is the earliest agreed date not yet followed up, else today", () => {
    const followUps = huddinge["follow-up"];
    expect(suggestedPeriod(agreed, followUps, "2026-11-26")).toBe("2026-12-07");
    expect(suggestedPeriod({ ...agreed, followUpDates: [] }, followUps, "2026-11-26")).toBe("2026-11-26");
  });
});

describe("marking agreement", () => {
  it("puts the mark on the newer version when someone saved in between", async () => {
    const ports = memoryPorts(huddinge, "karin.lindqvist@malkedjan.local", "2026-06-01");
    const goal = huddinge["individual-goal"].find((g) => g.id === "erik.sjoberg-2026-3");
    if (!goal) throw new Error("demo goal missing");
    const goals = ports.repositories["individual-goal"];
    const realGet = goals.get.bind(goals);
    // Someone saves a new title between our read and our write.
    goals.get = async (id) => {
      const read = await realGet(id);
      ports.saveAsSomeoneElse("individual-goal", { ...goal, title: "Ny titel" });
      return read;
    };
    const saved = await markAgreed(ports.repositories, goal.id, "manager", "2026-06-01T10:00:00.000Z");
    expect(saved.value.title).toBe("Ny titel");
    expect(saved.value.agreedByManagerAt).toBe("2026-06-01T10:00:00.000Z");
    expect(saved.value.agreedByEmployeeAt).toBe(goal.agreedByEmployeeAt);
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
