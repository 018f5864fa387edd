import { z } from "zod";
import { FOLLOW_UP_STATUSES } from "../domain";
import type { ReminderCardData } from "../cards";

/**
 * The card's data as it comes back in an `adaptiveCard/action` invoke: from the client, so checked before
 * use. It is display only (titles of plans, the chain, who is late): every goal is re-read as the person who
 * pressed, and who they are comes from the activity, never from here.
 */
const text = z.string().max(2000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1).max(200);
const lastFollowUp = z.object({ date, status: z.enum(FOLLOW_UP_STATUSES), comment: text.optional() });

const item = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("goal-follow-up"),
    key: id,
    goalId: id,
    employeeId: id,
    title: text,
    chain: z.array(text).max(20),
    dueDate: date,
    overdue: z.boolean(),
    lastFollowUp: lastFollowUp.optional(),
  }),
  z.object({
    kind: z.literal("goal-agreement"),
    key: id,
    goalId: id,
    title: text,
    employeeName: text.optional(),
    audience: z.enum(["medarbetare", "chef"]),
  }),
  z.object({
    kind: z.literal("team-overdue"),
    key: id,
    goalId: id,
    employeeName: text,
    title: text,
    dueDate: date,
  }),
  z.object({
    kind: z.literal("plan-follow-up"),
    key: id,
    planTitle: text,
    period: z.enum(["arbetsplan", "tertial", "delår", "helår"]),
    dueDate: date,
    overdue: z.boolean(),
  }),
]);

export const cardDataSchema = z.object({
  person: z.object({ id: text, name: text, aadObjectId: text }),
  items: z.array(item).max(100),
  tabLink: z.union([
    z.object({ teamsAppId: z.string().regex(/^[0-9a-fA-F-]{36}$/) }),
    z.object({ origin: z.string().regex(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/) }),
  ]),
});

/** The card an action came from, or undefined when its data is not a reminder card's. */
export function cardDataOf(value: unknown): ReminderCardData | undefined {
  const parsed = cardDataSchema.safeParse(value);
  return parsed.success ? (parsed.data as ReminderCardData) : undefined;
}
