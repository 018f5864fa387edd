import {
  expectedHeaderColours,
  headerColours,
  demoPerson,
  openInTeams,
  settle,
  type TeamsHostMessage,
  useAppAndBrowser,
} from "./support";

const session = useAppAndBrowser();

describe("the tab inside Teams (a simulated Teams client)", () => {
  it("initialises teams-js first, then takes language and theme from Teams' context", async () => {
    const teams = await openInTeams(session.browser.context, session.app, {
      locale: "en-GB",
      theme: "dark",
      frameContext: "content",
    });
    const calls = (await teams.messages()).map((m) => m.func);
    expect(calls[0]).toBe("initialize");
    expect(calls).toContain("getContext");
    await teams.tab.getByRole("tab", { name: "The chain", exact: true }).waitFor();
    expect(await teams.tab.locator("html").getAttribute("lang")).toBe("en");
    expect(await headerColours(teams.tab)).toEqual(expectedHeaderColours("dark"));
    await teams.page.close();
  });

  it("follows Teams' theme changes live: dark, high contrast, light", async () => {
    const teams = await openInTeams(session.browser.context, session.app, {
      locale: "sv-SE",
      theme: "default",
      frameContext: "content",
    });
    const colours = (): ReturnType<typeof headerColours> => headerColours(teams.tab);
    expect(await colours()).toEqual(expectedHeaderColours("light"));
    expect(
      (await teams.messages()).some((m) => m.func === "registerHandler" && m.args[0] === "themeChange"),
    ).toBe(true);
    for (const [teamsTheme, shown] of [
      ["dark", "dark"],
      ["contrast", "contrast"],
      ["default", "light"],
    ] as const) {
      await teams.changeTheme(teamsTheme);
      expect(await settle(colours, expectedHeaderColours(shown))).toEqual(expectedHeaderColours(shown));
    }
    await teams.page.close();
  });

  it("leaves theme and language to Teams: the header offers no switches there", async () => {
    const teams = await openInTeams(session.browser.context, session.app, {
      locale: "sv-SE",
      theme: "default",
      frameContext: "content",
    });
    await teams.tab.getByRole("tab", { name: "Kedjan", exact: true }).waitFor();
    expect(await teams.tab.getByLabel("Tema").count()).toBe(0);
    expect(await teams.tab.getByLabel("Språk").count()).toBe(0);
    await teams.page.close();
  });

  it("speaks Swedish when Teams' locale is neither Swedish nor English", async () => {
    const teams = await openInTeams(session.browser.context, session.app, {
      locale: "fi-FI",
      theme: "default",
      frameContext: "content",
    });
    await teams.tab.getByRole("tab", { name: "Kedjan", exact: true }).waitFor();
    expect(await teams.tab.locator("html").getAttribute("lang")).toBe("sv");
    await teams.page.close();
  });

  it("lets a chef configure the team tab: pick a unit, Teams saves a link to that unit's Mitt team", async () => {
    const karin = await demoPerson(session.app, { id: "karin.lindqvist@malkedjan.local" });
    const teams = await openInTeams(
      session.browser.context,
      session.app,
      { locale: "sv-SE", theme: "default", frameContext: "settings" },
      { route: "#/konfigurera", person: karin },
    );
    await teams.tab.getByRole("heading", { name: "Välj enhet för fliken" }).waitFor();
    expect(await teams.tab.getByRole("navigation").count()).toBe(0);
    // Teams' Save button stays disabled until a unit is chosen.
    const validity = async (): Promise<unknown> =>
      (await teams.messages()).filter((m) => m.func === "settings.setValidityState").at(-1)?.args[0];
    expect(await settle(validity, false)).toBe(false);

    await teams.tab.getByLabel("Enhet", { exact: true }).selectOption({ label: "Sjödalsskolan" });
    expect(await settle(validity, true)).toBe(true);
    await teams.pressSave();
    const saved = async (): Promise<TeamsHostMessage[]> =>
      (await teams.messages()).filter(
        (m) => m.func === "settings.setSettings" || m.func === "settings.save.success",
      );
    const calls = await settle(
      async () => (await saved()).map((m) => m.func),
      ["settings.setSettings", "settings.save.success"],
    );
    expect(calls).toEqual(["settings.setSettings", "settings.save.success"]);
    expect((await saved())[0]?.args[0]).toEqual({
      contentUrl: `${session.app.url}#/mitt-team?enhet=sjodalsskolan`,
      websiteUrl: `${session.app.url}#/mitt-team?enhet=sjodalsskolan`,
      entityId: "mitt-team-sjodalsskolan",
      suggestedDisplayName: "Mitt team – Sjödalsskolan",
    });
    await teams.page.close();
  });

  it("runs standalone when its frame is not Teams and app.initialize() never answers", async () => {
    const started = Date.now();
    const host = await openInTeams(session.browser.context, session.app, {
      locale: "en-US",
      theme: "dark",
      frameContext: "content",
      silent: true,
    });
    expect((await host.messages()).map((m) => m.func)).toContain("initialize");
    // Standalone after the time-out: Swedish, light, with its own theme and language switches.
    await host.tab.getByLabel("Tema").waitFor();
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    expect(await host.tab.locator("html").getAttribute("lang")).toBe("sv");
    expect(await headerColours(host.tab)).toEqual(expectedHeaderColours("light"));
    await host.page.close();
  });

  it("opens the view a Teams deep link (sub-entity) names, from the static tab's own content URL", async () => {
    const teams = await openInTeams(
      session.browser.context,
      session.app,
      {
        locale: "sv-SE",
        theme: "default",
        frameContext: "content",
        subEntityId: "mitt-team?enhet=sjodalsskolan",
      },
      { route: "#/kedjan" },
    );
    const selected = (): Promise<number> =>
      teams.tab.getByRole("tab", { name: "Mitt team", selected: true }).count();
    expect(await settle(selected, 1)).toBe(1);
    expect(await teams.tab.evaluate(() => window.location.hash)).toBe("#/mitt-team?enhet=sjodalsskolan");
    await teams.page.close();
  });
});
