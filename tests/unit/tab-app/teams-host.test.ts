import { maybeTeamsHost } from "../../../src/tab/app/teams/maybeTeamsHost";

describe("where a Teams host may be (and so teams-js is loaded)", () => {
  const top = {};
  it("not in a plain top-level browser window", () => {
    expect(maybeTeamsHost({ self: top, parent: top, opener: null })).toBe(false);
  });

  it("in a frame (Teams web and desktop), a window with an opener, or a mobile web view", () => {
    expect(maybeTeamsHost({ self: top, parent: {}, opener: null })).toBe(true);
    expect(maybeTeamsHost({ self: top, parent: top, opener: {} })).toBe(true);
    expect(maybeTeamsHost({ self: top, parent: top, opener: null, nativeInterface: {} })).toBe(true);
  });
});
