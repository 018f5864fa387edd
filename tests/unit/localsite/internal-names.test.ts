import fc from "fast-check";
import { fromInternalName, toInternalName, toRestName } from "../../../src/localsite/odata/internal-names";

describe("toInternalName", () => {
  it.each([
    ["Title", "Title"],
    ["My Field", "My_x0020_Field"],
    ["Mål", "M_x00e5_l"],
    ["Ärende-nr", "OData__x00c4_rende_x002d_nr"],
    ["_Status", "OData__Status"],
    ["1st", "OData__x0031_st"],
    ["Due2", "Due2"],
    ["snake_case", "snake_case"],
    ["a_x0020_b", "a_x005f_x0020_b"],
  ])("names %s as %s", (title, name) => {
    expect(toInternalName(title ?? "")).toBe(name);
  });

  it("cuts the name at 32 characters, as SharePoint does, even inside an escape", () => {
    expect(toInternalName("Andel som känner sig trygga utomhus")).toBe("Andel_x0020_som_x0020_k_x00e4_nn");
    expect(toInternalName("Andel som känner sig trygga utomhus")).toHaveLength(32);
    expect(toInternalName("Kostnad per elev i grundskolan")).toBe("Kostnad_x0020_per_x0020_elev_x00");
  });

  it("adds OData_ only for REST, and keeps other names", () => {
    expect(toRestName("_ModerationStatus")).toBe("OData__ModerationStatus");
    expect(toRestName("Title")).toBe("Title");
  });
});

describe("fromInternalName", () => {
  it("decodes escapes and drops the REST prefix", () => {
    expect(fromInternalName("My_x0020_Field")).toBe("My Field");
    expect(fromInternalName("OData__Status")).toBe("_Status");
    expect(fromInternalName("M_x00e5_l")).toBe("Mål");
  });

  it("gives back any title up to 32 name characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (title) => {
        const name = toInternalName(title);
        const withoutPrefix = name.startsWith("OData_") ? name.slice(6) : name;
        if (withoutPrefix.length < 32) expect(fromInternalName(name)).toBe(title);
        expect(withoutPrefix.length).toBeLessThanOrEqual(32);
        expect(withoutPrefix).toMatch(/^[A-Za-z0-9_]*$/);
      }),
    );
  });
});
