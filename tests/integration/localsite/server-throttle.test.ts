import { createThrottle } from "../../../src/localsite/http/throttle";

describe("throttling on demand", () => {
  it("is off unless set", () => {
    const throttle = createThrottle(undefined);
    expect(Array.from({ length: 10 }, () => throttle())).not.toContain(true);
  });

  it("throttles every Nth request with every:N", () => {
    const throttle = createThrottle("every:3");
    expect(Array.from({ length: 6 }, () => throttle())).toEqual([false, false, true, false, false, true]);
  });

  it("throttles a share of requests with a probability", () => {
    const draws = [0.1, 0.5, 0.19, 0.2, 0.99];
    const throttle = createThrottle("0.2", () => draws.shift() ?? 1);
    expect(Array.from({ length: 5 }, () => throttle())).toEqual([true, false, true, false, false]);
  });

  it("refuses a setting it cannot read", () => {
    expect(() => createThrottle("often")).toThrow(/LOCALSITE_THROTTLE/);
  });
});
