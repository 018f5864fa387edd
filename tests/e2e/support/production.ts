import { startApp, type RunningApp } from "../../../scripts/harness";
import { makeTestCertificate } from "../../support/testCertificate";

/**
 * The real server in production configuration (a made-up tenant; nothing there is reachable): the app
 * identity's certificate is made for this run and removed once the server has read it, at start.
 */
export async function startProductionApp(): Promise<RunningApp> {
  const certificate = makeTestCertificate();
  try {
    return await startApp({
      seed: "none",
      env: {
        MALKEDJAN_ENV: "production",
        SHAREPOINT_SITE_URL: "https://huddinge.sharepoint.com/sites/styrning",
        AAD_APP_CLIENT_ID: "0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d",
        AAD_APP_TENANT_ID: "11111111-2222-4333-8444-555555555555",
        PUBLIC_ORIGIN: "https://malkedjan.huddinge.se",
        APP_CERTIFICATE_PATH: certificate.path,
        HR_GROUP: "Målkedjan HR",
      },
    });
  } finally {
    certificate.remove();
  }
}
