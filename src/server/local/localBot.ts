import type { Router } from "express";
import { botRoutes, localObjectId, type PersonByObjectId } from "../../bot";
import type { Directory } from "../../contracts/directory";
import type { Clock, ConversationReferences, GoalStore, Person } from "../../domain";

export interface LocalBotParts {
  readonly goals: () => GoalStore | undefined;
  readonly references: () => ConversationReferences | undefined;
  /** The organisation as the app reads it (undefined until the site is ready). */
  readonly people: () =>
    | {
        byObjectId(objectId: string): Promise<Person | undefined>;
        byKey(key: string): Promise<Person | undefined>;
      }
    | undefined;
  /** The demo people (the person picker's), whose stand-in object ids the local Teams users carry. */
  readonly directory: () => Promise<Directory>;
  /** The tab's origin, where "Öppna i Målkedjan" leads outside Teams. */
  readonly origin: () => string;
  readonly clock: Clock;
}

/**
 * The bot in local mode: no tokens checked (loopback only, like everything local), and a Teams user is a demo
 * person either by a real object id in _Personer_ or by the stand-in `localObjectId(upn)` (the demo has none).
 */
export function localBotRoutes(parts: LocalBotParts): Router {
  const personByObjectId: PersonByObjectId = async (objectId) => {
    const people = parts.people();
    if (people === undefined) return undefined;
    const known = await people.byObjectId(objectId);
    if (known !== undefined) return known;
    const demo = (await parts.directory()).people.find((p) => localObjectId(p.id) === objectId.toLowerCase());
    return demo === undefined ? undefined : people.byKey(demo.id);
  };
  return botRoutes(
    {
      goals: parts.goals,
      references: parts.references,
      personByObjectId,
      clock: parts.clock,
      tabLink: () => ({ origin: parts.origin() }),
      log: (message) => console.warn(message),
    },
    { mode: "local" },
  );
}
