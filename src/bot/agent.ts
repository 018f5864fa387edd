import { Activity, ActivityTypes } from "@microsoft/agents-activity";
import {
  AgentApplication,
  CloudAdapter,
  type AuthConfiguration,
  type TurnContext,
  type TurnState,
} from "@microsoft/agents-hosting";
import { cardVerbs, type AdaptiveCard, type CardLocale } from "../cards";
import { refreshCardAction, saveFollowUpsAction, type CardActionDeps, type Presser } from "./cardActions";
import { onInstallation, type InstallationDeps } from "./installation";

export type BotDeps = CardActionDeps & InstallationDeps;

/** Swedish unless the person's Teams speaks English. */
export const cardLocaleOf = (locale: string | undefined): CardLocale =>
  locale?.toLowerCase().startsWith("en") === true ? "en" : "sv";

const activityOf = (context: { activity: Activity }): Activity => context.activity;

/**
 * Målkedjan's bot (Microsoft 365 Agents SDK): remembers where it reaches each person when they install the
 * app, and answers the reminder card's actions as the person who pressed. Nothing is kept in the SDK's turn
 * storage: SharePoint holds all state.
 */
export function createAgent(deps: BotDeps, authConfig: AuthConfiguration): AgentApplication<TurnState> {
  const adapter = new CloudAdapter(authConfig);
  const app = new AgentApplication<TurnState>({ adapter, startTypingTimer: false });

  const installation = async (context: { activity: Activity }): Promise<void> =>
    onInstallation(deps, activityOf(context));
  app.onConversationUpdate("membersAdded", installation);
  app.onActivity(ActivityTypes.InstallationUpdate, installation);

  /** The presser: their Entra object id → the organisation. The card's data never says who presses. */
  const presserOf = async (activity: Activity): Promise<Presser | undefined> => {
    const objectId = activity.from?.aadObjectId;
    if (objectId === undefined) return undefined;
    const person = await deps.personByObjectId(objectId);
    return person === undefined
      ? undefined
      : { person, aadObjectId: objectId, locale: cardLocaleOf(activity.locale) };
  };

  const unknownPresser = (activity: Activity): string => {
    deps.log("Målkedjan bot: a card action by a Teams user the organisation does not know; refused");
    return cardLocaleOf(activity.locale) === "en"
      ? "You are not in Målkedjan's organisation, so nothing was saved."
      : "Du finns inte i Målkedjans organisation, så inget sparades.";
  };

  const action =
    (run: (deps: CardActionDeps, presser: Presser, data: unknown) => Promise<AdaptiveCard>) =>
    async (
      context: { activity: Activity },
      _state: TurnState,
      action: { data?: unknown },
    ): Promise<AdaptiveCard | string> => {
      const presser = await presserOf(context.activity);
      if (presser === undefined) return unknownPresser(context.activity);
      return run(deps, presser, action.data);
    };
  app.adaptiveCards.actionExecute(cardVerbs.save, action(saveFollowUpsAction));
  app.adaptiveCards.actionExecute(cardVerbs.refresh, action(refreshCardAction));

  // An old Teams client without Universal Actions sends the card's `Action.Submit` fallback: a message whose
  // `value` is the card's data with its inputs. It is saved as the person who pressed, by the same action as
  // `Action.Execute`, and the card they pressed is replaced by the answer (a new message if it cannot be).
  const submitted = async (context: TurnContext, value: object): Promise<void> => {
    const presser = await presserOf(context.activity);
    if (presser === undefined) {
      await context.sendActivity(unknownPresser(context.activity));
      return;
    }
    const card = await saveFollowUpsAction(deps, presser, value);
    const attachments = [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }];
    const pressedCard = context.activity.replyToId;
    if (pressedCard !== undefined) {
      try {
        await context.updateActivity(
          Activity.fromObject({ type: ActivityTypes.Message, id: pressedCard, attachments }),
        );
        return;
      } catch {
        deps.log("Målkedjan bot: the pressed card could not be replaced; the answer goes as a new message");
      }
    }
    await context.sendActivity(Activity.fromObject({ type: ActivityTypes.Message, attachments }));
  };

  // Someone writes to the bot: it has no conversation of its own, so it says where things happen.
  app.onActivity(ActivityTypes.Message, async (context) => {
    const value: unknown = context.activity.value;
    if (typeof value === "object" && value !== null && "card" in value) return submitted(context, value);
    const en = cardLocaleOf(context.activity.locale) === "en";
    await context.sendActivity(
      en
        ? "I send you reminders when your goals are due for follow-up, and you can answer them right in the card. Everything else is in the Målkedjan tabs."
        : "Jag påminner dig när dina mål ska följas upp, och du kan svara direkt i kortet. Allt annat finns i Målkedjans flikar.",
    );
  });

  app.onError(async (_context, error) => {
    deps.log(`Målkedjan bot: a turn failed (${error.name})`);
  });
  return app;
}
