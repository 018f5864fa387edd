import type { Activity } from "@microsoft/agents-activity";
import type { Clock, ConversationReference, ConversationReferences } from "../domain";
import type { PersonByObjectId } from "./people";

export interface InstallationDeps {
  /** The store, written with the app's own identity; undefined while the site is not ready. */
  readonly references: () => ConversationReferences | undefined;
  readonly personByObjectId: PersonByObjectId;
  readonly clock: Clock;
  /** Operational log: never personal data (no names, UPNs or object ids). */
  readonly log: (message: string) => void;
}

/** What an installation event means for the person's 1:1 conversation with the bot. */
export type Installation = "installed" | "uninstalled" | "other";

/**
 * Teams tells a bot it was added to a person's personal scope twice over: a `conversationUpdate` with the bot
 * among `membersAdded`, and an `installationUpdate` with action `add` (`add-upgrade` on an update); removal is
 * `installationUpdate` `remove` (`remove-upgrade` is an update, the app stays). Only personal conversations
 * count: the app's bot has personal scope only.
 */
export function installationOf(activity: Activity): Installation {
  if (activity.conversation?.conversationType !== "personal") return "other";
  if (activity.type === "installationUpdate") {
    if (activity.action === "add" || activity.action === "add-upgrade") return "installed";
    if (activity.action === "remove") return "uninstalled";
    return "other";
  }
  if (activity.type === "conversationUpdate") {
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    if (botId !== undefined && added.some((m) => m.id === botId)) return "installed";
  }
  return "other";
}

const tenantOf = (activity: Activity): string | undefined => {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  return activity.conversation?.tenantId ?? (typeof fromChannel === "string" ? fromChannel : undefined);
};

/**
 * Remembers (or forgets) where the bot reaches the person who installed it: the person found by the Teams
 * user's Entra object id in the organisation; someone the organisation does not know gets nothing stored.
 */
export async function onInstallation(deps: InstallationDeps, activity: Activity): Promise<void> {
  const what = installationOf(activity);
  if (what === "other") return;
  const objectId = activity.from?.aadObjectId;
  const references = deps.references();
  if (references === undefined) {
    deps.log("Målkedjan bot: an installation event came before the site was ready; nothing stored");
    return;
  }
  const person = objectId === undefined ? undefined : await deps.personByObjectId(objectId);
  if (person === undefined || objectId === undefined) {
    deps.log(`Målkedjan bot: ${what} by a Teams user the organisation does not know; nothing stored`);
    return;
  }
  if (what === "uninstalled") {
    await references.forget(person.id);
    return;
  }
  const conversationId = activity.conversation?.id;
  const serviceUrl = activity.serviceUrl;
  const tenantId = tenantOf(activity);
  const botId = activity.recipient?.id;
  if (
    conversationId === undefined ||
    serviceUrl === undefined ||
    tenantId === undefined ||
    botId === undefined
  ) {
    deps.log(
      "Målkedjan bot: an installation event without conversation, serviceUrl, tenant or bot; nothing stored",
    );
    return;
  }
  const reference: ConversationReference = {
    personId: person.id,
    conversationId,
    serviceUrl,
    tenantId,
    botId,
    userAadObjectId: objectId,
    ...(activity.locale === undefined ? {} : { locale: activity.locale }),
    installedAt: deps.clock.now().toISOString(),
  };
  await references.remember(reference);
}
