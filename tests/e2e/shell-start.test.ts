import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import path from "node:path";
import { firstViewBudgetKB, firstViewSize } from "../../scripts/build-report";
import { ADMIN_UPN, unsignedToken } from "../../src/localsite";
import { openTab, tabDir, useAppAndBrowser } from "./support";

const session = useAppAndBrowser();

describe("npm start's server", () => {
  it("serves the tab at / as a Swedish page titled Målkedjan", async () => {
    const response = await fetch(session.app.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<html lang="?sv"?>/);
    expect(html).toMatch(/<title>Målkedjan<\/title>/);
    const scripts = [...html.matchAll(/src="?\/([^"\s>]+\.js)/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect((await fetch(new URL(script ?? "", session.app.url))).status).toBe(200);
  });

  it("sends the tab's JS gzipped to browsers that accept it, and caches hashed chunks for good", async () => {
    const html = await (await fetch(session.app.url)).text();
    const script = /src="?\/([^"\s>]+\.js)/.exec(html)?.[1] ?? "";
    const url = new URL(script, session.app.url);
    const zipped = await fetch(url, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("cache-control")).toContain("immutable");
    const plain = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await zipped.text()).toBe(await plain.text());
  });

  it("tells the tab it runs in local mode against the mounted site, with the person picker", async () => {
    const response = await fetch(new URL("config.json", session.app.url));
    expect(await response.json()).toEqual({ mode: "local", siteUrl: "/sites/styrning", personPicker: true });
  });

  it("mounts the local site at /sites/styrning, which knows who calls from the token", async () => {
    const url = new URL("sites/styrning/_api/web/currentuser", session.app.url);
    const anonymous = await fetch(url, { headers: { Accept: "application/json" } });
    expect(anonymous.status).toBe(401);
    const asAdmin = await fetch(url, {
      headers: { Accept: "application/json", Authorization: `Bearer ${unsignedToken(ADMIN_UPN)}` },
    });
    expect(asAdmin.status).toBe(200);
    expect(JSON.stringify(await asAdmin.json()).toLowerCase()).toContain(ADMIN_UPN.toLowerCase());
  });

  it("offers the Huddinge demo's medarbetare, chefs and planners in the picker", async () => {
    const { people } = (await (await fetch(new URL("api/local/people", session.app.url))).json()) as {
      people: { id: string; role: string }[];
    };
    const roles = new Set(people.map((p) => p.role));
    expect(roles).toEqual(new Set(["medarbetare", "chef", "planner"]));
    expect(people.map((p) => p.id)).toContain("maria.johansson@malkedjan.local");
  });

  it("loads the first view within the JS budget the build reports", () => {
    const size = firstViewSize(tabDir);
    expect(size.gzipKB).toBeLessThanOrEqual(firstViewBudgetKB);
    const manifest = JSON.parse(readFileSync(path.join(tabDir, "build-manifest.json"), "utf8")) as {
      chunkGroups: Record<string, string[]>;
    };
    // Each view is its own chunk group, so the other views are not in the first view's JS.
    expect(Object.keys(manifest.chunkGroups)).toEqual(
      expect.arrayContaining(["view-kedjan", "view-mina-mal", "view-mitt-team"]),
    );
  });

  it("shows the shell in a browser without script errors", async () => {
    const errors: string[] = [];
    const collect = (page: Page): void => void page.on("pageerror", (error) => errors.push(error.message));
    session.browser.context.on("page", collect);
    const tab = await openTab(session.browser.context, session.app);
    session.browser.context.off("page", collect);
    await tab.getByRole("navigation").waitFor();
    expect(await tab.title()).toBe("Målkedjan");
    expect(errors).toEqual([]);
    await tab.close();
  });
});
