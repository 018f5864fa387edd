import { z } from "zod";

/** How a person takes part: every person is a medarbetare; some are also chef or planner. */
export const shellRoles = ["medarbetare", "chef", "planner"] as const;
export type ShellRole = (typeof shellRoles)[number];

/**
 * One person as the local server lists them for the person picker (`GET /api/local/people`), and as
 * the tab remembers the picked person. Local mode only.
 */
export const directoryPersonSchema = z.object({
  /** The UPN: what the token carries. */
  id: z.string().min(3),
  name: z.string().min(1),
  unitId: z.string().min(1),
  unitName: z.string().min(1),
  /** The person's main role for grouping: chef if they lead a unit, planner if they plan, else medarbetare. */
  role: z.enum(shellRoles),
  /** Units this person is chef of. */
  chefOf: z.array(z.string()),
  /** Units this person plans for (and the units under them). */
  plannerFor: z.array(z.string()),
});
export type DirectoryPerson = z.infer<typeof directoryPersonSchema>;

export const directorySchema = z.object({ people: z.array(directoryPersonSchema) });
export type Directory = z.infer<typeof directorySchema>;

export const directoryPath = "/api/local/people";
