import type { Clock, OrgDirectory, Repositories, SteeringQueries } from "../../../domain";

/**
 * The domain's ports as the tab uses them, implemented by the data layer's repositories (src/sharepoint)
 * and bound to the current person's token. Views reach data only through these.
 */
export interface TabPorts {
  readonly repositories: Repositories;
  readonly queries: SteeringQueries;
  readonly directory: OrgDirectory;
  readonly clock: Clock;
}

/** Where the ports talk to and as whom: an absolute site URL, the person's token and their UPN. */
export interface PortsConnection {
  readonly siteUrl: string;
  readonly getToken: () => Promise<string>;
  readonly actorId: string;
}

/** Builds the ports for one connection; the entry passes the data layer's implementation. */
export type PortsFactory = (connection: PortsConnection) => TabPorts;
