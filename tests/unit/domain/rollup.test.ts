import fc from "fast-check";
import {
  concernLevel,
  FOLLOW_UP_STATUSES,
  latestFollowUp,
  rollUp,
  rollUpChildren,
  type FollowUp,
  type FollowUpStatus,
} from "../../../src/domain";

const status = fc.constantFrom(...FOLLOW_UP_STATUSES);
const children = fc.array(fc.option(status, { nil: undefined }), { maxLength: 12 });

describe("status roll-up", () => {
  it.each<[(FollowUpStatus | undefined)[], FollowUpStatus]>([
    [[], "not-started"],
    [["done", "on-track", "off-track", "at-risk"], "off-track"],
    [["done", "at-risk", "on-track"], "at-risk"],
    [["done", "done"], "done"],
    [["not-started", undefined], "not-started"],
    [["done", undefined], "on-track"],
    [["not-started", "on-track"], "on-track"],
  ])("rolls %j up to %s", (statuses, expected) => {
    expect(rollUp(statuses)).toBe(expected);
  });

  it("counts a child without a follow-up as not started", () => {
    expect(rollUp(["done", undefined])).toBe(rollUp(["done", "not-started"]));
    expect(rollUp(["done", undefined])).not.toBe("done");
  });

  it("does not depend on the order of the children", () => {
    fc.assert(
      fc.property(children, fc.func(fc.integer()), (xs, key) => {
        const shuffled = [...xs].sort((a, b) => key(a) - key(b));
        expect(rollUp(shuffled)).toBe(rollUp(xs));
      }),
    );
  });

  it("gives the same result rolled up in stages as all at once", () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 1 }), fc.array(status, { minLength: 1 }), (a, b) => {
        expect(rollUp([rollUp(a), rollUp(b)])).toBe(rollUp([...a, ...b]));
      }),
    );
  });

  it("never lowers the concern when a child gets worse", () => {
    fc.assert(
      fc.property(children, fc.nat(), status, (xs, at, worse) => {
        const i = xs.length === 0 ? 0 : at % xs.length;
        const before = xs[i] ?? "not-started";
        fc.pre(concernLevel(worse) >= concernLevel(before));
        const changed = [...xs];
        changed[i] = worse;
        expect(concernLevel(rollUp(changed))).toBeGreaterThanOrEqual(concernLevel(rollUp(xs)));
      }),
    );
  });

  it("is done only when every child is done", () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 1 }), (xs) => {
        expect(rollUp(xs) === "done").toBe(xs.every((s) => s === "done"));
      }),
    );
  });
});

describe("latest follow-up", () => {
  const fu = (id: string, period: string, status: FollowUpStatus, recordedAt: string): FollowUp => ({
    id,
    target: { kind: "activity", id: "akt-1" },
    period,
    status,
    authorId: "a@b.se",
    recordedAt,
  });
  const history = [
    fu("f1", "2026-tertial1", "on-track", "2026-04-20T10:00:00Z"),
    fu("f2", "2026-tertial1", "at-risk", "2026-04-28T10:00:00Z"),
    fu("f3", "2026-delar", "done", "2026-08-30T10:00:00Z"),
  ];

  it("takes the most recently recorded one, per period when asked", () => {
    expect(latestFollowUp({ kind: "activity", id: "akt-1" }, history)?.id).toBe("f3");
    expect(latestFollowUp({ kind: "activity", id: "akt-1" }, history, "2026-tertial1")?.id).toBe("f2");
    expect(latestFollowUp({ kind: "activity", id: "akt-2" }, history)).toBeUndefined();
  });

  it("rolls children's latest statuses up, missing ones as not started", () => {
    const kids = [
      { kind: "activity", id: "akt-1" },
      { kind: "activity", id: "akt-2" },
    ] as const;
    expect(rollUpChildren(kids, history, "2026-tertial1")).toBe("at-risk");
    expect(rollUpChildren(kids, history, "2026-delar")).toBe("on-track");
  });
});
