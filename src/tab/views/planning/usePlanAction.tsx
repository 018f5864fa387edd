import { useCallback, useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import {
  ConflictError,
  ForbiddenError,
  InvalidLinkError,
  ValidationError,
  type Versioned,
} from "../../../domain";
import { ApiRequestError } from "../../api/errorFromProblem";
import { useStrings } from "../../app";
import { planningStrings } from "./strings";

export interface ActionState {
  readonly busy: boolean;
  readonly done?: string;
  readonly error?: string;
  /** The plan or item changed since it was read (412): reloading shows what is stored now. */
  readonly conflict?: boolean;
  /** What is stored now, when the server answered a stale version with it. */
  readonly current?: Versioned<unknown>;
}

/**
 * What a refused change says: the server's own Swedish words (another nämnd's planner, a fastställd plan, a
 * link the plan may not make, a field it refused), else the page's general words. Never an id or code.
 */
export function failureText(error: unknown, general: string): string {
  if (error instanceof ForbiddenError) return error.reason;
  if (error instanceof InvalidLinkError) return error.message;
  if (error instanceof ValidationError) {
    const words = error.issues.map((i) => i.message).filter((m) => m !== "");
    return words.length === 0 ? general : `${general} ${words.join(" ")}`;
  }
  if (error instanceof ApiRequestError && error.status < 500) return error.message;
  return general;
}

/**
 * One save: busy while it runs, then a success line (announced) or the refusal in Swedish — `conflictText`
 * for a stale version (412, what is stored now kept in `current`), else the server's words or `failedText`.
 * The form keeps what was typed: only `onDone` (called after a success) clears it.
 */
export function useSaveAction(
  conflictText: string,
  failedText: string,
): {
  state: ActionState;
  run: (action: () => Promise<unknown>, done: string, onDone?: () => void) => Promise<void>;
  /** Forgets the last outcome (the stored one was taken instead). */
  clear: () => void;
} {
  const [state, setState] = useState<ActionState>({ busy: false });
  const run = useCallback(
    async (action: () => Promise<unknown>, done: string, onDone?: () => void): Promise<void> => {
      setState({ busy: true });
      try {
        await action();
        setState({ busy: false, done });
        onDone?.();
      } catch (error: unknown) {
        setState(
          error instanceof ConflictError
            ? { busy: false, error: conflictText, conflict: true, current: error.current }
            : { busy: false, error: failureText(error, failedText) },
        );
      }
    },
    [conflictText, failedText],
  );
  const clear = useCallback(() => setState({ busy: false }), []);
  return { state, run, clear };
}

/** One save on the Planering page, in its words. */
export function usePlanAction(): ReturnType<typeof useSaveAction> {
  const t = useStrings(planningStrings);
  return useSaveAction(t("conflict"), t("saveFailed"));
}

/** The outcome of the last save: the success line in a polite live region, a refusal as an alert. */
export function ActionStatus(props: { state: ActionState; onReload?: () => void }) {
  const t = useStrings(planningStrings);
  const { state, onReload } = props;
  return (
    <>
      <span role="status" aria-live="polite">
        {state.done ?? ""}
      </span>
      {state.error === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {state.error}{" "}
            {state.conflict === true && onReload !== undefined ? (
              <Button appearance="transparent" size="small" onClick={onReload}>
                {t("reload")}
              </Button>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
