/**
 * The bot at `POST /api/messages` of the real app server in local mode (the Huddinge demo seeded into the
 * local site), sent activities shaped as Teams sends them: a personal installation, then the reminder
 * card's `adaptiveCard/action` invokes. What the card saves is read back from the local site as the
 * medarbetare, through PnPjs.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { loadServerConfig, type LocalServerConfig } from "../../../config";
import { cardFollowUpId, localObjectId } from "../../../src/bot";
import {
  commentInputId,
  reminderCard,
  statusInputId,
  type AdaptiveCard,
  type GoalFollowUpItem,
  type ReminderCardData,
} from "../../../src/cards";
import { unsignedToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { and, eq } from "../../../src/sharepoint/odata/filter";
import { goalFollowUpLists } from "../../../src/sharepoint/schema/lists";
import { SharePointConversationReferences } from "../../../src/sharepoint/stores/conversationReferences";
import { startLocalServer, type RunningLocalServer } from "../../../src/server/local/startLocal";
import { appOnlyToken, LOCAL_APP_ID } from "../../../src/localsite";
import { startLocalConnector } from "../../../scripts/harness/localConnector";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local"; // her colleague
const mikael = "mikael.sandberg@malkedjan.local"; // chef of Kvarnbergsskolan, not Maria's chef
const goalId = "maria.johansson-2026-1"; // agreed by both, follow-ups due 2026-04-20, 09-21, 12-07
const dueDate = "2026-12-07";
const tenantId = "11111111-2222-4333-8444-555555555555";
const botId = "28:0b8e2f4c-7d1a-4e3b-9c5d-6e7f8a9b0c1d";
const serviceUrl = "https://smba.trafficmanager.net/emea/";

let dir: string;
let server: RunningLocalServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "malkedjan-bot-"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>Målkedjan</title>");
  const config = loadServerConfig(
    { MALKEDJAN_ENV: "local", PORT: "0", LOCALSITE_DATA: path.join(dir, "site"), TAB_DIR: dir },
    dir,
  ) as LocalServerConfig;
  server = await startLocalServer(config);
}, 180_000);

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const userOf = (upn: string, name: string) => ({
  id: `29:1${upn.split("@")[0] ?? upn}`,
  name,
  aadObjectId: localObjectId(upn),
});

const conversationOf = (upn: string) => ({
  conversationType: "personal",
  tenantId,
  id: `a:1personal-${upn.split("@")[0] ?? upn}`,
});

/** Common envelope of every activity Teams sends to a bot in a personal chat. */
const envelope = (upn: string, name: string) => ({
  channelId: "msteams",
  serviceUrl,
  from: userOf(upn, name),
  recipient: { id: botId, name: "Målkedjan" },
  conversation: conversationOf(upn),
  channelData: { tenant: { id: tenantId } },
  locale: "sv-SE",
  timestamp: new Date().toISOString(),
});

async function post(
  activity: Record<string, unknown>,
): Promise<{ status: number; type: string; body: unknown }> {
  const response = await fetch(`${server.origin}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify({ id: `activity-${Math.random()}`, ...activity }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    body: text === "" ? undefined : (JSON.parse(text) as unknown),
  };
}

const appSp = () =>
  createSp({ siteUrl: `${server.origin}/sites/styrning`, getToken: () => appOnlyToken(LOCAL_APP_ID) });

const mariasGoal = (due: string): GoalFollowUpItem => ({
  kind: "goal-follow-up",
  key: `individual-goal:${goalId}:${due}:${maria}`,
  goalId,
  employeeId: maria,
  title: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag",
  chain: ["Barn och unga", "Läslyftet"],
  dueDate: due,
  overdue: false,
});

/** The card the reminder run would send Maria about her goal. */
const mariasCard = (): ReminderCardData => ({
  person: { id: maria, name: "Maria Johansson", aadObjectId: localObjectId(maria) },
  tabLink: { origin: server.origin },
  items: [
    mariasGoal(dueDate),
    {
      kind: "plan-follow-up",
      key: "plan:sjodalsskolan:2026-tertial3",
      planTitle: "Arbetsplan Sjödalsskolan 2026",
      period: "tertial",
      dueDate: "2026-12-15",
      overdue: false,
    },
  ],
});

/** Pressing the card's Action.Execute as Teams sends it: the action's data with the inputs merged in. */
function pressed(card: AdaptiveCard, verb: string, inputs: Record<string, string>) {
  const action =
    verb === "refreshCard"
      ? card.refresh?.action
      : card.actions?.find((a) => a["type"] === "Action.Execute" && a["verb"] === verb);
  if (action === undefined) throw new Error(`no ${verb} in the card`);
  return {
    action: { type: "Action.Execute", id: "save", verb, data: { ...(action["data"] as object), ...inputs } },
    trigger: verb === "refreshCard" ? "automatic" : "manual",
  };
}

async function invoke(upn: string, name: string, value: unknown) {
  return post({
    ...envelope(upn, name),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: "1767225600000",
    value,
  });
}

/** The card in an invoke response, as Teams reads it. */
function cardIn(answer: { status: number; body: unknown }): AdaptiveCard {
  expect(answer.status).toBe(200);
  const body = answer.body as { statusCode: number; type: string; value: AdaptiveCard };
  expect(body.statusCode).toBe(200);
  expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
  return body.value;
}

const textsOf = (card: AdaptiveCard): string => JSON.stringify(card.body);

async function mariasFollowUps(): Promise<{ Key: string; Status: string; Comment: string | null }[]> {
  const sp = createSp({ siteUrl: `${server.origin}/sites/styrning`, getToken: () => unsignedToken(maria) });
  return sp.web.lists
    .getByTitle(goalFollowUpLists.of(maria).title)
    .items.select("Key", "Status", "Comment", "Answers")
    .filter(and(eq("TargetId", goalId), eq("Answers", dueDate)))();
}

describe("the bot at /api/messages, as Teams calls it", () => {
  it("remembers where it reaches Maria when she installs the app, once for both of Teams' events", async () => {
    const installed = await post({
      ...envelope(maria, "Maria Johansson"),
      type: "conversationUpdate",
      membersAdded: [{ id: botId }],
    });
    expect(installed.status).toBeLessThan(300);
    const update = await post({
      ...envelope(maria, "Maria Johansson"),
      type: "installationUpdate",
      action: "add",
    });
    expect(update.status).toBeLessThan(300);
    const [reference] = await new SharePointConversationReferences(appSp()).find([maria]);
    expect(reference).toMatchObject({
      personId: maria,
      conversationId: `a:1personal-maria.johansson`,
      serviceUrl,
      tenantId,
      botId,
      userAadObjectId: localObjectId(maria),
      locale: "sv-SE",
    });
    const rows = await appSp().web.lists.getByTitle("Teams-samtal").items.select("Id")();
    expect(rows).toHaveLength(1);
  });

  it("stores nothing for a Teams user the organisation does not know", async () => {
    const stranger = {
      ...envelope(maria, "Okänd"),
      from: { id: "29:1x", name: "Okänd", aadObjectId: "0f0f0f0f-0000-4000-8000-000000000000" },
    };
    const answer = await post({
      ...stranger,
      type: "installationUpdate",
      action: "add",
      conversation: { ...conversationOf(maria), id: "a:1stranger" },
    });
    expect(answer.status).toBeLessThan(300);
    const rows = await appSp().web.lists.getByTitle("Teams-samtal").items.select("ConversationId")<
      { ConversationId: string }[]
    >();
    expect(rows.map((r) => r.ConversationId)).not.toContain("a:1stranger");
  });

  it("saves Maria's follow-up from the card as her, answers with the card showing it, and a second press records nothing new", async () => {
    const card = reminderCard(mariasCard(), "sv");
    const inputs = { [statusInputId(0)]: "at-risk", [commentInputId(0)]: "Två elever *behöver* stöd" };
    const first = cardIn(await invoke(maria, "Maria Johansson", pressed(card, "saveFollowUps", inputs)));
    expect(textsOf(first)).toContain("Sparat");
    expect(textsOf(first)).toContain("Risk");
    expect(textsOf(first)).toContain("Två elever \\\\*behöver\\\\* stöd");
    // The answered goal has no inputs left; the plan item is still there.
    expect(JSON.stringify(first)).not.toContain(`"id":"${statusInputId(0)}"`);
    expect(textsOf(first)).toContain("Arbetsplan Sjödalsskolan 2026");

    const stored = await mariasFollowUps();
    expect(stored).toEqual([
      expect.objectContaining({
        Key: cardFollowUpId(goalId, dueDate),
        Status: "at-risk",
        Comment: "Två elever *behöver* stöd",
      }),
    ]);

    // Pressed again on the old card (Teams retried, or she pressed twice): still one follow-up.
    const again = cardIn(await invoke(maria, "Maria Johansson", pressed(card, "saveFollowUps", inputs)));
    expect(textsOf(again)).toContain("Sparat");
    expect(await mariasFollowUps()).toHaveLength(1);
  }, 30_000);

  it("shows the current state when the card is opened again (refresh)", async () => {
    const card = reminderCard(mariasCard(), "sv");
    const refreshed = cardIn(await invoke(maria, "Maria Johansson", pressed(card, "refreshCard", {})));
    expect(textsOf(refreshed)).toContain("Sparat");
    expect(textsOf(refreshed)).toContain("Två elever \\\\*behöver\\\\* stöd");
  });

  it("refuses a colleague and a chef of another unit in the card, and writes nothing", async () => {
    const other = reminderCard({ ...mariasCard(), items: [mariasGoal("2026-09-21")] }, "sv");
    const before = await mariasFollowUps();
    for (const [upn, name] of [
      [erik, "Erik Sjöberg"],
      [mikael, "Mikael Sandberg"],
    ] as const) {
      const answer = cardIn(
        await invoke(
          upn,
          name,
          pressed(other, "saveFollowUps", { [statusInputId(0)]: "done", [commentInputId(0)]: "kapad" }),
        ),
      );
      expect(textsOf(answer)).toContain("Inte sparat: Målet finns inte, eller är inte ditt att följa upp.");
      expect(textsOf(answer)).not.toContain("Sparat 2");
    }
    const sp = createSp({ siteUrl: `${server.origin}/sites/styrning`, getToken: () => unsignedToken(maria) });
    const kapad = await sp.web.lists
      .getByTitle(goalFollowUpLists.of(maria).title)
      .items.select("Key")
      .filter(eq("Comment", "kapad"))();
    expect(kapad).toEqual([]);
    expect(await mariasFollowUps()).toEqual(before);
  }, 30_000);

  it("refuses a card action from someone the organisation does not know", async () => {
    const card = reminderCard(mariasCard(), "sv");
    const answer = await post({
      ...envelope(maria, "Okänd"),
      from: { id: "29:1x", name: "Okänd", aadObjectId: "0f0f0f0f-0000-4000-8000-000000000000" },
      type: "invoke",
      name: "adaptiveCard/action",
      value: pressed(card, "saveFollowUps", { [statusInputId(0)]: "done" }),
    });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain("Du finns inte i Målkedjans organisation");
  });

  it("saves from an old Teams client's Action.Submit fallback as the presser, and replaces the pressed card with the answer", async () => {
    const connector = await startLocalConnector();
    try {
      // Her second goal, whose 7 December follow-up nothing else in this file answers.
      const secondGoal = "maria.johansson-2026-2";
      const item = {
        ...mariasGoal(dueDate),
        goalId: secondGoal,
        key: `individual-goal:${secondGoal}:${dueDate}:${maria}`,
      };
      const card = reminderCard({ ...mariasCard(), items: [item] }, "sv");
      const { action } = pressed(card, "saveFollowUps", {
        [statusInputId(0)]: "on-track",
        [commentInputId(0)]: "Gick bra via Submit",
      });
      // Action.Submit arrives as a message whose value is the action's data with the inputs.
      const answer = await post({
        ...envelope(maria, "Maria Johansson"),
        serviceUrl: connector.serviceUrl,
        type: "message",
        replyToId: "1767225600001",
        value: action.data,
      });
      expect(answer.status).toBeLessThan(300);
      expect(connector.updated).toHaveLength(1);
      const replaced = connector.updated[0];
      expect(replaced?.activityId).toBe("1767225600001");
      expect(JSON.stringify(replaced?.activity)).toContain("Gick bra via Submit");
      expect(JSON.stringify(replaced?.activity)).toContain("Sparat");

      const sp = createSp({
        siteUrl: `${server.origin}/sites/styrning`,
        getToken: () => unsignedToken(maria),
      });
      const saved = await sp.web.lists
        .getByTitle(goalFollowUpLists.of(maria).title)
        .items.select("Key", "Status", "AuthorId")
        .filter(and(eq("TargetId", secondGoal), eq("Answers", dueDate)))<{ Key: string; Status: string }[]>();
      expect(saved).toEqual([
        expect.objectContaining({ Key: cardFollowUpId(secondGoal, dueDate), Status: "on-track" }),
      ]);

      // The same Submit from a colleague: refused in the card, nothing written.
      await post({
        ...envelope(erik, "Erik Sjöberg"),
        serviceUrl: connector.serviceUrl,
        type: "message",
        replyToId: "1767225600002",
        value: { ...action.data, [statusInputId(0)]: "done", [commentInputId(0)]: "kapad via Submit" },
      });
      expect(JSON.stringify(connector.updated[1]?.activity)).toContain("Inte sparat");
      const kapad = await sp.web.lists
        .getByTitle(goalFollowUpLists.of(maria).title)
        .items.select("Key")
        .filter(eq("Comment", "kapad via Submit"))();
      expect(kapad).toEqual([]);
    } finally {
      await connector.close();
    }
  }, 30_000);
});
