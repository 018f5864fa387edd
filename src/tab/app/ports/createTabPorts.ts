import { createSp } from "../../../sharepoint/pnp/createSp";
import { SharePointOrgDirectory, SharePointSteeringQueries } from "../../../sharepoint/queries";
import { createRepositories } from "../../../sharepoint/repositories";
import { browserClock } from "./browserClock";
import type { PortsFactory } from "./tabPorts";

/**
 * The data layer's repositories and queries over one PnPjs root carrying the person's token, so the site
 * (local or SharePoint Online) applies that person's permissions.
 */
export const createTabPorts: PortsFactory = ({ siteUrl, getToken, actorId }) => {
  const sp = createSp({ siteUrl, getToken });
  return {
    repositories: createRepositories({ sp, actorId }),
    queries: new SharePointSteeringQueries(sp),
    directory: new SharePointOrgDirectory(sp),
    clock: browserClock,
  };
};
