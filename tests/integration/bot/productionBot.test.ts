/**
 * The production app's bot endpoint (the real production parts, as main.ts builds them) refuses what Teams
 * did not sign: no token, an unsigned token, the local mode's token — 401, before any activity is handled.
 * Without a bot app id configured it refuses everything.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadServerConfig, type ProductionServerConfig } from "../../../config";
import { unsignedToken } from "../../../src/localsite";
import { createAppServer } from "../../../src/server/appServer";
import { productionParts } from "../../../src/server/production";
import { closeServer, listenOnLoopback, rawRequest } from "../server/support/http";
import { productionEnv, tenantId, unsigned } from "../server/support/entra";

const botAppId = "3c1d5e7f-9a2b-4c4d-8e6f-7a8b9c0d1e2f";

const invoke = JSON.stringify({
  type: "invoke",
  name: "adaptiveCard/action",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  from: { id: "29:1x", aadObjectId: "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f" },
  recipient: { id: `28:${botAppId}` },
  conversation: { id: "a:1x", conversationType: "personal", tenantId },
  value: { action: { type: "Action.Execute", verb: "saveFollowUps", data: {} } },
});

let dir: string;
const servers: Server[] = [];
let requests = 0;

async function start(env: Record<string, string>): Promise<number> {
  const config = loadServerConfig({ ...productionEnv, TAB_DIR: dir, ...env }, dir) as ProductionServerConfig;
  const server = createAppServer(
    productionParts(config, {
      site: {
        siteUrl: "http://127.0.0.1:9/sites/styrning",
        getToken: () => {
          requests += 1;
          return "no-token";
        },
      },
    }),
  );
  servers.push(server);
  return listenOnLoopback(server);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "malkedjan-bot-prod-"));
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>Målkedjan</title>");
});

afterAll(async () => {
  for (const server of servers) await closeServer(server);
  await rm(dir, { recursive: true, force: true });
});

const post = (port: number, authorization?: string) =>
  rawRequest(port, {
    method: "POST",
    path: "/api/messages",
    headers: {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(invoke)),
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: invoke,
  });

describe("the production bot endpoint", () => {
  it("answers 401 to no token, an unsigned token and the local mode's token", async () => {
    const port = await start({ BOT_APP_ID: botAppId });
    const claims = {
      aud: botAppId,
      iss: "https://api.botframework.com",
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    const answers = {
      none: (await post(port)).status,
      unsigned: (await post(port, `Bearer ${unsigned(claims)}`)).status,
      local: (await post(port, `Bearer ${unsignedToken("karin.lindqvist@malkedjan.local")}`)).status,
      basic: (await post(port, "Basic a2FyaW46aGVtbGln")).status,
    };
    expect(answers).toEqual({ none: 401, unsigned: 401, local: 401, basic: 401 });
    // Nothing unverified reached SharePoint.
    expect(requests).toBe(0);
  });

  it("keeps helmet's headers on the bot's answers", async () => {
    const port = await start({ BOT_APP_ID: botAppId });
    const answer = await post(port);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toBeDefined();
  });

  it("refuses every activity when no bot app id is configured", async () => {
    const port = await start({});
    expect((await post(port)).status).toBe(401);
    expect((await post(port, `Bearer ${unsignedToken("karin.lindqvist@malkedjan.local")}`)).status).toBe(401);
  });
});
