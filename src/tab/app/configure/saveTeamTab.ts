import type { TeamTabInstance } from "./teamTabInstance";

/**
 * Keeps Teams' Save button in step with the choice and, on save, stores the tab's content URL.
 * Resolves to a function that updates the current choice. Only call inside Teams' settings frame.
 */
export async function connectTeamTabSave(): Promise<(instance: TeamTabInstance | undefined) => void> {
  // teams-js is its own chunk, loaded only inside a Teams host (see maybeTeamsHost); by now it is loaded.
  const { pages } = await import(/* webpackChunkName: "teams-js" */ "@microsoft/teams-js");
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
