import { FluentProvider, MessageBar, MessageBarBody, teamsLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { TabConfig } from "../../../config/schema";
import { App } from "./App";
import { loadTabConfig } from "./config/loadTabConfig";
import { translate } from "./i18n/strings";
import { shellStrings } from "./i18n/shellStrings";
import type { Platform } from "./platform/platform";
import type { PortsFactory } from "./ports/tabPorts";
import { routeFromSubEntity } from "./router/subEntity";
import { formatRoute } from "./router/routes";
import type { Host } from "./teams/hostContext";
import { initializeTeams } from "./teams/initializeTeams";

type BootState =
  | { readonly status: "starting" }
  | { readonly status: "failed" }
  | { readonly status: "ready"; readonly config: TabConfig; readonly host: Host };

/**
 * Start-up: Teams first (or standalone when it does not answer), the server's settings alongside;
 * a Teams deep link (sub-entity) takes the tab from its content URL's route to the place it names.
 */
export function Boot(props: { readonly platform: Platform; readonly createPorts: PortsFactory }) {
  const { platform, createPorts } = props;
  const [state, setState] = useState<BootState>({ status: "starting" });
  useEffect(() => {
    Promise.all([loadTabConfig(platform.fetch), initializeTeams(platform.hostWindow)]).then(
      ([config, host]) => {
        // The tab's content URL already carries its base route (e.g. #/kedjan); a deep link goes further.
        const deepLink = host.kind === "teams" ? routeFromSubEntity(host.subEntityId) : undefined;
        if (deepLink !== undefined) {
          platform.location.replace(formatRoute(deepLink));
        }
        setState({ status: "ready", config, host });
      },
      () => setState({ status: "failed" }),
    );
  }, [platform]);

  if (state.status === "ready") {
    return <App config={state.config} host={state.host} platform={platform} createPorts={createPorts} />;
  }
  if (state.status === "starting") return null;
  return (
    <FluentProvider theme={teamsLightTheme}>
      <main>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{translate(shellStrings, "sv", "configFailed")}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
