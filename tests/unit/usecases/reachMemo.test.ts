import { createReachMemo } from "../../../src/usecases";

describe("reach's memo of one count", () => {
  it("answers a count for its lifetime, then counts again", async () => {
    const memo = createReachMemo(1000);
    let counts = 0;
    const count = () => Promise.resolve(++counts);
    expect(await memo.remember("2026|2026-10-01", 0, count)).toBe(1);
    expect(await memo.remember("2026|2026-10-01", 999, count)).toBe(1);
    expect(await memo.remember("2026|2026-10-01", 1000, count)).toBe(2);
    expect(counts).toBe(2);
  });

  it("keeps each year and day apart", async () => {
    const memo = createReachMemo(1000);
    expect(await memo.remember("2026|2026-10-01", 0, () => Promise.resolve("a"))).toBe("a");
    expect(await memo.remember("2025|2026-10-01", 0, () => Promise.resolve("b"))).toBe("b");
    expect(await memo.remember("2026|2026-10-02", 0, () => Promise.resolve("c"))).toBe("c");
    expect(await memo.remember("2026|2026-10-01", 10, () => Promise.resolve("d"))).toBe("a");
  });

  it("lets callers who ask while counting wait for that count instead of starting their own", async () => {
    const memo = createReachMemo(1000);
    let counts = 0;
    let finish: (n: number) => void = () => undefined;
    const slow = () => {
      counts += 1;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const first = memo.remember("k", 0, slow);
    const second = memo.remember("k", 5, slow);
    finish(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(counts).toBe(1);
  });

  it("does not keep a failed count: the next caller counts again", async () => {
    const memo = createReachMemo(1000);
    await expect(memo.remember("k", 0, () => Promise.reject(new Error("SharePoint 503")))).rejects.toThrow(
      "SharePoint 503",
    );
    expect(await memo.remember("k", 1, () => Promise.resolve("ok"))).toBe("ok");
  });
});
