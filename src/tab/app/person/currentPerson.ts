import type { DirectoryPerson } from "../../../contracts/directory";

/**
 * The person the tab acts as: UPN (`id`), name, unit, main role, the units they lead and plan for.
 * Locally it is the picked demo person; in Teams (a later issue) the signed-in user.
 */
export type CurrentPerson = DirectoryPerson;
