import type { Page, Request } from "playwright-core";
import { goalLists } from "../../src/sharepoint/schema/lists";
import { openTab, useAppAndBrowser, waitForViewReady } from "./support";

/** The view has loaded and the tab has stopped calling: what comes after is caused by what the test does next. */
async function settled(page: Page): Promise<void> {
  await waitForViewReady(page);
  await page.waitForLoadState("networkidle");
}

const session = useAppAndBrowser();

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";

/** The bearer headers the tab itself sends to the local site, captured as they leave the browser. */
function captureSiteAuthorization(page: Page): () => string[] {
  const seen: string[] = [];
  page.on("request", (request: Request) => {
    const authorization = request.headers()["authorization"];
    if (request.url().includes("/sites/styrning/") && authorization !== undefined) seen.push(authorization);
  });
  return () => seen;
}

function upnIn(authorization: string): unknown {
  const payload = authorization.replace(/^Bearer /, "").split(".")[1] ?? "";
  return (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { upn?: unknown }).upn;
}

/**
 * Whose individual goals the local site lets this bearer read, in every partition of the goals (SharePoint
 * trims what it may not see, and answers 404 for a partition where the bearer reads no folder at all), and
 * which partitions it sees.
 */
async function goalOwnersVisibleTo(authorization: string): Promise<{ owners: string[]; lists: string[] }> {
  const owners = new Set<string>();
  const lists: string[] = [];
  for (const { title } of goalLists.all) {
    const url = new URL(
      `sites/styrning/_api/web/lists/getByTitle('${encodeURIComponent(title)}')/items?$select=Key,EmployeeId`,
      session.app.url,
    );
    const response = await fetch(url, {
      headers: { Accept: "application/json", Authorization: authorization },
    });
    if (response.status === 404) continue;
    expect({ title, status: response.status }).toEqual({ title, status: 200 });
    lists.push(title);
    const { value } = (await response.json()) as {
      value: { Key: string | null; EmployeeId: string | null }[];
    };
    for (const row of value) if (row.Key !== null) owners.add(row.EmployeeId ?? "");
  }
  return { owners: [...owners].sort(), lists };
}

async function pickInHeader(page: Page, search: string, name: string): Promise<void> {
  await page.getByRole("button", { name: /^Du är / }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("searchbox").fill(search);
  await dialog.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.getByRole("button", { name: `Du är ${name}` }).waitFor();
}

async function waitForSiteCalls(read: () => string[], count: number): Promise<string[]> {
  for (let waited = 0; read().length < count && waited < 10_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

describe("the person picker (local mode)", () => {
  it("acts as the picked person: the tab's own calls carry their token and the site applies their permissions", async () => {
    const page = await openTab(session.browser.context, session.app, { route: "#/mina-mal" });
    const calls = captureSiteAuthorization(page);

    // Nobody yet: the start page asks who you are, grouped by role.
    await page.getByRole("heading", { name: "Välj vem du är för att börja" }).waitFor();
    await page.getByRole("heading", { name: /^Medarbetare/ }).waitFor();
    await page.getByRole("searchbox").fill("Maria");
    await page.getByRole("button", { name: /^Maria Johansson/ }).click();
    await page.getByRole("button", { name: "Du är Maria Johansson" }).waitFor();

    const asMaria = await waitForSiteCalls(calls, 1);
    expect(new Set(asMaria.map(upnIn))).toEqual(new Set([maria]));
    // She sees her own partition of the goals (the one her id names) and her own goals in it, nothing else.
    expect(await goalOwnersVisibleTo(asMaria[0] ?? "")).toEqual({
      owners: [maria],
      lists: [goalLists.of(maria).title],
    });

    // Switch in the header: from now on every call is Erik's, and the site shows Erik only his own goals.
    // Maria's view first finishes loading (its second round trip must not count as after the switch).
    await settled(page);
    const before = calls().length;
    await pickInHeader(page, "Erik", "Erik Sjöberg");
    const asErik = (await waitForSiteCalls(calls, before + 1)).slice(before);
    expect(new Set(asErik.map(upnIn))).toEqual(new Set([erik]));
    expect(await goalOwnersVisibleTo(asErik[0] ?? "")).toEqual({
      owners: [erik],
      lists: [goalLists.of(erik).title],
    });

    // Their chef reads both: the difference is the token, not what the tab chooses to show.
    await settled(page);
    const beforeChef = calls().length;
    await pickInHeader(page, "Karin", "Karin Lindqvist");
    const asChef = (await waitForSiteCalls(calls, beforeChef + 1)).slice(beforeChef);
    expect(new Set(asChef.map(upnIn))).toEqual(new Set([karin]));
    const chefSees = await goalOwnersVisibleTo(asChef[0] ?? "");
    expect(chefSees.owners).toEqual(expect.arrayContaining([erik, maria]));
    expect(chefSees.lists).toEqual(
      expect.arrayContaining([goalLists.of(erik).title, goalLists.of(maria).title]),
    );
    await page.close();
  });

  it("remembers who you are across a reload", async () => {
    const page = await openTab(session.browser.context, session.app);
    await page.getByRole("searchbox").fill("Lena");
    await page.getByRole("button", { name: /^Lena Åberg/ }).click();
    await page.getByRole("button", { name: "Du är Lena Åberg" }).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Du är Lena Åberg" }).waitFor();
    await page.close();
  });

  it("finds people by unit as well as by name, and says when nobody matches", async () => {
    const page = await openTab(session.browser.context, session.app);
    const search = page.getByRole("searchbox");
    await search.fill("kvarnberg");
    await page.getByRole("button", { name: /^Mikael Sandberg/ }).waitFor();
    expect(await page.getByRole("button", { name: /^Maria Johansson/ }).count()).toBe(0);
    await search.fill("ingen sådan person");
    await page.getByRole("status").filter({ hasText: "Ingen person matchar sökningen." }).waitFor();
    await page.close();
  });
});
