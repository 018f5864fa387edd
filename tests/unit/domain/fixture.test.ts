import { checkModel, isClean } from "../../../src/domain";
import { fixture } from "./fixture";

describe("the test fixture", () => {
  it("is a valid model under every rule (so the other tests break one thing at a time)", () => {
    const check = checkModel(fixture());
    expect(check.invalid.map((e) => e.message)).toEqual([]);
    expect(check.duplicateIds).toEqual([]);
    expect(check.refusedLinks.map((e) => e.message)).toEqual([]);
    expect(isClean(check)).toBe(true);
  });
});
