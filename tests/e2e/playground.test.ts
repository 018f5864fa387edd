/**
 * The bot half end to end, as `npm run playground` shows it: the real app (local mode, the demo), the
 * Microsoft 365 Agents Playground (offline) as Fatima's Teams, and Chromium driving the Playground's own UI.
 * Fatima installs the bot (the Playground's installation events), a reminder run sends her the card, she
 * answers it in the Playground (an `adaptiveCard/action` invoke to the bot), and the follow-up is then in the
 * local site and in her tab.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { Page } from "playwright-core";
import { startPlayground, type RunningPlayground } from "../../scripts/harness/playground";
import { unsignedToken } from "../../src/localsite";
import { createSp } from "../../src/sharepoint/pnp/createSp";
import { and, eq } from "../../src/sharepoint/odata/filter";
import { goalFollowUpLists } from "../../src/sharepoint/schema/lists";
import {
  demoPerson,
  launchBrowser,
  openTab,
  repoRoot,
  screenshot,
  startApp,
  waitForViewReady,
  type RunningApp,
  type TestBrowser,
} from "./support";

const fatima = "fatima.hosseini@malkedjan.local";
const goalId = "fatima.hosseini-2026-1"; // agreed by both; follow-ups due 2026-04-20, 09-21, 12-07
const dueDate = "2026-12-07";
const comment = "Två elever behöver extra stöd, svar från kortet";

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

let app: RunningApp;
let browser: TestBrowser;
let playground: RunningPlayground;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "malkedjan-playground-"));
  // No scheduled run during the test: the test runs the reminders itself, on the due date.
  app = await startApp({ env: { REMINDER_SCHEDULE_MINUTES: "0" } });
  browser = await launchBrowser();
  playground = await startPlayground({
    appOrigin: app.url.replace(/\/$/, ""),
    port: await freePort(),
    upn: fatima,
    dir,
  });
}, 300_000);

afterAll(async () => {
  playground?.stop();
  await browser?.close();
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** `npm run reminders -- --once` against the app's site, on the due date, whatever the hour. */
async function remindersOnce(): Promise<{ cards: { sent: number } }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/reminders.ts",
      "--once",
      "--site",
      `${app.url}sites/styrning`,
      "--ignore-hours",
      "--date",
      dueDate,
    ],
    { cwd: repoRoot },
  );
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as { cards: { sent: number } };
}

const logPanel = (page: Page) => page.getByText(/installationUpdate 200/);

describe("a reminder card in the Agents Playground, answered there, shows in the tab", () => {
  it("delivers Fatima's card, saves her answer from the card as her, and her tab shows it", async () => {
    const teams = await browser.context.newPage();
    await teams.goto(playground.url);
    // Opening the Playground installs the bot for Fatima: the bot stores where it reaches her.
    await logPanel(teams).first().waitFor({ timeout: 30_000 });

    const run = await remindersOnce();
    expect(run.cards.sent).toBe(1);

    const card = teams.locator(".ac-adaptiveCard").first();
    await card.getByText("Dags att följa upp").waitFor({ timeout: 30_000 });
    await card.getByText("Tidiga lässcreeningar för alla elever i åk 1 före höstlovet").waitFor();
    await expect(card.getByText(/Bidrar till: Social hållbarhet/).count()).resolves.toBeGreaterThan(0);
    await screenshot(teams, "playground-reminder-card");

    await card.locator('input[aria-label="Välj läge"]').first().click();
    await teams.getByRole("option", { name: "Risk" }).first().click();
    await card.getByRole("textbox").first().fill(comment);
    await card.getByRole("button", { name: "Spara uppföljningar" }).click();
    // The bot answers the invoke with the card as saved (in the presser's language: the Playground's).
    await teams
      .getByText(new RegExp(`(Sparat|Saved) .*${comment}`))
      .first()
      .waitFor({ timeout: 30_000 });
    await screenshot(teams, "playground-reminder-card-saved");

    const sp = createSp({ siteUrl: `${app.url}sites/styrning`, getToken: () => unsignedToken(fatima) });
    const saved = await sp.web.lists
      .getByTitle(goalFollowUpLists.of(fatima).title)
      .items.select("Status", "Comment")
      .filter(and(eq("TargetId", goalId), eq("Answers", dueDate)))<{ Status: string; Comment: string }[]>();
    expect(saved).toEqual([expect.objectContaining({ Status: "at-risk", Comment: comment })]);

    const tab = await openTab(browser.context, app, {
      person: await demoPerson(app, { id: fatima }),
      route: "#/mina-mal",
    });
    await waitForViewReady(tab);
    await tab.getByText(comment).first().waitFor();
    await screenshot(tab, "playground-follow-up-in-tab");
    await tab.close();
    await teams.close();
  }, 180_000);
});
