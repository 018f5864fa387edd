/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useLoad } from "../../../../src/tab/hooks";

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("useLoad", () => {
  it("never shows the answer for an earlier key as the answer for the current one", async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const { result, rerender } = renderHook(
      ({ key }) => useLoad(key, () => (key === "a" ? first.promise : second.promise)),
      {
        initialProps: { key: "a" },
      },
    );
    rerender({ key: "b" });
    await act(async () => first.resolve("answer for a"));
    expect(result.current.state.status).toBe("loading");
    await act(async () => second.resolve("answer for b"));
    expect(result.current.state).toEqual({ status: "ready", data: "answer for b", refreshing: false });
  });

  it("keeps the data on screen while reloading the same key", async () => {
    let calls = 0;
    const { result } = renderHook(() => useLoad("k", async () => ++calls));
    await waitFor(() => expect(result.current.state.status).toBe("ready"));
    act(() => result.current.reload());
    expect(result.current.state).toMatchObject({ status: "ready", data: 1 });
    await waitFor(() =>
      expect(result.current.state).toEqual({ status: "ready", data: 2, refreshing: false }),
    );
  });

  it("reports a failure so the view can offer a retry", async () => {
    const { result } = renderHook(() => useLoad("k", () => Promise.reject(new TypeError("Failed to fetch"))));
    await waitFor(() => expect(result.current.state.status).toBe("failed"));
  });
});
