import type { z } from "zod";
import type { ValidationError } from "../errors";
import type { Result } from "../result";
import { activitySchema } from "./activity";
import { assignmentSchema } from "./assignment";
import { boardIndicatorSchema } from "./boardIndicator";
import { boardPlanSchema } from "./boardPlan";
import { focusAreaSchema } from "./focusArea";
import { followUpSchema } from "./followUp";
import { indicatorOutcomeSchema } from "./indicatorOutcome";
import { individualGoalSchema } from "./individualGoal";
import { kfIndicatorSchema } from "./kfIndicator";
import type { ItemKind } from "./kinds";
import { milestoneSchema } from "./milestone";
import { orgUnitSchema } from "./orgUnit";
import { personSchema } from "./person";
import { programDeclarationSchema } from "./programDeclaration";
import { validate } from "./validate";
import { visionSchema } from "./vision";
import { workPlanSchema } from "./workPlan";

/** The schema of each kind: one table for storage mapping, import and validation of any kind. */
export const ENTITY_SCHEMAS = {
  vision: visionSchema,
  "program-declaration": programDeclarationSchema,
  "focus-area": focusAreaSchema,
  "kf-indicator": kfIndicatorSchema,
  "board-plan": boardPlanSchema,
  "board-indicator": boardIndicatorSchema,
  milestone: milestoneSchema,
  assignment: assignmentSchema,
  "work-plan": workPlanSchema,
  activity: activitySchema,
  "individual-goal": individualGoalSchema,
  "follow-up": followUpSchema,
  "indicator-outcome": indicatorOutcomeSchema,
  "org-unit": orgUnitSchema,
  person: personSchema,
} as const satisfies Record<ItemKind, z.ZodType>;

/** The entity type of each kind. */
export type EntityByKind = { [K in ItemKind]: z.infer<(typeof ENTITY_SCHEMAS)[K]> };
export type Entity = EntityByKind[ItemKind];

/** Validates input as an entity of the given kind. */
export const parseEntity = <K extends ItemKind>(
  kind: K,
  input: unknown,
): Result<EntityByKind[K], ValidationError> =>
  validate(kind, ENTITY_SCHEMAS[kind], input) as Result<EntityByKind[K], ValidationError>;
