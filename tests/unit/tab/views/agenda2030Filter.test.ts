import { huddinge } from "../../../../src/demo/huddinge";
import type { ChainView } from "../../../../src/domain";
import { buildChainTree, flatten, type ChainNode } from "../../../../src/tab/views/chain/chainTree";
import {
  agenda2030GoalsIn,
  branchesToGoal,
  filterByAgenda2030Goal,
} from "../../../../src/tab/views/chain/agenda2030Filter";

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
const tree = buildChainTree({ view, ownGoals: [], ownFollowUps: [] });
const keysOf = (root: ChainNode | undefined) => (root ? flatten(root).map((n) => n.key) : []);
const kinds = ["focus-area", "kf-indicator", "board-indicator"];
/** The målområden and indicators left, in tree order. */
const skeleton = (root: ChainNode | undefined) =>
  keysOf(root).filter((k) => kinds.includes(k.split(":")[0] ?? ""));

describe("Kedjan narrowed to one global goal", () => {
  it("offers the goals the chain carries", () => {
    expect(agenda2030GoalsIn(view)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it("keeps an indicator carrying the goal with all below it, and the items above for context", () => {
    const narrowed = filterByAgenda2030Goal(tree, view, 3);
    expect(skeleton(narrowed)).toEqual([
      "focus-area:social-hallbarhet",
      // KF 3 carries 16, not 3: it stays only as the parent of its nämnd indicator, which carries 3.
      "kf-indicator:kf-3",
      "board-indicator:grundskolenamnden-2026-ind-3",
      "kf-indicator:kf-6",
      "board-indicator:grundskolenamnden-2026-ind-6",
    ]);
    const keys = keysOf(narrowed);
    // Everything under a carrying indicator stays: etappmål and the activities serving them.
    expect(keys).toContain("milestone:grundskolenamnden-2026-etappmal-6-kort");
    expect(keys.some((k) => k.startsWith("activity:"))).toBe(true);
    // Uppdrag carry no goal.
    expect(keys.some((k) => k.startsWith("assignment:"))).toBe(false);
    expect(narrowed?.key).toBe(tree.key);
  });

  it("keeps a målområde carrying the goal even when no indicator under it does, without its children", () => {
    const narrowed = filterByAgenda2030Goal(tree, view, 1);
    expect(keysOf(narrowed)).toEqual([tree.key, "focus-area:social-hallbarhet"]);
  });

  it("finds a goal carried only by a nämnd indicator (7: energy use, under the ecological frame)", () => {
    const narrowed = filterByAgenda2030Goal(tree, view, 7);
    expect(skeleton(narrowed)).toEqual([
      "focus-area:ekologisk-hallbarhet",
      "kf-indicator:kf-8",
      "board-indicator:grundskolenamnden-2026-ind-8",
    ]);
    if (narrowed === undefined) throw new Error("nothing kept");
    expect(branchesToGoal(narrowed, view, 7)).toEqual([
      "kf-indicator:kf-8",
      "focus-area:ekologisk-hallbarhet",
      tree.key,
    ]);
  });

  it("is empty when nothing carries the goal", () => {
    expect(filterByAgenda2030Goal(tree, view, 2)).toBeUndefined();
  });
});
