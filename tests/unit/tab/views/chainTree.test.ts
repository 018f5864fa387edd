import { huddinge } from "../../../../src/demo/huddinge";
import type { ChainView } from "../../../../src/domain";
import {
  branchesToMatches,
  buildChainTree,
  filterTree,
  flatten,
  pathTo,
} from "../../../../src/tab/views/chain/chainTree";

const units = huddinge["org-unit"].filter((u) =>
  ["utbildningsforvaltningen", "grundskola", "sjodalsskolan", "kvarnbergsskolan"].includes(u.id),
);
const board = huddinge["org-unit"].find((u) => u.id === "grundskolenamnden");
const administration = huddinge["org-unit"].find((u) => u.id === "utbildningsforvaltningen");
if (!board || !administration) throw new Error("demo organisation changed");

const view: ChainView = {
  year: 2026,
  board,
  administration,
  units,
  vision: huddinge.vision[0] ?? null,
  programDeclaration: huddinge["program-declaration"][0] ?? null,
  focusAreas: huddinge["focus-area"],
  kfIndicators: huddinge["kf-indicator"],
  boardPlans: huddinge["board-plan"],
  boardIndicators: huddinge["board-indicator"],
  milestones: huddinge.milestone,
  assignments: huddinge.assignment,
  workPlans: huddinge["work-plan"],
  activities: huddinge.activity,
  followUps: huddinge["follow-up"].filter((f) => f.target.kind !== "individual-goal"),
  outcomes: huddinge["indicator-outcome"],
};
const mariasGoals = huddinge["individual-goal"].filter(
  (g) => g.employeeId === "maria.johansson@malkedjan.local",
);
const tree = buildChainTree({ view, ownGoals: mariasGoals, ownFollowUps: [] });
const keys = flatten(tree).map((n) => n.key);

describe("the chain as a tree", () => {
  it("starts at the vision with the three målområden below it", () => {
    expect(tree.kind).toBe("vision");
    expect(tree.children.filter((n) => n.kind === "focus-area")).toHaveLength(3);
  });

  it("hangs each KF indicator under its målområde and the nämnd's translation under it; KF 4 has none", () => {
    const kf2 = pathTo(tree, "kf-indicator:kf-2");
    expect(kf2.map((n) => n.kind)).toEqual(["vision", "focus-area", "kf-indicator"]);
    expect(kf2[1]?.label).toMatch(/[Ss]ocial/);
    expect(kf2[2]?.children.map((n) => n.key)).toEqual(["board-indicator:grundskolenamnden-2026-ind-2"]);
    expect(pathTo(tree, "kf-indicator:kf-4")[2]?.children).toEqual([]);
  });

  it("walks from an etappmål down the arbetsplaner to the reader's own goal", () => {
    const path = pathTo(tree, "individual-goal:maria.johansson-2026-1");
    expect(path.map((n) => n.kind)).toEqual([
      "vision",
      "focus-area",
      "kf-indicator",
      "board-indicator",
      "milestone",
      "activity",
      "activity",
      "activity",
      "individual-goal",
    ]);
    expect(path.slice(5, 8).map((n) => n.context)).toEqual([
      "Utbildningsförvaltningen",
      "Grundskola",
      "Sjödalsskolan",
    ]);
  });

  it("groups the activities serving the basuppdrag, and only shows the reader's own goals", () => {
    const core = tree.children.find((n) => n.kind === "group-core-mission");
    expect(core?.children.map((n) => n.label)).toContain("Kollegialt lärande i bedömning och betygssättning");
    expect(keys).toContain("individual-goal:maria.johansson-2026-2");
    expect(keys.some((k) => k.startsWith("individual-goal:erik"))).toBe(false);
  });

  it("with a unit chosen, shows only that unit's arbetsplan and the plans above it", () => {
    const onlySjodal = flatten(
      buildChainTree({ view, ownGoals: [], ownFollowUps: [], unitId: "sjodalsskolan" }),
    );
    const contexts = new Set(onlySjodal.filter((n) => n.kind === "activity").map((n) => n.context));
    expect(contexts).toEqual(new Set(["Utbildningsförvaltningen", "Grundskola", "Sjödalsskolan"]));
  });

  it("rolls statuses up from the children, and the reader's goals never count in the roll-up", () => {
    const withoutGoals = buildChainTree({ view, ownGoals: [], ownFollowUps: [] });
    const offTrackGoal = buildChainTree({
      view,
      ownGoals: mariasGoals,
      ownFollowUps: mariasGoals.map((g, i) => ({
        id: `f-${i}`,
        target: { kind: "individual-goal" as const, id: g.id },
        period: "2026-04-20",
        status: "off-track" as const,
        authorId: g.employeeId,
        recordedAt: "2026-04-21T08:00:00Z",
      })),
    });
    const statuses = (root: typeof tree) =>
      flatten(root)
        .filter((n) => n.kind !== "individual-goal")
        .map((n) => n.status);
    expect(statuses(offTrackGoal)).toEqual(statuses(withoutGoals));
    // A board indicator followed up at risk shows that, its KF indicator rolls it up.
    const bi1 = pathTo(tree, "board-indicator:grundskolenamnden-2026-ind-1");
    expect(bi1[3]?.status).toBe("at-risk");
    expect(bi1[2]?.status).toBe("at-risk");
  });

  it("says each etappmål's horizon and date beside it, in the reader's words", () => {
    const words = buildChainTree({ view, ownGoals: [], ownFollowUps: [], horizonLabel: (h) => `[${h}]` });
    const milestone = pathTo(words, "milestone:grundskolenamnden-2026-etappmal-2-kort").at(-1);
    expect(milestone?.context).toBe("[short], 2026-06-30");
  });

  it("search keeps matches in their place in the chain and opens the way to them", () => {
    const filtered = filterTree(tree, "lässtunder");
    expect(filtered).toBeDefined();
    const found = flatten(filtered ?? tree).filter((n) => n.label.includes("lässtunder"));
    expect(found).toHaveLength(1);
    const open = branchesToMatches(tree, "LÄSSTUNDER");
    expect(open).toContain("focus-area:social-hallbarhet");
    expect(open).not.toContain(found[0]?.key);
    expect(filterTree(tree, "finns inte någonstans")).toBeUndefined();
  });
});
