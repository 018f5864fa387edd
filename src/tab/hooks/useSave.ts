import { useCallback, useState } from "react";
import { ConflictError, type Versioned } from "../../domain";

/**
 * A save in progress and how it ended. A failed save keeps nothing of its own: the form keeps what was
 * typed, and `retry()` sends the same thing again. A conflict carries the stored version so the view can show
 * both and let people choose.
 */
export type SaveState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved" }
  | { readonly status: "failed"; readonly error: unknown }
  /** The stored version as the storage returned it; the view validates it before showing it. */
  | { readonly status: "conflict"; readonly current: Versioned<unknown> };

export interface Saver {
  readonly state: SaveState;
  /** Runs the write; resolves to the stored result, or undefined when it failed or conflicted. */
  readonly save: <R>(write: () => Promise<R>) => Promise<R | undefined>;
  readonly retry: () => Promise<unknown>;
  readonly reset: () => void;
}

export function useSave(): Saver {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const [lastWrite, setLastWrite] = useState<(() => Promise<unknown>) | undefined>(undefined);

  const save = useCallback(async <R>(write: () => Promise<R>): Promise<R | undefined> => {
    setLastWrite(() => write);
    setState({ status: "saving" });
    try {
      const result = await write();
      setState({ status: "saved" });
      return result;
    } catch (error: unknown) {
      if (error instanceof ConflictError) {
        setState({ status: "conflict", current: error.current });
      } else {
        setState({ status: "failed", error });
      }
      return undefined;
    }
  }, []);

  const retry = useCallback(async () => (lastWrite ? save(lastWrite) : undefined), [lastWrite, save]);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, save, retry, reset };
}
