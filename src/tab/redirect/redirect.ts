import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/**
 * `redirect.html`: where Entra sends a sign-in back to (the app registration's SPA redirect URI). It hands
 * the answer to the tab (a popup's opener, a hidden frame's parent) or, after a full-page redirect, goes back
 * to the tab, which finishes the sign-in. Its own small entry: it must not start the whole tab.
 */
broadcastResponseToMainFrame().catch(() => {
  // Opened without a sign-in answer (e.g. by hand): nothing to hand over, so go to the tab itself.
  window.location.replace("/");
});
