import { directorySchema, type DirectoryPerson } from "../../src/contracts/directory";
import type { RunningApp } from "./app";

/** The demo people the local server offers in the picker. */
export async function demoPeople(app: RunningApp): Promise<DirectoryPerson[]> {
  const response = await fetch(new URL("api/local/people", app.url));
  if (!response.ok) throw new Error(`GET /api/local/people: ${response.status}`);
  return directorySchema.parse(await response.json()).people;
}

/** One demo person by UPN, or the first with a role (e.g. `{ role: "chef" }`). */
export async function demoPerson(
  app: RunningApp,
  which: { readonly id: string } | { readonly role: DirectoryPerson["role"] },
): Promise<DirectoryPerson> {
  const people = await demoPeople(app);
  const found = people.find((p) => ("id" in which ? p.id === which.id : p.role === which.role));
  if (found === undefined) throw new Error(`no demo person ${JSON.stringify(which)}`);
  return found;
}
