import { formatRoute, parseRoute } from "../../../src/tab/app/router/routes";

describe("the indicator route", () => {
  it("round-trips a nämnd indicator with the year and the förvaltning it came from", () => {
    const route = {
      view: "indikator",
      kind: "board-indicator",
      id: "grundskolenamnden-2026-ind-5",
      ar: "2026",
      forvaltning: "utbildningsforvaltningen",
    } as const;
    const hash = formatRoute(route);
    expect(hash).toBe(
      "#/indikator/namnd/grundskolenamnden-2026-ind-5?ar=2026&forvaltning=utbildningsforvaltningen",
    );
    expect(parseRoute(hash)).toEqual(route);
  });

  it("round-trips a KF indicator", () => {
    expect(formatRoute({ view: "indikator", kind: "kf-indicator", id: "kf-2" })).toBe("#/indikator/kf/kf-2");
    expect(parseRoute("#/indikator/kf/kf-2")).toEqual({
      view: "indikator",
      kind: "kf-indicator",
      id: "kf-2",
    });
  });

  it("goes to Kedjan for an unknown kind or a missing id", () => {
    expect(parseRoute("#/indikator/annat/kf-2").view).toBe("kedjan");
    expect(parseRoute("#/indikator/kf").view).toBe("kedjan");
  });
});
