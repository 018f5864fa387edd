import { useState } from "react";
import {
  ConflictError,
  indicatorOutcomeSchema,
  type IndicatorOutcome,
  type IndicatorRef,
  type Versioned,
} from "../../../domain";
import { usePorts, useStrings } from "../../app";
import { failureText } from "../planning/usePlanAction";
import { draftOf, emptyOutcomeDraft, measurementOf, type OutcomeDraft } from "./outcomeEntry";
import { indicatorStrings } from "./strings";

export interface OutcomeSaveState {
  readonly busy: boolean;
  readonly done?: string;
  readonly error?: string;
  /** What is stored now for the period, when someone else saved first (409 on a new one, 412 on a correction). */
  readonly theirs?: Versioned<IndicatorOutcome>;
}

/**
 * One outcome form: a new outcome for a period (`POST`), or a correction of a stored manual one from its
 * version (`PUT` with If-Match). A failed save keeps the draft; when the period already holds an outcome,
 * or someone corrected it first, what is stored now is offered beside what was typed.
 */
export function useOutcomeForm(options: {
  indicator: IndicatorRef;
  split: boolean;
  defaultPeriod: string;
  existing?: Versioned<IndicatorOutcome>;
  onSaved: () => void;
}) {
  const { indicator, split, defaultPeriod, existing, onSaved } = options;
  const t = useStrings(indicatorStrings);
  const { outcomes } = usePorts();
  const [draft, setDraft] = useState<OutcomeDraft>(() =>
    existing === undefined ? emptyOutcomeDraft(defaultPeriod) : draftOf(existing.value),
  );
  const [shown, setShown] = useState(false);
  const [state, setState] = useState<OutcomeSaveState>({ busy: false });

  /** Corrects `target` at `version`, or records a new one when there is none. */
  const save = async (target: Versioned<IndicatorOutcome> | undefined): Promise<void> => {
    setShown(true);
    const measurement = measurementOf(draft, split);
    if (measurement === undefined) return;
    const comment = draft.comment.trim();
    const body = { measurement, ...(comment === "" ? {} : { comment }) };
    setState({ busy: true });
    try {
      if (target === undefined) {
        await outcomes.record({ indicator, period: draft.period.trim(), ...body });
      } else {
        await outcomes.correct(target.value.id, body, target.version);
      }
      setState({ busy: false, done: t("saved") });
      if (existing === undefined) {
        setDraft(emptyOutcomeDraft(defaultPeriod));
        setShown(false);
      }
      onSaved();
    } catch (error: unknown) {
      const stored =
        error instanceof ConflictError ? indicatorOutcomeSchema.safeParse(error.current.value) : undefined;
      setState(
        stored?.success === true && error instanceof ConflictError
          ? {
              busy: false,
              error: t("conflict"),
              theirs: { value: stored.data, version: error.current.version },
            }
          : { busy: false, error: failureText(error, t("saveFailed")) },
      );
    }
  };

  return {
    draft,
    shown,
    state,
    set: <K extends keyof OutcomeDraft>(field: K, value: OutcomeDraft[K]): void =>
      setDraft((d) => ({ ...d, [field]: value })),
    submit: (): void => void save(existing),
    keepMine: (): void => void save(state.theirs),
    useTheirs: (): void => {
      if (state.theirs !== undefined) setDraft(draftOf(state.theirs.value));
      setState({ busy: false });
      onSaved();
    },
  };
}
