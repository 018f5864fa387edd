import { NotFoundError } from "../../../src/domain";
import { SharePointIndicatorQueries } from "../../../src/sharepoint/queries";
import { huddinge, startDemoSite } from "./support/demoSite";
import { createRequestCounter, type TestSite } from "./support/localSite";

const maria = "maria.johansson@malkedjan.local";

describe("the indicator view's read (the person's own token, over real HTTP)", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  const counted = () => {
    const counter = createRequestCounter();
    return { counter, indicators: new SharePointIndicatorQueries(site.as(maria, counter)) };
  };

  it("loads a nämnd indicator with its etappmål, outcomes, KF indicator and målområde in 1 round trip", async () => {
    const { counter, indicators } = counted();
    const id = "grundskolenamnden-2026-ind-5";
    const view = await indicators.indicator({ kind: "board-indicator", id });
    expect(counter.count).toBe(1);
    if (view.kind !== "board-indicator") throw new Error("expected a nämnd indicator");
    expect(view.indicator).toEqual(huddinge["board-indicator"].find((b) => b.id === id));
    expect(view.indicator.agenda2030Goals).toEqual([4, 16]);
    expect(view.milestones.map((m) => m.targetValue).sort()).toEqual([82, 90]);
    expect(view.outcomes.map((o) => o.period).sort()).toEqual(["2022", "2023", "2024", "2025"]);
    expect(view.kfIndicator?.id).toBe("kf-5");
    expect(view.focusArea?.id).toBe("social-hallbarhet");
    // Its owner and each outcome's version, for the outcome form's If-Match, in the same round trip.
    expect(view.boardUnitId).toBe("grundskolenamnden");
    expect(Object.keys(view.outcomeVersions ?? {}).sort()).toEqual(view.outcomes.map((o) => o.id).sort());
    expect(Object.values(view.outcomeVersions ?? {}).every((v) => /^\d+\|/.test(v))).toBe(true);
  });

  it("loads a KF indicator with its outcomes in 1 round trip", async () => {
    const { counter, indicators } = counted();
    const view = await indicators.indicator({ kind: "kf-indicator", id: "kf-1" });
    expect(counter.count).toBe(1);
    expect(view.indicator.agenda2030Goals).toEqual([16]);
    expect(view.outcomes.every((o) => o.source === "kolada")).toBe(true);
    expect(view.outcomes).toHaveLength(4);
    expect(view.focusArea?.dimension).toBe("economic");
  });

  it("says an unknown indicator does not exist", async () => {
    const { indicators } = counted();
    await expect(indicators.indicator({ kind: "board-indicator", id: "finns-inte" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
