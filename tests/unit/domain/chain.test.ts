import { chainUpward, indexModel } from "../../../src/domain";
import { fixture, pick } from "./fixture";

const f = fixture();
const model = indexModel(f);
const ids = (route: readonly { id: string }[]): string[] => route.map((r) => r.id);

describe("the chain upward", () => {
  it("leads from an individual goal through activities, etappmål and indicators to its målområde and the vision", () => {
    const chain = chainUpward({ kind: "individual-goal", id: "ind-1" }, model);
    expect(chain.routes.map(ids)).toEqual([
      [
        "ind-1",
        "sjodal-akt-1",
        "uf-akt-1",
        "em-1",
        "gsn-2026-ni-2",
        "kf-2",
        "mo-social",
        "pf-2023",
        "vision",
      ],
    ]);
    expect(chain.focusAreaIds).toEqual(["mo-social"]);
    expect(chain.visionId).toBe("vision");
    expect(chain.servesCoreMission).toBe(false);
    expect(chain.missing).toEqual([]);
  });

  it("says an activity serving the basuppdrag has no målområde, and still reaches the vision through its plans", () => {
    const chain = chainUpward({ kind: "activity", id: "sjodal-akt-2" }, model);
    expect(chain.servesCoreMission).toBe(true);
    expect(chain.focusAreaIds).toEqual([]);
    expect(chain.routes.map(ids)).toEqual([
      ["sjodal-akt-2", "sjodal-2026", "uf-2026", "gsn-2026", "pf-2023", "vision"],
    ]);
    expect(chain.visionId).toBe("vision");
  });

  it("follows every activity of a goal linked to several", () => {
    const goal = { ...pick(f["individual-goal"], "ind-1"), activityIds: ["sjodal-akt-1", "sjodal-akt-2"] };
    const chain = chainUpward(
      { kind: "individual-goal", id: goal.id },
      indexModel(f, { "individual-goal": [goal] }),
    );
    expect(chain.routes).toHaveLength(2);
    expect(chain.focusAreaIds).toEqual(["mo-social"]);
    expect(chain.servesCoreMission).toBe(true);
  });

  it("goes through an uppdrag to the målområde it names, and flags one that names none", () => {
    expect(chainUpward({ kind: "activity", id: "uf-akt-2" }, model).focusAreaIds).toEqual(["mo-social"]);
    const unnamed = chainUpward({ kind: "activity", id: "uf-akt-3" }, model);
    expect(unnamed.focusAreaIds).toEqual([]);
    expect(unnamed.hasAssignmentWithoutFocusArea).toBe(true);
    expect(unnamed.visionId).toBe("vision");
  });

  it("walks a follow-up and an indicator outcome up through what they are about", () => {
    expect(chainUpward({ kind: "follow-up", id: "fu-1" }, model).focusAreaIds).toEqual(["mo-social"]);
    expect(chainUpward({ kind: "indicator-outcome", id: "ut-1" }, model).focusAreaIds).toEqual(["mo-eko"]);
  });

  it("reports where the chain is cut instead of guessing", () => {
    const partial = indexModel({ activity: f.activity, milestone: f.milestone });
    const chain = chainUpward({ kind: "activity", id: "uf-akt-1" }, partial);
    expect(chain.missing).toEqual([{ kind: "board-indicator", id: "gsn-2026-ni-2" }]);
    expect(chain.routes.map(ids)).toEqual([["uf-akt-1", "em-1"]]);
    expect(chain.visionId).toBeUndefined();
  });

  it("stops on a cycle in bad data", () => {
    const a = {
      id: "a",
      workPlanId: "sjodal-2026",
      title: "A",
      serves: { kind: "activity" as const, id: "b" },
    };
    const b = {
      id: "b",
      workPlanId: "sjodal-2026",
      title: "B",
      serves: { kind: "activity" as const, id: "a" },
    };
    const chain = chainUpward({ kind: "activity", id: "a" }, indexModel({ activity: [a, b] }));
    expect(chain.routes.map(ids)).toEqual([["a", "b"]]);
  });
});
