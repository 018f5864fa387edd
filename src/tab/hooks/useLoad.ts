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

const loading = { status: "loading" } as const;

/**
 * Runs `load` whenever `key` changes (the key names what is loaded, e.g. person + year) and on `reload()`.
 * Every state remembers the key it belongs to: data or an error for an earlier key is never shown as the
 * answer for the current one, and a late answer for an earlier key is dropped.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [keyed, setKeyed] = useState<{ key: string; state: LoadState<T> }>({ key, state: loading });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setKeyed((previous) =>
      previous.key === key && previous.state.status === "ready"
        ? { key, state: { ...previous.state, refreshing: true } }
        : { key, state: loading },
    );
    loadRef.current().then(
      (data) => {
        if (current) setKeyed({ key, state: { status: "ready", data, refreshing: false } });
      },
      (error: unknown) => {
        if (current) setKeyed({ key, state: { status: "failed", error } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state: keyed.key === key ? keyed.state : loading, reload };
}
