import type { DirectoryPerson } from "../../../contracts/directory";

/**
 * The person the tab acts as: UPN (`id`), name, unit, main role, the units they lead and plan for.
 * Locally it is the picked demo person; in production the signed-in user (`signedInPerson`).
 */
export type CurrentPerson = DirectoryPerson;
