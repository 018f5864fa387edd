import type { ReachGroup } from "../../../../src/contracts/reachApi";
import {
  boardOf,
  groupKey,
  kfIndicatorRows,
  milestoneRows,
  reachRings,
  selectedGroup,
  share,
} from "../../../../src/tab/views/reach/reachModel";
import { reachReport } from "../support/reachFixture";

const group = (unitId: string | undefined): ReachGroup => {
  const found = reachReport.groups.find((g) => g.unitId === unitId);
  if (found === undefined) throw new Error(`no group ${unitId ?? "kommun"}`);
  return found;
};
const figuresOf = (g: ReachGroup) => {
  if (!g.result.shown) throw new Error(`${g.name} has no figures`);
  return g.result.figures;
};

describe("the reach view's model", () => {
  it("takes a share of a whole, nothing of nothing as 0 and never more than all", () => {
    expect(share(30, 40)).toBe(0.75);
    expect(share(0, 0)).toBe(0);
    expect(share(3, 2)).toBe(1);
  });

  it("shows the group the URL names when the person may see it, else the top one with figures", () => {
    expect(selectedGroup(reachReport, undefined)?.name).toBe("Huddinge kommun");
    expect(selectedGroup(reachReport, "utbildningsforvaltningen")?.name).toBe("Utbildningsförvaltningen");
    expect(selectedGroup(reachReport, "kvarnbergsskolan")?.name).toBe("Huddinge kommun");
    expect(selectedGroup({ ...reachReport, groups: [] }, undefined)).toBeUndefined();
    const hidden: ReachGroup = {
      ...group(undefined),
      result: { shown: false, reason: "complementary", text: "Visas inte." },
    };
    const belowHiddenTop = { ...reachReport, groups: [hidden, ...reachReport.groups.slice(1)] };
    const firstShown = reachReport.groups.slice(1).find((g) => g.result.shown);
    expect(selectedGroup(belowHiddenTop, undefined)?.name).toBe(firstShown?.name);
    const allHidden = { ...reachReport, groups: [hidden] };
    expect(selectedGroup(allHidden, undefined)?.name).toBe("Huddinge kommun");
    expect(groupKey(group(undefined))).toBe("");
  });

  it("fills the rings social innermost to ecological outermost by the share of the group's staff", () => {
    const rings = reachRings(reachReport, figuresOf(group(undefined)));
    expect(rings.map((r) => [r.dimension, r.staff, r.share])).toEqual([
      ["social", 24, 0.6],
      ["economic", 12, 0.3],
      ["ecological", 6, 0.15],
    ]);
    expect(rings[0]?.heading).toBe("Social hållbarhet – Den sociala basen");
  });

  it("counts a dimension with two målområden by its larger reach, and leaves out a dimension with none", () => {
    const report = {
      ...reachReport,
      focusAreas: [
        { id: "a", heading: "Social A", dimension: "social" as const },
        { id: "b", heading: "Social B", dimension: "social" as const },
      ],
    };
    const figures = {
      ...figuresOf(group(undefined)),
      focusAreas: [
        { id: "a", staff: 4, goals: 4 },
        { id: "b", staff: 10, goals: 12 },
      ],
    };
    expect(reachRings(report, figures)).toEqual([
      { dimension: "social", heading: "Social A · Social B", staff: 10, share: 0.25 },
    ]);
  });

  it("lists every KF indicator by number, naming it from the report, with 0 where no goal reaches it", () => {
    const rows = kfIndicatorRows(reachReport, figuresOf(group(undefined)));
    expect(rows).toHaveLength(8);
    expect(rows.slice(0, 3)).toEqual([
      { id: "kf-1", name: "1. −10 % i nettokostnadsavvikelse", staff: 12, goals: 12 },
      { id: "kf-2", name: "2. Gymnasieelever med examen inom tre år", staff: 24, goals: 25 },
      { id: "kf-3", name: "3. Gott bemötande vid kontakt med kommunen", staff: 0, goals: 0 },
    ]);
  });

  it("finds a group's nämnd up its parents, and shows the etappmål of that nämnd (every nämnd's for the kommun)", () => {
    expect(boardOf(reachReport, group("utbildningsforvaltningen"))).toBe("grundskolenamnden");
    expect(boardOf(reachReport, group("kommunstyrelsen"))).toBe("kommunstyrelsen");
    expect(boardOf(reachReport, group(undefined))).toBeUndefined();
    const forvaltning = milestoneRows(
      reachReport,
      group("utbildningsforvaltningen"),
      figuresOf(group("utbildningsforvaltningen")),
    );
    expect(forvaltning).toHaveLength(reachReport.milestones.length);
    expect(forvaltning.find((r) => r.staff > 0)).toEqual({
      id: "grundskolenamnden-2026-etappmal-2-kort",
      name: "Minst 86 % av eleverna i åk 9 är behöriga till gymnasieskolan",
      staff: 12,
      goals: 13,
    });
    const otherBoard: ReachGroup = {
      unitId: "kommunledningsforvaltningen",
      name: "Kommunledningsförvaltningen",
      kind: "administration",
      parentUnitId: "kommunstyrelsen",
      depth: 2,
      result: { shown: true, figures: { ...figuresOf(group(undefined)), milestones: [] } },
    };
    const report = { ...reachReport, groups: [...reachReport.groups, otherBoard] };
    expect(milestoneRows(report, otherBoard, { ...figuresOf(group(undefined)), milestones: [] })).toEqual([]);
  });
});
