/**
 * The error and empty states of the shell and Kedjan, provoked against the real server (a failed load, a
 * view that does not arrive, an item in the URL that does not exist, a person whose units have no plan, a
 * year without plans, nonsense in the URL …): each says what happened in plain words, and nothing on the
 * screen — text, labels, placeholders — shows a code name, an id, a file name or a programming value.
 */
import type { Page, Route } from "playwright-core";
import { storageKeys } from "../../src/tab/app/platform/platform";
import { demoPerson, useAppAndBrowser } from "./support";

const session = useAppAndBrowser();

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
/** Chef of Kommunledningsförvaltningen: neither her nämnd nor her units have a plan in the demo. */
const eva = "eva.nordin@malkedjan.local";

/** What must never reach the screen. */
const codeNames: readonly (readonly [string, RegExp])[] = [
  ["a field name", /\b(title|followUpDates|activityIds|employeeId|workPlanId|ownerUnitId)\b/],
  ["a camelCase name", /\b[a-z]+[A-Z][A-Za-z]*\b/],
  [
    "an item kind",
    /\b(individual-goal|work-plan|kf-indicator|board-indicator|board-plan|focus-area|org-unit|follow-up|on-track|at-risk|off-track|not-started)\b/,
  ],
  ["an id", /\b[a-z][a-z0-9.]*-20\d\d(-[a-z0-9]+)+\b/],
  ["an item key", /\b[a-z]+(-[a-z]+)*:[a-z0-9][a-z0-9.-]*\b/],
  ["a user name", /@malkedjan\.local/],
  ["a programming value", /\b(undefined|null|NaN|true|false)\b|\[object \w+\]/],
  ["an unfilled placeholder", /\{\w+\}/],
  ["a file or path", /\/[\w-]+\.(json|js|ts)\b|\/api\/|_api/],
  ["an error's inside", /\b(TypeError|Error:|HTTP \d{3}|Failed to fetch|status \d{3})/],
];

/**
 * Everything a person can read or hear on the page: the visible text, node by node (innerText would run
 * "Något gick fel" into the message, as Fluent spaces the title with CSS), accessible labels, placeholders.
 */
async function shown(page: Page): Promise<string> {
  return page.evaluate(() => {
    const visible = (element: Element | null): boolean =>
      element !== null &&
      element.getClientRects().length > 0 &&
      getComputedStyle(element).visibility !== "hidden";
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      if (
        text !== "" &&
        visible(node.parentElement) &&
        node.parentElement?.closest("script, style") === null
      ) {
        texts.push(text);
      }
    }
    const labels = [...document.querySelectorAll("[aria-label], [placeholder], [title]")]
      .filter(visible)
      .flatMap((element) =>
        ["aria-label", "placeholder", "title"].map((name) => element.getAttribute(name) ?? ""),
      );
    return [...texts, ...labels].join("\n");
  });
}

function codeNamesIn(text: string): string[] {
  return codeNames.flatMap(([what, pattern]) => {
    const match = pattern.exec(text);
    return match === null
      ? []
      : [`${what}: "${match[0]}" in …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`];
  });
}

interface Scenario {
  readonly person?: string;
  readonly locale?: "sv" | "en";
  readonly route: string;
  /** Installed after the person is remembered, before the tab loads. */
  readonly intercept?: (page: Page) => Promise<unknown>;
}

async function open(scenario: Scenario): Promise<Page> {
  const person =
    scenario.person === undefined ? null : await demoPerson(session.app, { id: scenario.person });
  const page = await session.browser.context.newPage();
  await page.goto(new URL("config.json", session.app.url).toString());
  await page.evaluate(
    ({ keys, person, locale }) => {
      localStorage.clear();
      if (person !== null) localStorage.setItem(keys.person, person);
      if (locale !== null) localStorage.setItem(keys.locale, locale);
    },
    {
      keys: storageKeys,
      person: person === null ? null : JSON.stringify(person),
      locale: scenario.locale ?? null,
    },
  );
  await scenario.intercept?.(page);
  await page.goto(new URL(scenario.route, session.app.url).toString());
  return page;
}

/** The local site answers every read with this status (PnPjs retries only 429 and 503, so it shows at once). */
const siteAnswers =
  (status: number) =>
  (page: Page): Promise<unknown> =>
    page.route(/\/sites\/styrning\/_api\//, (route) =>
      route.fulfill({ status, contentType: "application/json", body: '{"odata.error":{}}' }),
    );

/** Reads of the personal lists (individual goals, also inside a $batch) fail; everything else is answered. */
async function personalListsFail(page: Page): Promise<void> {
  await page.route(/\/sites\/styrning\/_api\//, (route: Route) => {
    const request = route.request();
    const asked = decodeURIComponent(request.url()) + (request.postData() ?? "");
    return /Individuella/.test(decodeURIComponent(asked))
      ? route.fulfill({ status: 500, contentType: "application/json", body: '{"odata.error":{}}' })
      : route.continue();
  });
}

async function expectPlainMessage(page: Page, message: string | RegExp): Promise<void> {
  await page.getByText(message).first().waitFor({ timeout: 20_000 });
  expect(codeNamesIn(await shown(page))).toEqual([]);
}

describe("the shell's error and empty states speak plainly", () => {
  it("the start page, before anyone is chosen", async () => {
    const page = await open({ route: "#/kedjan" });
    await page.getByRole("heading", { name: /^Chefer/ }).waitFor();
    await expectPlainMessage(page, "Välj vem du är för att börja");
    await page.getByRole("searchbox").fill("zzzz");
    await expectPlainMessage(page, "Ingen person matchar sökningen.");
    await page.close();
  });

  it("the list of people cannot be loaded", async () => {
    const page = await open({
      route: "#/kedjan",
      intercept: (p) => p.route(/\/api\/local\/people/, (route) => route.fulfill({ status: 500, body: "" })),
    });
    await expectPlainMessage(page, "Listan över personer kunde inte hämtas.");
    await page.close();
  });

  it("the tab's settings cannot be loaded", async () => {
    const page = await open({
      route: "#/kedjan",
      intercept: (p) => p.route(/\/config\.json/, (route) => route.fulfill({ status: 500, body: "" })),
    });
    await expectPlainMessage(page, /Målkedjan kunde inte starta/);
    await page.close();
  });

  it("a view's code does not arrive", async () => {
    const page = await open({
      person: maria,
      route: "#/kedjan",
      intercept: (p) => p.route(/\/view-kedjan\.[0-9a-f]+\.js$/, (route) => route.abort("connectionreset")),
    });
    await expectPlainMessage(page, /Fliken kunde inte visas/);
    await page.close();
  });

  it("the team tab's configuration cannot load the units", async () => {
    const page = await open({ person: rektor, route: "#/konfigurera", intercept: siteAnswers(500) });
    await expectPlainMessage(page, "Enheterna kunde inte hämtas. Stäng och försök igen om en stund.");
    await page.close();
  });
});

describe("Kedjan's error and empty states speak plainly", () => {
  const cases: readonly (Scenario & { readonly name: string; readonly message: string | RegExp })[] = [
    {
      name: "the site fails",
      person: maria,
      route: "#/kedjan",
      intercept: siteAnswers(500),
      message: "Ett oväntat fel inträffade. Försök igen om en stund.",
    },
    {
      name: "the site refuses",
      person: maria,
      route: "#/kedjan",
      intercept: siteAnswers(403),
      message: "Du har inte behörighet att se eller ändra det här.",
    },
    {
      name: "the site has nothing there",
      person: maria,
      route: "#/kedjan",
      intercept: siteAnswers(404),
      message: "Det du letar efter finns inte längre.",
    },
    {
      name: "an item in the URL that does not exist",
      person: maria,
      route: `#/kedjan?item=${encodeURIComponent("activity:mal-2026-okand")}`,
      message: /Det som länken pekar på finns inte i kedjan för 2026/,
    },
    {
      name: "a person whose units have no plan",
      person: eva,
      route: "#/kedjan",
      message:
        /Kommunstyrelsen har ingen verksamhetsplan för 2026\. Kommunledningsförvaltningen har ingen arbetsplan/,
    },
    {
      name: "a year without plans",
      person: maria,
      route: "#/kedjan?ar=2019",
      message: /Grundskolenämnden har ingen verksamhetsplan för 2019/,
    },
    {
      name: "nonsense in the URL",
      person: maria,
      route: "#/kedjan?ar=NaN&namnd=mal-2026-x&forvaltning=undefined&enhet=null&item=null",
      message: /Det som länken pekar på finns inte i kedjan för 20\d\d/,
    },
    {
      name: "a search that finds nothing",
      person: maria,
      route: "#/kedjan?q=zzzz",
      message: "Inget i kedjan matchar ”zzzz”",
    },
    {
      name: "the reader's own goals cannot be loaded",
      person: maria,
      route: "#/kedjan",
      intercept: personalListsFail,
      message: "Dina egna mål kunde inte hämtas, så kedjan visas utan dem.",
    },
    {
      name: "an item that does not exist, in English",
      person: maria,
      locale: "en",
      route: `#/kedjan?item=${encodeURIComponent("individual-goal:mal-2026-okand")}`,
      message: /What the link points to is not in the chain for 2026/,
    },
    {
      name: "the site fails, in English",
      person: maria,
      locale: "en",
      route: "#/kedjan",
      intercept: siteAnswers(500),
      message: "An unexpected error occurred. Try again in a moment.",
    },
  ];

  for (const scenario of cases) {
    it(scenario.name, async () => {
      const page = await open(scenario);
      await expectPlainMessage(page, scenario.message);
      await page.close();
    });
  }
});

describe("the check itself", () => {
  it("finds the code names it is meant to find", () => {
    expect(codeNamesIn("Kunde inte läsa flikens inställningar (/config.json).")).toHaveLength(1);
    expect(codeNamesIn("Saknar followUpDates för mal-2026-3")).toHaveLength(3);
    expect(codeNamesIn("Okänd work-plan: undefined")).toHaveLength(2);
    expect(codeNamesIn("Utgångsläge: 68,4 (2022). Målvärde 86 senast 2026-06-30.")).toEqual([]);
  });
});
