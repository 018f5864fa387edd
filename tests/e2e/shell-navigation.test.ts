/**
 * Moving around the tab by keyboard, as a screen reader user does, against the real server and Chromium:
 * the skip link, focus on the view's heading after choosing a person or another view, and the year (ar)
 * kept from view to view.
 */
import type { Page } from "playwright-core";
import { demoPerson, openTab, settle, waitForViewReady, useAppAndBrowser } from "./support";

const session = useAppAndBrowser();

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";

/** The focused element as a screen reader announces it: role and name, e.g. "heading: Kedjan". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return "nothing";
    const role = /^H[1-6]$/.test(active.tagName)
      ? "heading"
      : (active.getAttribute("role") ?? active.tagName);
    return `${role.toLowerCase()}: ${(active.textContent ?? "").trim()}`;
  });
}

const hash = (page: Page): Promise<string> => page.evaluate(() => window.location.hash);

describe("the shell by keyboard", () => {
  it("offers a skip link first, which takes focus to the view's heading", async () => {
    const person = await demoPerson(session.app, { id: maria });
    const page = await openTab(session.browser.context, session.app, { person, route: "#/kedjan" });
    await waitForViewReady(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hoppa till innehållet" });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press("Enter");
    expect(await settle(() => focused(page), "heading: Kedjan")).toBe("heading: Kedjan");
    expect(await hash(page)).toBe("#/kedjan");
    await page.close();
  });

  it("after choosing a person, on the start page or from the header, focus is on the view's heading", async () => {
    const page = await openTab(session.browser.context, session.app, { route: "#/mina-mal" });
    await page.getByRole("searchbox").fill("Maria");
    await page.getByRole("button", { name: /^Maria Johansson/ }).press("Enter");
    await page.getByRole("heading", { level: 1, name: /^Mina mål/ }).waitFor();
    expect(await settle(() => focused(page), "heading: Mina mål 2026")).toBe("heading: Mina mål 2026");

    await page.getByRole("button", { name: "Du är Maria Johansson" }).press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("searchbox").fill("Karin");
    await dialog.getByRole("button", { name: /^Karin Lindqvist/ }).press("Enter");
    await page.getByRole("button", { name: "Du är Karin Lindqvist" }).waitFor();
    await waitForViewReady(page);
    expect(await settle(() => focused(page), "heading: Mina mål 2026")).toBe("heading: Mina mål 2026");
    await page.close();
  });

  it("after choosing another view with the arrow keys and Enter, focus is on its heading", async () => {
    const person = await demoPerson(session.app, { id: rektor });
    const page = await openTab(session.browser.context, session.app, { person, route: "#/kedjan" });
    await waitForViewReady(page);
    await page.getByRole("tab", { name: "Kedjan" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Mitt team", selected: true }).waitFor();
    await waitForViewReady(page);
    const heading = "heading: Mitt team – Sjödalsskolan 2026";
    expect(await settle(() => focused(page), heading)).toBe(heading);
    await page.close();
  });
});

describe("the year across views", () => {
  it("keeps the year chosen in Kedjan in Mina mål and Mitt team, and back", async () => {
    const person = await demoPerson(session.app, { id: rektor });
    const page = await openTab(session.browser.context, session.app, { person, route: "#/kedjan" });
    await waitForViewReady(page);
    const year = page.getByRole("combobox", { name: "År" });
    await year.selectOption("2025");
    await page.waitForURL((url) => url.hash.includes("ar=2025"));

    await page.getByRole("tab", { name: "Mina mål" }).click();
    expect(await settle(() => hash(page), "#/mina-mal?ar=2025")).toBe("#/mina-mal?ar=2025");
    await page.getByRole("tab", { name: "Mitt team" }).click();
    expect(await settle(() => hash(page), "#/mitt-team?ar=2025")).toBe("#/mitt-team?ar=2025");
    await page.getByRole("tab", { name: "Kedjan" }).click();
    expect(await settle(() => hash(page), "#/kedjan?ar=2025")).toBe("#/kedjan?ar=2025");
    await waitForViewReady(page);
    expect(await page.getByRole("combobox", { name: "År" }).inputValue()).toBe("2025");
    await page.close();
  });

  it("a year in a link to Mina mål or Mitt team carries on to Kedjan", async () => {
    const person = await demoPerson(session.app, { id: rektor });
    const page = await openTab(session.browser.context, session.app, {
      person,
      route: "#/mitt-team?enhet=sjodalsskolan&ar=2027",
    });
    await waitForViewReady(page);
    await page.getByRole("tab", { name: "Kedjan" }).click();
    expect(await settle(() => hash(page), "#/kedjan?ar=2027")).toBe("#/kedjan?ar=2027");
    await waitForViewReady(page);
    expect(await page.getByRole("combobox", { name: "År" }).inputValue()).toBe("2027");
    await page.close();
  });
});
