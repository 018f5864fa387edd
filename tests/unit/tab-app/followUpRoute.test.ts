import { formatRoute, parseRoute, routeYear, viewWithYear } from "../../../src/tab/app/router/routes";

describe("the Uppföljning route", () => {
  it("reads and writes the unit and the period, and round-trips", () => {
    const route = parseRoute("#/uppfoljning?enhet=sjodalsskolan&period=2026-tertial1");
    expect(route).toEqual({ view: "uppfoljning", enhet: "sjodalsskolan", period: "2026-tertial1" });
    expect(formatRoute(route)).toBe("#/uppfoljning?enhet=sjodalsskolan&period=2026-tertial1");
    expect(parseRoute("uppfoljning")).toEqual({ view: "uppfoljning" });
    expect(parseRoute("#/uppfoljning?enhet=&period=")).toEqual({ view: "uppfoljning" });
  });

  it("carries the period's year to the other views and starts at the latest period due", () => {
    expect(routeYear(parseRoute("#/uppfoljning?period=2025-helar"))).toBe("2025");
    expect(routeYear(parseRoute("#/uppfoljning"))).toBeUndefined();
    expect(formatRoute(viewWithYear("uppfoljning", "2025"))).toBe("#/uppfoljning");
  });
});
