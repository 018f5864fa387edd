import {
  asRecordedFor,
  authorize,
  indexModel,
  orgLookupOf,
  outcomeKeyOf,
  parseOutcomeKey,
  refOf,
  splitRefusal,
  subjectOfOutcome,
  type IndicatorRef,
  type Person,
} from "../../../src/domain";
import { huddinge, planners, staff } from "../../../src/demo/huddinge";

const kf1: IndicatorRef = { kind: "kf-indicator", id: "kf-1" };
const gsn2: IndicatorRef = { kind: "board-indicator", id: "grundskolenamnden-2026-ind-2" };

describe("indicator outcome keys", () => {
  it("are one per indicator, period and source, and read back", () => {
    expect(outcomeKeyOf(kf1, "2024", "kolada")).toBe("kf:kf-1:2024:kolada");
    expect(outcomeKeyOf(gsn2, "2026-delar", "manual")).toBe(
      "ni:grundskolenamnden-2026-ind-2:2026-delar:manual",
    );
    expect(outcomeKeyOf(kf1, "2024", "manual")).not.toBe(outcomeKeyOf(kf1, "2024", "kolada"));
    // A KF and a nämnd indicator with the same id never share a key.
    expect(outcomeKeyOf({ kind: "board-indicator", id: "kf-1" }, "2024", "manual")).not.toBe(
      outcomeKeyOf(kf1, "2024", "manual"),
    );
    const odd: IndicatorRef = { kind: "board-indicator", id: "a:b:c" };
    expect(parseOutcomeKey(outcomeKeyOf(odd, "2025", "manual"))).toEqual({
      indicator: odd,
      period: "2025",
      source: "manual",
    });
    for (const bad of ["kf-1--2024", "xx:kf-1:2024:manual", "kf:kf-1:2024:scb", "kf::2024:manual"]) {
      expect(parseOutcomeKey(bad)).toBeUndefined();
    }
  });
});

describe("the gender split of an outcome", () => {
  const split = { kind: "value", total: 85, women: 87, men: 83 } as const;

  it("is refused where the indicator has none, naming each part", () => {
    const refusal = splitRefusal({ id: "x", measurement: split }, { genderSplit: false });
    expect(refusal?.issues.map((i) => i.path)).toEqual(["measurement.women", "measurement.men"]);
    expect(splitRefusal({ id: "x", measurement: split }, {})).toBeDefined();
    expect(splitRefusal({ id: "x", measurement: split }, { genderSplit: true })).toBeUndefined();
    expect(splitRefusal({ id: "x", measurement: { kind: "value", total: 1 } }, {})).toBeUndefined();
  });

  it("is dropped from what an import records for an indicator without it", () => {
    expect(asRecordedFor(split, {})).toEqual({ kind: "value", total: 85 });
    expect(asRecordedFor(split, { genderSplit: true })).toEqual(split);
    const missing = { kind: "missing", reason: "suppressed" } as const;
    expect(asRecordedFor(missing, {})).toEqual(missing);
  });
});

describe("who may change an outcome", () => {
  const model = indexModel(huddinge);
  const org = orgLookupOf(huddinge["org-unit"], huddinge.person);
  const decide = (person: Person, indicator: IndicatorRef) => {
    const item = refOf("indicator-outcome", outcomeKeyOf(indicator, "2023", "manual"));
    const subject = subjectOfOutcome(indicator, item, model);
    if (subject === undefined) throw new Error("no subject");
    const decision = authorize(person, "create", subject, org);
    return decision.ok ? "allowed" : decision.error.reason;
  };

  it("is the municipal planners for a KF indicator, the nämnd's planners for a nämnd indicator", () => {
    expect(decide(planners.kommun, kf1)).toBe("allowed");
    expect(decide(planners.namnd, kf1)).toBe(
      "bara kommunens planerare får ändra KF-nivån och organisationen",
    );
    expect(decide(planners.namnd, gsn2)).toBe("allowed");
    expect(decide(planners.forvaltning, gsn2)).toBe("bara ägande enhets chef eller planerare får ändra");
    expect(decide(staff.sjodal.maria, gsn2)).toBe("bara ägande enhets chef eller planerare får ändra");
  });

  it("is nobody's for an indicator that is not there", () => {
    expect(
      subjectOfOutcome({ kind: "board-indicator", id: "saknas" }, refOf("indicator-outcome", "x"), model),
    ).toBeUndefined();
  });
});
