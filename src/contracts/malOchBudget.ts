/**
 * Mål och budget as a Word file: `GET /api/reports/mal-och-budget.docx?mandat=<programförklaring id>`, the
 * KF level of that mandate (without `mandat`: the mandate covering the current year). A public document,
 * for every signed-in person; the file is named with the mandate's years (`Mål och budget 2023–2026.docx`).
 */
import { z } from "zod";

/** `?mandat=programforklaring-2023-2026`, or nothing for the mandate covering the current year. */
export const malOchBudgetQuerySchema = z.object({
  mandat: z.string().trim().min(1).max(100).optional(),
});
export type MalOchBudgetQuery = z.infer<typeof malOchBudgetQuerySchema>;

export const malOchBudgetApiPaths = {
  docx: (declarationId?: string): string =>
    `/api/reports/mal-och-budget.docx${declarationId === undefined ? "" : `?mandat=${encodeURIComponent(declarationId)}`}`,
} as const;
