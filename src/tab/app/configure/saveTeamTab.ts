import { pages } from "@microsoft/teams-js";
import type { TeamTabInstance } from "./teamTabInstance";

/**
 * Keeps Teams' Save button in step with the choice and, on save, stores the tab's content URL.
 * Returns a function that updates the current choice. Only call inside Teams' settings frame.
 */
export function connectTeamTabSave(): (instance: TeamTabInstance | undefined) => void {
  let chosen: TeamTabInstance | undefined;
  pages.config.registerOnSaveHandler((event) => {
    if (chosen === undefined) {
      event.notifyFailure("Välj en enhet först.");
      return;
    }
    pages.config.setConfig(chosen).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  pages.config.setValidityState(false);
  return (instance) => {
    chosen = instance;
    pages.config.setValidityState(instance !== undefined);
  };
}
