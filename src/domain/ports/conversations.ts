/** Where the bot can reach a person 1:1: stored from Teams' installation events, with the serviceUrl they came with. */
export interface ConversationReference {
  readonly personId: string;
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly botId: string;
  readonly userAadObjectId: string;
  readonly locale?: string;
  readonly installedAt: string;
}

export interface ConversationReferences {
  /** Upsert by personId (idempotent: the same reference twice writes nothing the second time). */
  remember(reference: ConversationReference): Promise<void>;
  /** Batched look-up; people with no reference are left out. */
  find(personIds: readonly string[]): Promise<ConversationReference[]>;
  /** The app was uninstalled (or Teams answered 403/404 for good). */
  forget(personId: string): Promise<void>;
}
