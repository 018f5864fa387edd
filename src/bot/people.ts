import { createHash } from "node:crypto";
import type { Person } from "../domain";

/** Finds the organisation's person behind a Teams user's Entra object id; undefined for nobody known. */
export type PersonByObjectId = (objectId: string) => Promise<Person | undefined>;

/**
 * Local mode's stand-in for an Entra object id: the demo people have none, so a demo person's Teams user is
 * given a stable UUID made from their UPN (tests and the Agents Playground send it as `from.aadObjectId`).
 */
export function localObjectId(upn: string): string {
  const hex = createHash("sha256").update(`malkedjan-local:${upn.toLowerCase()}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
