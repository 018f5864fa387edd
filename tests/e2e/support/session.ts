import { launchBrowser, startApp, type RunningApp, type TestBrowser } from "../../../scripts/harness";

export interface E2eSession {
  readonly app: RunningApp;
  readonly browser: TestBrowser;
}

/** Starts the real app server and Chromium once for a test file (in `beforeAll`) and stops both after it. */
export function useAppAndBrowser(): E2eSession {
  let app: RunningApp | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get app(): RunningApp {
      if (app === undefined) throw new Error("The app is not started yet: use it inside a test.");
      return app;
    },
    get browser(): TestBrowser {
      if (browser === undefined) throw new Error("The browser is not launched yet: use it inside a test.");
      return browser;
    },
  };
}
