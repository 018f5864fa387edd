import { z } from "zod";

/** A UN Sustainable Development Goal (Agenda 2030, "de globala målen"), 1–17. */
export const agenda2030GoalSchema = z
  .number()
  .int("ett globalt mål är ett heltal")
  .min(1, "de globala målen är numrerade 1–17")
  .max(17, "de globala målen är numrerade 1–17");
export type Agenda2030Goal = z.infer<typeof agenda2030GoalSchema>;

/** The goals an item carries: each at most once, in ascending order (so stored text compares equal). */
export const agenda2030GoalsSchema = z
  .array(agenda2030GoalSchema)
  .refine(
    (goals) => goals.every((goal, i) => i === 0 || goal > (goals[i - 1] ?? 0)),
    "de globala målen ska stå i stigande ordning, vart och ett en gång",
  );

/** Goals as people enter them (any order, repeats) made into what the schema accepts. */
export const normaliseAgenda2030Goals = (goals: readonly number[]): number[] =>
  [...new Set(goals)].sort((a, b) => a - b);

/** Does an item carrying `goals` (absent: none) carry `goal`? */
export const carriesAgenda2030Goal = (goals: readonly number[] | undefined, goal: number): boolean =>
  goals?.includes(goal) === true;
