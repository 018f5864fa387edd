import { demoPerson, openTab, startApp, type RunningApp, useAppAndBrowser } from "./support";
import { makeTestCertificate } from "../support/testCertificate";

const session = useAppAndBrowser();

describe("the shell's loading and error states", () => {
  it("shows a loading skeleton while a view's code is on its way", async () => {
    const maria = await demoPerson(session.app, { id: "maria.johansson@malkedjan.local" });
    const page = await openTab(session.browser.context, session.app, { person: maria, route: "#/kedjan" });
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/view-mina-mal\.[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole("tab", { name: "Mina mål" }).click();
    const skeleton = page.getByLabel("Laddar vyn …");
    await skeleton.waitFor();
    expect(await skeleton.getAttribute("aria-busy")).toBe("true");
    release();
    await page.getByRole("heading", { level: 1, name: /Mina mål/ }).waitFor();
    expect(await skeleton.count()).toBe(0);
    await page.close();
  });

  it("says in Swedish when a view cannot be loaded, keeps the header, and retries", async () => {
    const karin = await demoPerson(session.app, { id: "karin.lindqvist@malkedjan.local" });
    const page = await openTab(session.browser.context, session.app, { person: karin, route: "#/kedjan" });
    const chunk = /\/view-mitt-team\.[0-9a-f]+\.js$/;
    await page.route(chunk, (route) => route.abort("connectionreset"));
    await page.getByRole("tab", { name: "Mitt team" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("Något gick fel").waitFor();
    expect(await alert.innerText()).toContain("Fliken kunde inte visas. Försök igen");
    expect(await page.getByRole("navigation").isVisible()).toBe(true);

    await page.unroute(chunk);
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "Något gick fel" }).count()).toBe(0);
    await page.close();
  });
});

describe("production configuration", () => {
  let production: RunningApp;

  beforeAll(async () => {
    // The app identity's certificate, made for this run; the server reads it once, at start.
    const certificate = makeTestCertificate();
    try {
      production = await startApp({
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
  }, 300_000);

  afterAll(async () => {
    await production?.stop();
  });

  it("has no person picker, no local site and no demo people", async () => {
    const config = (await (await fetch(new URL("config.json", production.url))).json()) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({ mode: "production" });
    expect(config).not.toHaveProperty("personPicker");
    expect((await fetch(new URL("api/local/people", production.url))).status).toBe(404);
    expect((await fetch(new URL("sites/styrning/_api/web", production.url))).status).toBe(404);

    const page = await openTab(session.browser.context, production);
    await page.getByText("Inloggningen är inte klar ännu, så Målkedjan kan inte visa något här.").waitFor();
    expect(await page.getByRole("button", { name: /Välj person|Du är/ }).count()).toBe(0);
    await page.close();
  });
});
