/**
 * A fixed reach report over the demo's chain (its målområden, KF indicators and Grundskolenämnden's etappmål)
 * with made-up counts, as the server answers it: the municipality, two nämnder, their förvaltningar and units,
 * one small group and its sibling suppressed. For the view's unit tests; the real counts are the server's.
 */
import { reachReportSchema, type ReachFigures, type ReachReport } from "../../../../src/contracts/reachApi";
import { huddinge } from "../../../../src/demo/huddinge";

const figures = (
  staff: number,
  withGoals: number,
  areas: readonly [number, number, number],
  followUps: readonly [due: number, onTime: number],
  extra: Partial<ReachFigures> = {},
): ReachFigures => ({
  staff,
  staffWithAgreedGoals: withGoals,
  agreedGoals: withGoals * 2,
  followUpsDue: followUps[0],
  followUpsOnTime: followUps[1],
  focusAreas: [
    { id: "social-hallbarhet", staff: areas[0], goals: areas[0] * 2 },
    { id: "ekonomisk-hallbarhet", staff: areas[1], goals: areas[1] },
    { id: "ekologisk-hallbarhet", staff: areas[2], goals: areas[2] },
  ],
  kfIndicators: [
    { id: "kf-2", staff: areas[0], goals: areas[0] + 1 },
    { id: "kf-1", staff: areas[1], goals: areas[1] },
  ],
  milestones: [{ id: "grundskolenamnden-2026-etappmal-2-kort", staff: areas[0], goals: areas[0] + 1 }],
  ...extra,
});

const smallGroup = "Färre än 5 personer – visas inte så att ingen enskilds mål kan utläsas.";
const complementary = "Visas inte – annars skulle en mindre grupps siffror kunna räknas fram.";

export const reachReport: ReachReport = reachReportSchema.parse({
  year: 2026,
  computedAt: "2026-11-27T08:30:00.000Z",
  minimumGroupSize: 5,
  focusAreas: huddinge["focus-area"].map((a) => ({ id: a.id, heading: a.heading, dimension: a.dimension })),
  kfIndicators: huddinge["kf-indicator"].map((k) => ({
    id: k.id,
    number: k.number,
    name: k.name,
    focusAreaId: k.focusAreaId,
  })),
  milestones: huddinge.milestone.map((m) => ({ id: m.id, title: m.title, boardUnitId: "grundskolenamnden" })),
  groups: [
    {
      name: "Huddinge kommun",
      kind: "municipality",
      depth: 0,
      result: { shown: true, figures: figures(40, 30, [24, 12, 6], [10, 8]) },
    },
    {
      unitId: "kommunstyrelsen",
      name: "Kommunstyrelsen",
      kind: "board",
      depth: 1,
      result: { shown: false, reason: "small-group", text: smallGroup },
    },
    {
      unitId: "grundskolenamnden",
      name: "Grundskolenämnden",
      kind: "board",
      depth: 1,
      result: { shown: false, reason: "complementary", text: complementary },
    },
    {
      unitId: "utbildningsforvaltningen",
      name: "Utbildningsförvaltningen",
      kind: "administration",
      parentUnitId: "grundskolenamnden",
      depth: 2,
      result: { shown: true, figures: figures(20, 15, [12, 5, 0], [0, 0]) },
    },
  ],
});
