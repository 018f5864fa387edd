import {
  expectedHeaderColours,
  headerColours,
  settle,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  useAppAndBrowser,
} from "./support";

const session = useAppAndBrowser();

describe("the shell's theme switch (standalone)", () => {
  it("switches between light, dark and high contrast, and remembers the choice", async () => {
    const page = await openTab(session.browser.context, session.app);
    const colours = (): ReturnType<typeof headerColours> => headerColours(page);
    expect(await colours()).toEqual(expectedHeaderColours("light"));

    const theme = page.getByLabel("Tema");
    await theme.selectOption("dark");
    expect(await settle(colours, expectedHeaderColours("dark"))).toEqual(expectedHeaderColours("dark"));
    await theme.selectOption("contrast");
    expect(await settle(colours, expectedHeaderColours("contrast"))).toEqual(
      expectedHeaderColours("contrast"),
    );

    await page.reload();
    await page.getByRole("banner").waitFor();
    expect(await headerColours(page)).toEqual(expectedHeaderColours("contrast"));
    expect(await settle(() => page.getByLabel("Tema").inputValue(), "contrast")).toBe("contrast");
    await page.close();
  });
});

describe("the shell's language switch (standalone)", () => {
  it("speaks Swedish first, switches to English and back, and remembers the choice", async () => {
    const page = await openTab(session.browser.context, session.app);
    const nav = page.getByRole("navigation");
    const showsTabs = async (names: readonly string[]): Promise<void> => {
      for (const name of names) await nav.getByRole("tab", { name, exact: true }).waitFor({ timeout: 5000 });
    };
    const heading = (): Promise<string | null> => page.getByRole("heading", { level: 1 }).textContent();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await showsTabs(["Kedjan", "Mina mål", "Mitt team"]);

    await page.getByLabel("Språk").selectOption("en");
    await showsTabs(["The chain", "My goals", "My team"]);
    expect(await nav.getByRole("tab", { name: "Kedjan" }).count()).toBe(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await heading()).toBe("Choose who you are to begin");

    await page.reload();
    await page.getByRole("banner").waitFor();
    await showsTabs(["The chain", "My goals", "My team"]);

    await page.getByLabel("Language").selectOption("sv");
    expect(await settle(() => page.locator("html").getAttribute("lang"), "sv")).toBe("sv");
    await showsTabs(["Kedjan", "Mina mål", "Mitt team"]);
    expect(await heading()).toBe("Välj vem du är för att börja");
    await page.close();
  });
});

describe("the shell's accessibility", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`has no serious or critical axe violations in the ${theme} theme, picker open or not`, async () => {
      const page = await openTab(session.browser.context, session.app, { theme });
      await page.getByRole("heading", { name: "Chef" }).waitFor();
      expect(seriousOrCritical(await runAxe(page))).toEqual([]);
      await screenshot(page, `shell-start-${theme}`);

      await page.getByRole("button", { name: "Välj person" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("heading", { name: "Chef" }).waitFor();
      expect(seriousOrCritical(await runAxe(page))).toEqual([]);
      await screenshot(page, `shell-person-picker-${theme}`, { fullPage: false });
      await page.close();
    });
  }
});
