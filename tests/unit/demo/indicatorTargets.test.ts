import { generateMunicipality, huddinge, smallSize } from "../../../src/demo";
import { figuresIn, indicatorTargetMismatches } from "../../../src/domain";
import type { SteeringData } from "../../../src/demo/steeringData";

const mismatches = (data: SteeringData) =>
  indicatorTargetMismatches(data["board-indicator"], data.milestone).map((m) => m.message);

describe("nämnd indicators agree with their etappmål", () => {
  it("reads the figures in a title, with Swedish grouping and decimals", () => {
    expect(figuresIn("Kostnaden per elev är högst 116 500 kr vid årets slut")).toEqual([116_500]);
    expect(figuresIn("Minst 86,5 % av eleverna i åk 9")).toEqual([86.5, 9]);
    expect(figuresIn("Andel: 86.5 % senast 2026-12-31")).toEqual([86.5, 2026, 12, 31]);
  });

  it("in the Huddinge demo: every indicator's target is an etappmål's, and every etappmål states its value", () => {
    expect(mismatches(huddinge)).toEqual([]);
  });

  it("in the generated municipality too", () => {
    expect(mismatches(generateMunicipality(7, smallSize))).toEqual([]);
  });

  it("catches an indicator whose target is not its etappmål's (Nämndindikator 5: mål 86, etappmål 82)", () => {
    const indicator = huddinge["board-indicator"].find((b) => b.number === 5);
    if (indicator === undefined) throw new Error("no Nämndindikator 5");
    const wrong = { ...indicator, target: { year: 2026, value: 86 } };
    expect(indicatorTargetMismatches([wrong], huddinge.milestone).map((m) => m.message)).toEqual([
      "Nämndindikator 5 säger mål 86 (2026) men etappmålet säger 82.",
    ]);
    expect(
      indicatorTargetMismatches([{ ...indicator, target: { year: 2027, value: 82 } }], huddinge.milestone),
    ).toHaveLength(1);
  });
});
