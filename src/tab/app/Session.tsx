import { useMemo } from "react";
import type { TabConfig } from "../../../config/schema";
import { chooseTokenProvider } from "../../auth";
import { EmptyPersonPrompt } from "./layout/EmptyPersonPrompt";
import { ViewOutlet } from "./layout/ViewOutlet";
import type { DirectoryPerson } from "../../contracts/directory";
import { usePlatform } from "./platform/PlatformContext";
import { SessionProvider } from "./ports/PortsContext";
import type { PortsFactory } from "./ports/tabPorts";
import { ProductionSession } from "./signin/ProductionSession";
import type { Host } from "./teams/hostContext";

/**
 * Binds the ports to who you are. Local mode: the picked person's unsigned token (the local site then
 * applies that person's permissions). Production: the signed-in person's Entra tokens (ProductionSession).
 */
export function Session(props: {
  readonly config: TabConfig;
  readonly person: DirectoryPerson | undefined;
  readonly onPick: (person: DirectoryPerson) => void;
  readonly host: Host;
  readonly createPorts: PortsFactory;
}) {
  const { config, person, createPorts } = props;
  const { origin } = usePlatform();
  const siteUrl = new URL(config.siteUrl, origin).toString().replace(/\/$/, "");
  const tokens = useMemo(() => chooseTokenProvider(config, person), [config, person]);
  const ports = useMemo(
    () =>
      tokens.kind === "ready"
        ? createPorts({
            siteUrl,
            apiOrigin: origin,
            // Locally one unsigned token serves both; signed in, each resource has its own (ProductionSession).
            getSiteToken: () => tokens.provider.getToken(siteUrl),
            getApiToken: () => tokens.provider.getToken(siteUrl),
            actorId: tokens.actorId,
          })
        : undefined,
    [tokens, siteUrl, origin, createPorts],
  );

  if (config.mode === "production") {
    return (
      <ProductionSession config={config} siteUrl={siteUrl} host={props.host} createPorts={createPorts} />
    );
  }
  if (person === undefined || ports === undefined) return <EmptyPersonPrompt onPick={props.onPick} />;
  return (
    // Keyed by person: switching who you are starts every view afresh with the new token.
    <SessionProvider key={person.id} ports={ports} person={person}>
      <ViewOutlet inTeams={props.host.kind === "teams"} />
    </SessionProvider>
  );
}
