import { useState } from "react";
import type { PlanCollection, PlanItemCollection } from "../../../contracts/planApi";
import type { Versioned } from "../../../domain";
import { newEntityId } from "../shared/ids";
import { usePlanAction } from "./usePlanAction";
import { usePlanSection } from "./usePlanSection";

/** A form's fields as typed: text per field, so nothing the person wrote is lost to parsing. */
export type Draft = Readonly<Record<string, string>>;

/** How one kind of plan item is written: its place in the API, its draft and its body. */
export interface PlanItemKind<D extends Draft, S extends { readonly id: string }> {
  readonly collection: PlanCollection;
  readonly items: PlanItemCollection;
  /** The new id's readable middle, after the plan's id (`-em` for an etappmål). */
  readonly idPart: string;
  /** A stored item as the form shows it. */
  readonly draftOf: (stored: S) => D;
  /** The request body, or undefined while a field is missing or not a number. */
  readonly contentOf: (draft: D) => Record<string, unknown> | undefined;
  /** The stored item from a conflict's `current`, when it is one of this kind. */
  readonly parse: (value: unknown) => S | undefined;
}

/**
 * One item form's state, new or a change of `existing`: the draft, the save (POST with a fresh id, or PUT
 * from the stored version), and — when the server answers that someone else saved first — what is stored
 * now, to keep what was typed over it (`keepMine`, at the stored version) or take it (`useTheirs`). A save
 * that fails keeps the draft; only a new item's success empties it.
 */
export function usePlanItemForm<D extends Draft, S extends { readonly id: string }>(options: {
  kind: PlanItemKind<D, S>;
  planId: string;
  empty: D;
  existing?: Versioned<S>;
  onDone: () => void;
  onReload?: () => void;
}) {
  const { kind, planId, empty, existing, onDone, onReload } = options;
  const { t, plans, clock } = usePlanSection();
  const { state, run, clear } = usePlanAction();
  const fresh = () => newEntityId(`${planId}${kind.idPart}`, clock.now());
  const [id, setId] = useState(fresh);
  const [draft, setDraft] = useState<D>(() =>
    existing === undefined ? empty : kind.draftOf(existing.value),
  );
  const [shown, setShown] = useState(false);
  // Only a change is offered the stored one: a new item's id taken by another is no one's earlier save.
  const theirs =
    existing === undefined || state.current === undefined ? undefined : kind.parse(state.current.value);

  const save = (version: string | undefined): void => {
    setShown(true);
    const content = kind.contentOf(draft);
    if (content === undefined) return;
    if (version !== undefined && existing !== undefined) {
      void run(
        () => plans.changeItem(kind.collection, planId, kind.items, existing.value.id, content, version),
        t("saved"),
        onDone,
      );
      return;
    }
    void run(
      () => plans.addItem(kind.collection, planId, kind.items, { id, ...content }),
      t("added"),
      () => {
        setDraft(empty);
        setShown(false);
        setId(fresh());
        onDone();
      },
    );
  };
  return {
    state,
    draft,
    shown,
    set: (field: keyof D & string, value: string): void => setDraft((d) => ({ ...d, [field]: value })),
    submit: (): void => save(existing?.version),
    /** What is stored now, when a save met someone else's. */
    theirs,
    keepMine: (): void => save(state.current?.version),
    useTheirs: (): void => {
      if (theirs !== undefined) setDraft(kind.draftOf(theirs));
      clear();
      onReload?.();
    },
  };
}
