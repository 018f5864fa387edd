import { z } from "zod";
import { agenda2030GoalsSchema } from "./agenda2030";
import { yearSchema } from "./primitives";

/** Which way is good: `increase` = higher is better. */
export const INDICATOR_DIRECTIONS = ["increase", "decrease"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** A value at a point in time (baseline or target). */
export const yearValueSchema = z.strictObject({ value: z.number().finite(), year: yearSchema });
export type YearValue = z.infer<typeof yearValueSchema>;

/** Kolada KPI id, e.g. `N00097`. */
export const koladaKpiIdSchema = z.string().regex(/^[NU]\d{5}$/, "Kolada-id ska se ut som N00097");

/** What every indicator (KF or nämnd) states about itself. */
export const indicatorFields = {
  name: z.string().trim().min(1),
  /** Unit of measurement as shown: `%`, `kr/elev`, `gha/inv`, `index`. */
  measureUnit: z.string().trim().min(1),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: yearValueSchema.optional(),
  target: yearValueSchema.optional(),
  koladaKpiId: koladaKpiIdSchema.optional(),
  /** Outcomes are also recorded for kvinnor and män (absent: total only). */
  genderSplit: z.boolean().optional(),
  /** The Agenda 2030 goals (1–17) the indicator measures progress towards; absent when none is named. */
  agenda2030Goals: agenda2030GoalsSchema.optional(),
};
