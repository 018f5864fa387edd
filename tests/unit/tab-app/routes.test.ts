import fc from "fast-check";
import {
  formatRoute,
  parseRoute,
  routeYear,
  viewWithYear,
  type Route,
} from "../../../src/tab/app/router/routes";
import { routeFromSubEntity } from "../../../src/tab/app/router/subEntity";

describe("the tab's hash routes", () => {
  it("opens Kedjan when there is no hash or an unknown one", () => {
    expect(parseRoute("")).toEqual({ view: "kedjan", filter: {} });
    expect(parseRoute("#/okand")).toEqual({ view: "kedjan", filter: {} });
  });

  it("reads the chain's filters, search and selected item", () => {
    expect(parseRoute("#/kedjan?namnd=gsn&ar=2026&q=trygg+skola&item=kf-indicator:kf-5")).toEqual({
      view: "kedjan",
      filter: { namnd: "gsn", ar: "2026", q: "trygg skola", item: "kf-indicator:kf-5" },
    });
  });

  it("reads a goal id under Mina mål and a unit under Mitt team", () => {
    expect(parseRoute("#/mina-mal/goal-12")).toEqual({ view: "mina-mal", goalId: "goal-12" });
    expect(parseRoute("#/mina-mal")).toEqual({ view: "mina-mal" });
    expect(parseRoute("#/mina-mal/goal-12?medarbetare=erik%40x.se")).toEqual({
      view: "mina-mal",
      goalId: "goal-12",
      medarbetare: "erik@x.se",
    });
    expect(parseRoute("#/mitt-team?enhet=enhet-4")).toEqual({ view: "mitt-team", enhet: "enhet-4" });
    expect(parseRoute("#/mitt-team?enhet=enhet-4&ar=2027")).toEqual({
      view: "mitt-team",
      enhet: "enhet-4",
      ar: "2027",
    });
    expect(parseRoute("#/mina-mal/goal-1?ar=2025")).toEqual({
      view: "mina-mal",
      goalId: "goal-1",
      ar: "2025",
    });
    expect(formatRoute({ view: "mina-mal", medarbetare: "a@b.se", ar: "2027" })).toBe(
      "#/mina-mal?medarbetare=a%40b.se&ar=2027",
    );
  });

  it("drops empty parameters instead of filtering on nothing", () => {
    expect(parseRoute("#/kedjan?namnd=&q=")).toEqual({ view: "kedjan", filter: {} });
    expect(parseRoute("#/mitt-team?enhet=")).toEqual({ view: "mitt-team" });
  });

  it("formats routes so that parsing gives them back", () => {
    const text = fc.string({ minLength: 1, maxLength: 12 });
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc
        .record(
          { namnd: text, forvaltning: text, enhet: text, ar: text, q: text, item: text },
          { requiredKeys: [] },
        )
        .map((filter) => ({ view: "kedjan" as const, filter })),
      fc
        .record({ goalId: text, medarbetare: text }, { requiredKeys: [] })
        .map((r) => ({ view: "mina-mal" as const, ...r })),
      fc
        .option(text, { nil: undefined })
        .map((enhet) =>
          enhet === undefined ? { view: "mitt-team" as const } : { view: "mitt-team" as const, enhet },
        ),
    );
    fc.assert(fc.property(route, (r) => expect(parseRoute(formatRoute(r))).toEqual(r)));
  });

  it("knows the year each view shows, so the navigation can carry it to the next", () => {
    expect(routeYear(parseRoute("#/kedjan?namnd=gsn&ar=2025"))).toBe("2025");
    expect(routeYear(parseRoute("#/mina-mal/goal-1?ar=2027"))).toBe("2027");
    expect(routeYear(parseRoute("#/mitt-team?enhet=u1&ar=2024"))).toBe("2024");
    expect(routeYear(parseRoute("#/mitt-team?enhet=u1"))).toBeUndefined();
    expect(routeYear(parseRoute("#/kedjan?ar=NaN"))).toBeUndefined();
    expect(routeYear(parseRoute("#/konfigurera"))).toBeUndefined();
    expect(formatRoute(viewWithYear("kedjan", "2025"))).toBe("#/kedjan?ar=2025");
    expect(formatRoute(viewWithYear("mina-mal", "2025"))).toBe("#/mina-mal?ar=2025");
    expect(formatRoute(viewWithYear("mitt-team", undefined))).toBe("#/mitt-team");
  });

  it("reads Rapport till KF's year and period, and gives them back", () => {
    const route = parseRoute("#/rapport?ar=2026&period=delar");
    expect(route).toEqual({ view: "rapport", ar: "2026", period: "delar" });
    expect(formatRoute(route)).toBe("#/rapport?ar=2026&period=delar");
    expect(parseRoute("#/rapport?period=")).toEqual({ view: "rapport" });
    expect(routeYear(route)).toBe("2026");
    expect(formatRoute(viewWithYear("rapport", "2025"))).toBe("#/rapport?ar=2025");
  });

  it("reads Mål och budget's mandate, and starts at the current one from the navigation", () => {
    const route = parseRoute("#/mal-och-budget?mandat=programforklaring-2027-2030");
    expect(route).toEqual({ view: "mal-och-budget", mandat: "programforklaring-2027-2030" });
    expect(formatRoute(route)).toBe("#/mal-och-budget?mandat=programforklaring-2027-2030");
    expect(parseRoute("#/mal-och-budget?mandat=")).toEqual({ view: "mal-och-budget" });
    expect(routeYear(route)).toBeUndefined();
    expect(formatRoute(viewWithYear("mal-och-budget", "2025"))).toBe("#/mal-och-budget");
  });

  it("reads Räckvidd's year and group, and gives them back", () => {
    const route = parseRoute("#/rackvidd?ar=2026&enhet=grundskolenamnden");
    expect(route).toEqual({ view: "rackvidd", ar: "2026", enhet: "grundskolenamnden" });
    expect(formatRoute(route)).toBe("#/rackvidd?ar=2026&enhet=grundskolenamnden");
    expect(parseRoute("#/rackvidd?enhet=")).toEqual({ view: "rackvidd" });
    expect(routeYear(route)).toBe("2026");
    expect(formatRoute(viewWithYear("rackvidd", "2025"))).toBe("#/rackvidd?ar=2025");
  });

  it("takes Teams' sub-entity id (a route without the hash) as a deep link", () => {
    expect(routeFromSubEntity("mina-mal/goal-3")).toEqual({ view: "mina-mal", goalId: "goal-3" });
    expect(routeFromSubEntity("mitt-team?enhet=u1")).toEqual({ view: "mitt-team", enhet: "u1" });
    expect(routeFromSubEntity(undefined)).toBeUndefined();
    expect(routeFromSubEntity("  ")).toBeUndefined();
  });
});
