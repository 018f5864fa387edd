/** Example deployment values: what the manifest looks like filled in (and what the test validates). */
export const exampleValues: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: "6f1c4e9a-2b3d-4c5e-8f70-1a2b3c4d5e6f",
  TAB_ORIGIN: "https://malkedjan.huddinge.se",
  TAB_DOMAIN: "malkedjan.huddinge.se",
  AAD_APP_CLIENT_ID: "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d",
  SHAREPOINT_ORIGIN: "https://huddinge.sharepoint.com",
};
