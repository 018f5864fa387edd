import { ConnectorClient, HttpError, MessageFactory } from "@microsoft/agents-hosting";
import type { Notifier, ReminderCardDelivery, SendAttempt } from "../domain";
import { retryAfterMs } from "./backoff";

/** A token for the Bot Connector (production: the SDK's MSAL provider); undefined sends none (local connector). */
export type BotToken = () => Promise<string | undefined>;

export const noBotToken: BotToken = () => Promise.resolve(undefined);

/** What the connector's answer means for the send discipline (stack-notes: retry 429, 412, 5xx; 403/404 not installed). */
export function classifyStatus(status: number, retryAfter?: string | null): SendAttempt {
  if (status >= 200 && status < 300) return { kind: "sent" };
  if (status === 403 || status === 404) return { kind: "not-installed", status };
  if (status === 429 || status === 412 || status >= 500) {
    const after = retryAfterMs(retryAfter);
    return after === undefined ? { kind: "retry", status } : { kind: "retry", status, retryAfterMs: after };
  }
  return { kind: "failed", status, reason: `the connector answered ${status}` };
}

/**
 * Sends a reminder card as a proactive message into the person's stored 1:1 conversation, through the Agents
 * SDK's ConnectorClient: `POST {serviceUrl}/v3/conversations/{conversationId}/activities`, to the `serviceUrl`
 * stored with the conversation (never a fixed one). The activity carries the card's deterministic id, so a
 * card sent again after a crash is recognisable as the same card. One try; the dispatcher retries.
 */
export class ConnectorNotifier implements Notifier {
  constructor(private readonly token: BotToken = noBotToken) {}

  async send(delivery: ReminderCardDelivery): Promise<SendAttempt> {
    const { to } = delivery;
    // MessageFactory makes the SDK's own Activity (the client calls its methods); the rest as Teams expects.
    const activity = MessageFactory.attachment({
      contentType: "application/vnd.microsoft.card.adaptive",
      content: delivery.card,
    });
    Object.assign(activity, {
      id: delivery.activityId,
      channelId: "msteams",
      serviceUrl: to.serviceUrl,
      conversation: {
        id: to.conversationId,
        conversationType: "personal",
        tenantId: to.tenantId,
        isGroup: false,
      },
      from: { id: to.botId, role: "bot" },
      recipient: { id: to.userAadObjectId, aadObjectId: to.userAadObjectId, role: "user" },
      summary: delivery.summary,
      ...(to.locale === undefined ? {} : { locale: to.locale }),
    });
    try {
      const client = ConnectorClient.createClientWithToken(to.serviceUrl, (await this.token()) ?? "");
      await client.sendToConversation(to.conversationId, activity);
      return { kind: "sent" };
    } catch (error) {
      if (error instanceof HttpError)
        return classifyStatus(error.status, error.response.headers.get("retry-after"));
      // No answer at all (connection refused or reset): it may or may not have arrived; the same activity id
      // makes a retry safe to recognise.
      return { kind: "retry", status: 0 };
    }
  }
}
