import express, { Router, type RequestHandler } from "express";
import {
  authorizeJWT,
  type AuthConfiguration,
  type Request as AgentRequest,
} from "@microsoft/agents-hosting";
import { createAgent, type BotDeps } from "./agent";

/** Where Teams (the Bot Framework connector) posts activities. */
export const botPath = "/api/messages";

/**
 * Who may post activities. `local`: nobody is checked (the SDK's anonymous mode, no client id) — only ever
 * in local mode, on loopback. `production`: Bot Framework tokens for the bot's app id and the tenant.
 * `unconfigured`: production without a bot app id — every activity is refused.
 */
export type BotAuth =
  | { readonly mode: "local" }
  | { readonly mode: "production"; readonly botAppId: string; readonly tenantId: string }
  | { readonly mode: "unconfigured" };

/**
 * An activity is read up to this size: far above any card answer (Teams caps a message at about 28 kB),
 * and above the API's 100 kB JSON limit, which is why the bot has its own body reader.
 */
export const botBodyLimit = "512kb";

const refuseAll: RequestHandler = (_req, res) => {
  res.status(401).json({ "jwt-auth-error": "the bot is not configured" });
};

/**
 * `POST /api/messages`: the token checked from the headers before the body is read, then the activity
 * handed to the agent; the SDK answers (an invoke with its invoke response, anything else 200/202).
 */
export function botRoutes(deps: BotDeps, auth: BotAuth): Router {
  const router = Router();
  if (auth.mode === "unconfigured") {
    router.post(botPath, refuseAll);
    return router;
  }
  const authConfig: AuthConfiguration =
    auth.mode === "production" ? { clientId: auth.botAppId, tenantId: auth.tenantId } : {};
  const agent = createAgent(deps, authConfig);
  const authorize = authorizeJWT(authConfig) as unknown as RequestHandler;
  const body = express.json({ limit: botBodyLimit, strict: true, type: "application/json" });
  router.post(botPath, authorize, body, async (req, res) => {
    await agent.adapter.process(req as unknown as AgentRequest, res, (context) => agent.run(context));
  });
  return router;
}
