/**
 * A small, valid steering model for the domain tests: Grundskolenämnden, Utbildningsförvaltningen and two
 * schools, with a few people. Fresh objects on every call so tests can change them freely.
 */
import type {
  Activity,
  DuePage,
  Assignment,
  BoardIndicator,
  BoardPlan,
  FocusArea,
  FollowUp,
  IndicatorOutcome,
  IndividualGoal,
  KfIndicator,
  Milestone,
  OrgUnit,
  Person,
  ProgramDeclaration,
  Vision,
  WorkPlan,
} from "../../../src/domain";

export const ANNA = "anna.larsson@malkedjan.local";
export const BO = "bo.berg@malkedjan.local";
export const REKTOR_SJODAL = "sara.sjo@malkedjan.local";
export const REKTOR_KVARN = "karl.kvarn@malkedjan.local";
export const FORVALTNINGSCHEF = "fia.chef@malkedjan.local";
export const PLANNER = "pelle.planerare@malkedjan.local";
export const KOMMUNPLANERARE = "kim.kommun@malkedjan.local";

export interface Fixture {
  vision: Vision[];
  "program-declaration": ProgramDeclaration[];
  "focus-area": FocusArea[];
  "kf-indicator": KfIndicator[];
  "board-plan": BoardPlan[];
  "board-indicator": BoardIndicator[];
  milestone: Milestone[];
  assignment: Assignment[];
  "work-plan": WorkPlan[];
  activity: Activity[];
  "individual-goal": IndividualGoal[];
  "follow-up": FollowUp[];
  "indicator-outcome": IndicatorOutcome[];
  "org-unit": OrgUnit[];
  person: Person[];
}

export const fixture = (): Fixture => ({
  vision: [{ id: "vision", text: "Huddinge ska vara en av de tre populäraste kommunerna i Stockholms län." }],
  "program-declaration": [
    {
      id: "pf-2019",
      visionId: "vision",
      title: "Programförklaring 2019–2022",
      text: "…",
      mandate: { firstYear: 2019, lastYear: 2022 },
    },
    {
      id: "pf-2023",
      visionId: "vision",
      title: "Programförklaring 2023–2026",
      text: "…",
      mandate: { firstYear: 2023, lastYear: 2026 },
    },
  ],
  "focus-area": [
    {
      id: "mo-social",
      programDeclarationId: "pf-2023",
      dimension: "social",
      heading: "Social hållbarhet",
      citizenText: "Den sociala basen",
      agenda2030Goals: [3, 4],
    },
    {
      id: "mo-eko",
      programDeclarationId: "pf-2023",
      dimension: "economic",
      heading: "Ekonomisk hållbarhet",
      citizenText: "God hushållning",
      agenda2030Goals: [8],
    },
    {
      id: "mo-ekol",
      programDeclarationId: "pf-2023",
      dimension: "ecological",
      heading: "Ekologisk hållbarhet",
      citizenText: "Ramen",
      agenda2030Goals: [13],
    },
    {
      id: "mo-social-2019",
      programDeclarationId: "pf-2019",
      dimension: "social",
      heading: "Social hållbarhet",
      citizenText: "Förra perioden",
      agenda2030Goals: [],
    },
  ],
  "kf-indicator": [
    {
      id: "kf-1",
      focusAreaId: "mo-eko",
      number: 1,
      name: "−10 % i nettokostnadsavvikelse",
      measureUnit: "%",
      direction: "decrease",
      koladaKpiId: "N00097",
    },
    {
      id: "kf-2",
      focusAreaId: "mo-social",
      number: 2,
      name: "Gymnasieelever med examen inom tre år",
      measureUnit: "%",
      direction: "increase",
    },
    {
      id: "kf-2-2019",
      focusAreaId: "mo-social-2019",
      number: 2,
      name: "Gammal indikator",
      measureUnit: "%",
      direction: "increase",
    },
  ],
  "board-plan": [
    {
      id: "gsn-2025",
      boardUnitId: "gsn",
      programDeclarationId: "pf-2023",
      year: 2025,
      title: "Verksamhetsplan 2025",
      interpretations: [],
    },
    {
      id: "gsn-2026",
      boardUnitId: "gsn",
      programDeclarationId: "pf-2023",
      year: 2026,
      title: "Verksamhetsplan 2026",
      interpretations: [{ focusAreaId: "mo-social", text: "Alla elever ska nå behörighet." }],
    },
  ],
  "board-indicator": [
    {
      id: "gsn-2026-ni-1",
      boardPlanId: "gsn-2026",
      kfIndicatorId: "kf-1",
      number: 1,
      name: "Kostnad per elev",
      measureUnit: "kr/elev",
      direction: "decrease",
    },
    {
      id: "gsn-2026-ni-2",
      boardPlanId: "gsn-2026",
      kfIndicatorId: "kf-2",
      number: 2,
      name: "Behörighet till gymnasiet",
      measureUnit: "%",
      direction: "increase",
    },
    {
      id: "gsn-2025-ni-2",
      boardPlanId: "gsn-2025",
      kfIndicatorId: "kf-2",
      number: 2,
      name: "Behörighet till gymnasiet",
      measureUnit: "%",
      direction: "increase",
    },
  ],
  milestone: [
    {
      id: "em-1",
      boardPlanId: "gsn-2026",
      boardIndicatorId: "gsn-2026-ni-2",
      title: "85 % behöriga",
      horizon: "short",
      targetValue: 85,
      targetDate: "2026-12-31",
    },
  ],
  assignment: [
    {
      id: "upd-1",
      boardPlanId: "gsn-2026",
      fromBoardUnitId: "gsn",
      toAdministrationUnitId: "uf",
      title: "Utred skolskjutsen",
      dueDate: "2026-10-31",
      focusAreaId: "mo-social",
      decisionReference: "GSN 2026/12 § 4",
    },
    {
      id: "upd-2",
      boardPlanId: "gsn-2026",
      fromBoardUnitId: "gsn",
      toAdministrationUnitId: "uf",
      title: "Ny lokalplan",
      dueDate: "2026-12-31",
    },
  ],
  "work-plan": [
    {
      id: "uf-2025",
      level: "administration",
      year: 2025,
      ownerUnitId: "uf",
      parentPlanId: "gsn-2025",
      title: "UF 2025",
    },
    {
      id: "uf-2026",
      level: "administration",
      year: 2026,
      ownerUnitId: "uf",
      parentPlanId: "gsn-2026",
      title: "UF 2026",
    },
    {
      id: "sjodal-2026",
      level: "unit",
      year: 2026,
      ownerUnitId: "sjodal",
      parentPlanId: "uf-2026",
      title: "Sjödalsskolan 2026",
    },
    {
      id: "kvarn-2026",
      level: "unit",
      year: 2026,
      ownerUnitId: "kvarn",
      parentPlanId: "uf-2026",
      title: "Kvarnbergsskolan 2026",
    },
  ],
  activity: [
    {
      id: "uf-akt-1",
      workPlanId: "uf-2026",
      title: "Läsfrämjande i alla skolor",
      serves: { kind: "milestone", id: "em-1" },
    },
    {
      id: "uf-akt-2",
      workPlanId: "uf-2026",
      title: "Utredning skolskjuts",
      serves: { kind: "assignment", id: "upd-1" },
    },
    {
      id: "uf-akt-3",
      workPlanId: "uf-2026",
      title: "Lokalplanering",
      serves: { kind: "assignment", id: "upd-2" },
    },
    {
      id: "sjodal-akt-1",
      workPlanId: "sjodal-2026",
      title: "Läsecirklar åk 7–9",
      serves: { kind: "activity", id: "uf-akt-1" },
    },
    {
      id: "sjodal-akt-2",
      workPlanId: "sjodal-2026",
      title: "Bra skolmåltider",
      serves: { kind: "core-mission" },
    },
    {
      id: "kvarn-akt-1",
      workPlanId: "kvarn-2026",
      title: "Skolskjutsenkät",
      serves: { kind: "activity", id: "uf-akt-2" },
    },
  ],
  "individual-goal": [
    {
      id: "ind-1",
      employeeId: ANNA,
      managerId: REKTOR_SJODAL,
      unitId: "sjodal",
      year: 2026,
      title: "Leda en läsecirkel",
      activityIds: ["sjodal-akt-1"],
      coreValues: ["drive"],
      agreedByEmployeeAt: "2026-02-10T09:00:00Z",
      agreedByManagerAt: "2026-02-10T09:05:00Z",
      followUpDates: ["2026-05-15", "2026-10-15"],
    },
    {
      id: "ind-2",
      employeeId: ANNA,
      managerId: REKTOR_SJODAL,
      unitId: "sjodal",
      year: 2026,
      title: "Måltidsråd",
      activityIds: ["sjodal-akt-2"],
      followUpDates: ["2026-06-01"],
    },
    {
      id: "ind-3",
      employeeId: BO,
      managerId: REKTOR_KVARN,
      unitId: "kvarn",
      year: 2026,
      title: "Enkät",
      activityIds: ["kvarn-akt-1"],
      agreedByEmployeeAt: "2026-03-01T10:00:00Z",
      agreedByManagerAt: "2026-03-01T10:00:00Z",
      followUpDates: ["2026-09-01"],
    },
  ],
  "follow-up": [
    {
      id: "fu-1",
      target: { kind: "individual-goal", id: "ind-1" },
      period: "2026-05-15",
      status: "on-track",
      authorId: ANNA,
      recordedAt: "2026-05-15T12:00:00Z",
    },
    {
      id: "fu-2",
      target: { kind: "work-plan", id: "sjodal-2026" },
      period: "2026-tertial1",
      status: "at-risk",
      comment: "Vikariebrist",
      authorId: REKTOR_SJODAL,
      recordedAt: "2026-04-29T12:00:00Z",
    },
  ],
  "indicator-outcome": [
    {
      id: "ut-1",
      indicator: { kind: "kf-indicator", id: "kf-1" },
      period: "2025",
      measurement: { kind: "value", total: -3.2 },
      source: "kolada",
      recordedAt: "2026-03-01T00:00:00Z",
    },
    {
      id: "ut-2",
      indicator: { kind: "board-indicator", id: "gsn-2026-ni-2" },
      period: "2026-tertial1",
      measurement: { kind: "missing", reason: "not-yet-published" },
      source: "manual",
      recordedAt: "2026-05-01T00:00:00Z",
    },
  ],
  "org-unit": [
    { id: "gsn", kind: "board", name: "Grundskolenämnden" },
    {
      id: "uf",
      kind: "administration",
      name: "Utbildningsförvaltningen",
      parentId: "gsn",
      chefId: FORVALTNINGSCHEF,
    },
    { id: "sjodal", kind: "unit", name: "Sjödalsskolan", parentId: "uf", chefId: REKTOR_SJODAL },
    { id: "kvarn", kind: "unit", name: "Kvarnbergsskolan", parentId: "uf", chefId: REKTOR_KVARN },
    { id: "kfn", kind: "board", name: "Kultur- och fritidsnämnden" },
    { id: "kff", kind: "administration", name: "Kultur- och fritidsförvaltningen", parentId: "kfn" },
  ],
  person: [
    { id: ANNA, name: "Anna Larsson", unitId: "sjodal", roles: [] },
    { id: BO, name: "Bo Berg", unitId: "kvarn", roles: [] },
    { id: REKTOR_SJODAL, name: "Sara Sjö", unitId: "sjodal", roles: [] },
    { id: REKTOR_KVARN, name: "Karl Kvarn", unitId: "kvarn", roles: [] },
    { id: FORVALTNINGSCHEF, name: "Fia Chef", unitId: "uf", roles: [] },
    { id: PLANNER, name: "Pelle Planerare", unitId: "uf", roles: [{ kind: "planner", unitId: "gsn" }] },
    { id: KOMMUNPLANERARE, name: "Kim Kommun", unitId: "uf", roles: [{ kind: "municipal-planner" }] },
  ],
});

/** Looks an entity up in a fixture list, failing the test loudly if it is not there. */
export const pick = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((x) => x.id === id);
  if (found === undefined) throw new Error(`fixture has no ${id}`);
  return found;
};

/** A due page of the fixture's organisation holding only these goals (no plans, no follow-ups yet). */
export const duePageOfGoals = (goals: IndividualGoal[]): DuePage => ({
  units: fixture()["org-unit"],
  planners: [],
  boardPlans: [],
  boardIndicators: [],
  milestones: [],
  assignments: [],
  workPlans: [],
  activities: [],
  individualGoals: goals,
  followUps: [],
});
