import { useCallback, useEffect, useState } from "react";
import { useFluent } from "@fluentui/react-components";

/** Ids of what Mina mål moves focus to; goal ids are entity ids, valid in an HTML id. */
export const focusIds = {
  newGoal: "mina-mal-nytt-mal",
  goalsHeading: "mina-mal-malen",
  message: "mina-mal-meddelande",
  goal: (goalId: string) => `mal-${goalId}`,
  edit: (goalId: string) => `mal-${goalId}-andra`,
  followUp: (goalId: string) => `mal-${goalId}-uppfoljning`,
  remove: (goalId: string) => `mal-${goalId}-ta-bort`,
  withdraw: (goalId: string) => `mal-${goalId}-avsluta`,
  failure: (goalId: string) => `mal-${goalId}-fel`,
} as const;

/**
 * Moves focus to an element by id as soon as it is in the page (a saved goal's card may appear a render
 * after the form that saved it closes), scrolling it into view: after every action focus lands somewhere
 * that says what happened, never on the page's body.
 */
export function useFocusRequest(): (id: string) => void {
  const { targetDocument } = useFluent();
  const [pending, setPending] = useState<{ readonly id: string } | undefined>(undefined);

  useEffect(() => {
    if (pending === undefined) return;
    const element = targetDocument?.getElementById(pending.id);
    if (element === null || element === undefined) return;
    element.focus({ preventScroll: true });
    // jsdom has no scrollIntoView; browsers all do.
    if (typeof element.scrollIntoView === "function") element.scrollIntoView({ block: "nearest" });
    setPending(undefined);
  });

  return useCallback((id: string) => setPending({ id }), []);
}
