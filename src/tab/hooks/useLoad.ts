import { useCallback, useEffect, useRef, useState } from "react";

/** What a view shows while its data comes: a skeleton, the data, or a failure it can retry. */
export type LoadState<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly data: T; readonly refreshing: boolean }
  | { readonly status: "failed"; readonly error: unknown };

export interface Loaded<T> {
  readonly state: LoadState<T>;
  /** Loads again; data already shown stays on screen meanwhile (no skeleton flash after a save). */
  readonly reload: () => void;
}

/**
 * Runs `load` whenever `key` changes (the key names what is loaded, e.g. person + year) and on `reload()`.
 * A late answer for an earlier key is dropped so a quick filter change never shows stale data.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownKey = useRef<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const sameKey = shownKey.current === key;
    setState((previous) =>
      sameKey && previous.status === "ready" ? { ...previous, refreshing: true } : { status: "loading" },
    );
    loadRef.current().then(
      (data) => {
        if (!current) return;
        shownKey.current = key;
        setState({ status: "ready", data, refreshing: false });
      },
      (error: unknown) => {
        if (current) setState({ status: "failed", error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
