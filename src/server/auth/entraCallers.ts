import type { Clock, Person } from "../../domain";
import type { CallerVerifier } from "./callerVerifier";
import type { EntraSignIn } from "./entraToken";

/** The organisation as the server reads it (with the app's identity): a person by Entra object id, or by Key (UPN). */
export interface SignedInPeople {
  byObjectId(objectId: string): Promise<Person | undefined>;
  byKey(key: string): Promise<Person | undefined>;
}

export interface EntraCallerDeps {
  readonly verifyToken: (token: string) => Promise<EntraSignIn | undefined>;
  readonly people: SignedInPeople;
  readonly clock: Clock;
}

/** A bearer token as Entra issues them: three base64url parts (anything else is nobody). */
const bearer = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** Someone whose leaving date has come is no longer a caller: their goals are archived, not theirs to change. */
function hasLeft(person: Person, today: string): boolean {
  return person.leftAt !== undefined && person.leftAt <= today;
}

/**
 * Production: the caller is who a verified Entra token says, found in the organisation by object id (it
 * never changes), or, while the organisation import has not recorded one, by UPN = the person's Key. A
 * person found by UPN whose recorded object id is another one is not the caller (the UPN was given to someone
 * else). Nobody in the organisation, or someone who has left → no caller (401).
 */
export function entraCallers(deps: EntraCallerDeps): CallerVerifier {
  return async (authorization) => {
    const token = bearer.exec(authorization?.trim() ?? "")?.[1];
    if (token === undefined) return undefined;
    const signIn = await deps.verifyToken(token);
    if (signIn === undefined) return undefined;
    let person = signIn.objectId === undefined ? undefined : await deps.people.byObjectId(signIn.objectId);
    if (person === undefined && signIn.userPrincipalName !== undefined) {
      const byUpn = await deps.people.byKey(signIn.userPrincipalName);
      if (
        byUpn !== undefined &&
        (byUpn.entraObjectId === undefined || byUpn.entraObjectId === signIn.objectId)
      )
        person = byUpn;
    }
    if (person === undefined || hasLeft(person, deps.clock.today())) return undefined;
    return { personId: person.id.toLowerCase() };
  };
}
