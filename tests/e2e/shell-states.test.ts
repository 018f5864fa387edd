import { storageKeys } from "../../src/tab/app/platform/platform";
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  startProductionApp,
  type RunningApp,
  useAppAndBrowser,
} from "./support";

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
    production = await startProductionApp();
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
    await page.getByRole("button", { name: "Logga in", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: /Välj person|Du är/ }).count()).toBe(0);
    await page.close();
  });

  it("asks a first-time visitor outside Teams to sign in: a Swedish heading and a Logga in button, reachable by keyboard, calling no other host", async () => {
    const page = await session.browser.context.newPage();
    const origin = new URL(production.url).origin;
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const started = Date.now();
    await page.goto(production.url);
    await page.getByRole("heading", { level: 1, name: "Logga in för att se Målkedjan" }).waitFor();
    const button = page.getByRole("button", { name: "Logga in", exact: true });
    await button.waitFor();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.getByText("Inloggningen är inte klar").count()).toBe(0);
    for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i += 1)
      await page.keyboard.press("Tab");
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // MSAL is loaded only here, in production, as a chunk of its own.
    expect(requested.some((url) => /\/msal\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    await page.close();
  });

  it("when sign-in cannot start, says so as an alert with Logga in (Swedish and English), and retries on the click", async () => {
    for (const [locale, heading, button, alert] of [
      ["sv", "Logga in för att se Målkedjan", "Logga in", "Inloggningen gick inte."],
      ["en", "Sign in to see Målkedjan", "Sign in", "Signing in did not work."],
    ] as const) {
      const page = await session.browser.context.newPage();
      // MSAL's code does not arrive (a proxy, a dropped connection): the tab must not stay blank.
      await page.route(/\/msal\.[0-9a-f]+\.js$/, (route) => route.abort("connectionreset"));
      await page.goto(new URL("config.json", production.url).toString());
      await page.evaluate(([key, l]) => localStorage.setItem(key, l), [storageKeys.locale, locale] as const);
      await page.goto(production.url);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.getByRole("alert").getByText(alert).waitFor();
      await page.unroute(/\/msal\.[0-9a-f]+\.js$/);
      await page.getByRole("button", { name: button, exact: true }).click();
      // Started afresh with MSAL loaded: no account here, so it asks for the click again, without the alert.
      await page
        .getByText(locale === "sv" ? "Logga in med ditt jobbkonto" : "Sign in with your work account")
        .waitFor();
      expect(await page.getByRole("alert").count()).toBe(0);
      await page.close();
    }
  }, 60_000);

  it("the sign-in prompt is whole in light, dark and high contrast, on a desktop and a phone: no serious axe finding, no sideways scrolling", async () => {
    for (const theme of ["light", "dark", "contrast"] as const) {
      for (const width of [1280, 375]) {
        const page = await session.browser.context.newPage();
        await page.setViewportSize({ width, height: 740 });
        await page.goto(new URL("config.json", production.url).toString());
        // Swedish whatever an earlier test in this browser remembered.
        await page.evaluate(
          ([keys, t]) => {
            localStorage.setItem(keys.theme, t);
            localStorage.setItem(keys.locale, "sv");
          },
          [storageKeys, theme] as const,
        );
        await page.goto(production.url);
        await page.getByRole("button", { name: "Logga in", exact: true }).waitFor();
        expect(seriousOrCritical(await runAxe(page)).map((v) => `${theme} ${width}: ${v.id}`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, `signin-${theme}-${width}`);
        await page.close();
      }
    }
  }, 90_000);

  it("serves MSAL's redirect page as its own small page", async () => {
    const response = await fetch(new URL("redirect.html", production.url));
    expect(response.status).toBe(200);
    const html = await response.text();
    const scripts = [...html.matchAll(/src="?\/([^"\s>]+\.js)/g)].map((m) => m[1] ?? "");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^redirect\.[0-9a-f]+\.js$/);
  });
});
