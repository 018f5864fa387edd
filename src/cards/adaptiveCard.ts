/** Plain JSON, as a card travels in an activity. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** An Adaptive Card 1.5 as sent to Teams: a plain JSON object (no renderer classes). */
export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  readonly version: "1.5";
  readonly body: readonly JsonObject[];
  readonly actions?: readonly JsonObject[];
  readonly refresh?: {
    readonly action: JsonObject;
    /** Teams user MRIs, at most 60: only they refresh the card automatically. */
    readonly userIds: readonly string[];
  };
  readonly msteams?: JsonObject;
  readonly [key: string]: Json | undefined;
}

/** The Bot Framework attachment that carries a card in a message. */
export const adaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

/** The verbs of the card's `Action.Execute`s, which the bot routes on. */
export const cardVerbs = { save: "saveFollowUps", refresh: "refreshCard" } as const;
