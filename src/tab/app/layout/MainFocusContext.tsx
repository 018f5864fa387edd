import { createContext, useContext } from "react";

/** Asks the shell to move focus to the main region's heading once the view shows it. */
export type FocusMain = () => void;

export const MainFocusContext = createContext<FocusMain>(() => undefined);

/**
 * After something replaces what the main region shows (another view, another person), call the returned
 * function: focus then goes to the new view's main heading, so a screen reader starts reading there.
 */
export function useFocusMain(): FocusMain {
  return useContext(MainFocusContext);
}
