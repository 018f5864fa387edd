import { ringSlices, slicePath } from "../../../../src/tab/components/focus-area-circles";

const centre = { x: 100, y: 100 };

describe("målområde ring geometry", () => {
  it("splits a ring into one slice per indicator", () => {
    expect(ringSlices(centre, 40, 80, 6)).toHaveLength(6);
    expect(ringSlices(centre, 40, 80, 0)).toEqual([]);
  });

  it("draws a single indicator as the whole ring, with its hole kept empty", () => {
    const [only] = ringSlices(centre, 40, 80, 1);
    // Two closed sub-paths: the outer circle and the inner one.
    expect(only?.d.match(/Z/g)).toHaveLength(2);
  });

  it("draws a disc slice from the centre for the innermost ring", () => {
    const d = slicePath(centre, 0, 80, 0, Math.PI / 2);
    expect(d).toContain("L 100 100");
    // Starts at 12 o'clock and sweeps clockwise to 3 o'clock.
    expect(d.startsWith("M 100 20 A 80 80 0 0 1 180 100")).toBe(true);
  });

  it("places each slice's mark between the ring's radii", () => {
    for (const slice of ringSlices(centre, 40, 80, 7)) {
      const distance = Math.hypot(slice.labelAt.x - centre.x, slice.labelAt.y - centre.y);
      expect(distance).toBeCloseTo(60, 0);
    }
  });
});
