import type { Activity } from "@microsoft/agents-activity";
import { cardFollowUpId, cardLocaleOf, installationOf, localObjectId } from "../../../src/bot";
import { entityIdSchema } from "../../../src/domain/model/primitives";

const bot = { id: "28:bot", name: "Målkedjan" };
const personal = { id: "a:1x", conversationType: "personal", tenantId: "t" };
const activity = (fields: Record<string, unknown>): Activity =>
  ({ channelId: "msteams", recipient: bot, conversation: personal, ...fields }) as unknown as Activity;

describe("installation events, as Teams sends them", () => {
  it.each([
    [{ type: "installationUpdate", action: "add" }, "installed"],
    [{ type: "installationUpdate", action: "add-upgrade" }, "installed"],
    [{ type: "installationUpdate", action: "remove" }, "uninstalled"],
    [{ type: "installationUpdate", action: "remove-upgrade" }, "other"],
    [{ type: "conversationUpdate", membersAdded: [{ id: "29:user" }, { id: "28:bot" }] }, "installed"],
    [{ type: "conversationUpdate", membersAdded: [{ id: "29:someone-else" }] }, "other"],
    [{ type: "conversationUpdate", membersRemoved: [{ id: "28:bot" }] }, "other"],
    [{ type: "message", text: "hej" }, "other"],
  ])("%j is %s", (fields, expected) => {
    expect(installationOf(activity(fields))).toBe(expected);
  });

  it("counts only the personal scope", () => {
    const inTeam = activity({
      type: "installationUpdate",
      action: "add",
      conversation: { id: "19:x@thread.tacv2", conversationType: "channel" },
    });
    expect(installationOf(inTeam)).toBe("other");
  });
});

describe("a card answer's follow-up id", () => {
  it("is the same for the same goal and date, different otherwise, and a valid id", () => {
    const id = cardFollowUpId("maria.johansson-2026-1", "2026-12-07");
    expect(cardFollowUpId("maria.johansson-2026-1", "2026-12-07")).toBe(id);
    expect(cardFollowUpId("maria.johansson-2026-1", "2026-09-21")).not.toBe(id);
    expect(cardFollowUpId("maria.johansson-2026-2", "2026-12-07")).not.toBe(id);
    expect(entityIdSchema.safeParse(id).success).toBe(true);
  });

  it("stays within 100 characters for the longest goal ids", () => {
    const long = `g${"x".repeat(99)}`;
    const id = cardFollowUpId(long, "2026-12-07");
    expect(id.length).toBeLessThanOrEqual(100);
    expect(entityIdSchema.safeParse(id).success).toBe(true);
    expect(cardFollowUpId(`${long.slice(0, -1)}y`, "2026-12-07")).not.toBe(id);
  });
});

describe("the card's language and local stand-in ids", () => {
  it("is Swedish unless Teams speaks English", () => {
    expect(cardLocaleOf("sv-SE")).toBe("sv");
    expect(cardLocaleOf(undefined)).toBe("sv");
    expect(cardLocaleOf("en-US")).toBe("en");
    expect(cardLocaleOf("fi-FI")).toBe("sv");
  });

  it("gives each demo person a stable UUID-shaped object id of their own", () => {
    const maria = localObjectId("maria.johansson@malkedjan.local");
    expect(maria).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(localObjectId("MARIA.johansson@malkedjan.local")).toBe(maria);
    expect(localObjectId("erik.sjoberg@malkedjan.local")).not.toBe(maria);
  });
});
