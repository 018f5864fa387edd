/**
 * Whole-model check: every entity valid by its schema, ids unique per kind, every link valid. Used on demo
 * data, generated data and imports.
 */
import { InvalidLinkError, ValidationError } from "../errors";
import { ENTITY_SCHEMAS, type EntityByKind } from "../model/entities";
import { ITEM_KINDS, type ItemKind } from "../model/kinds";
import { validate } from "../model/validate";
import { nameItem } from "../vocabulary";
import {
  checkActivity,
  checkAssignment,
  checkBoardIndicator,
  checkBoardPlan,
  checkFollowUp,
  checkIndividualGoal,
  checkMilestone,
  checkOrgUnit,
  checkWorkPlan,
} from "./links";
import { indexModel, refOf, type ModelIndex, type ModelSnapshot } from "./snapshot";

export interface ModelCheck {
  readonly invalid: readonly ValidationError[];
  readonly duplicateIds: readonly { readonly kind: ItemKind; readonly id: string }[];
  readonly refusedLinks: readonly InvalidLinkError[];
}

export const isClean = (check: ModelCheck): boolean =>
  check.invalid.length === 0 && check.duplicateIds.length === 0 && check.refusedLinks.length === 0;

const missingRef = (fromKind: ItemKind, fromId: string, kind: ItemKind, id: string): InvalidLinkError =>
  new InvalidLinkError(
    "target-missing",
    refOf(fromKind, fromId),
    refOf(kind, id),
    `${nameItem(fromKind, fromId)} pekar på ${nameItem(kind, id)}, som inte finns.`,
  );

/** Plain references (no rule beyond existence): outcome indicators, people's units, the KF level. */
const checkReferences = (model: ModelIndex): InvalidLinkError[] => {
  const refusals: InvalidLinkError[] = [];
  for (const o of model.all("indicator-outcome")) {
    if (model.get(o.indicator.kind, o.indicator.id) === undefined) {
      refusals.push(missingRef("indicator-outcome", o.id, o.indicator.kind, o.indicator.id));
    }
  }
  for (const p of model.all("person")) {
    if (model.get("org-unit", p.unitId) === undefined)
      refusals.push(missingRef("person", p.id, "org-unit", p.unitId));
    for (const role of p.roles) {
      if (role.kind === "planner" && model.get("org-unit", role.unitId) === undefined) {
        refusals.push(missingRef("person", p.id, "org-unit", role.unitId));
      }
    }
  }
  for (const pd of model.all("program-declaration")) {
    if (model.get("vision", pd.visionId) === undefined) {
      refusals.push(missingRef("program-declaration", pd.id, "vision", pd.visionId));
    }
  }
  for (const fa of model.all("focus-area")) {
    if (model.get("program-declaration", fa.programDeclarationId) === undefined) {
      refusals.push(missingRef("focus-area", fa.id, "program-declaration", fa.programDeclarationId));
    }
  }
  for (const kf of model.all("kf-indicator")) {
    if (model.get("focus-area", kf.focusAreaId) === undefined) {
      refusals.push(missingRef("kf-indicator", kf.id, "focus-area", kf.focusAreaId));
    }
  }
  return refusals;
};

/** Every link rule over every item of the index. */
export const checkLinks = (model: ModelIndex): InvalidLinkError[] => [
  ...model.all("org-unit").flatMap((x) => checkOrgUnit(x, model)),
  ...model.all("board-plan").flatMap((x) => checkBoardPlan(x, model)),
  ...model.all("board-indicator").flatMap((x) => checkBoardIndicator(x, model)),
  ...model.all("milestone").flatMap((x) => checkMilestone(x, model)),
  ...model.all("assignment").flatMap((x) => checkAssignment(x, model)),
  ...model.all("work-plan").flatMap((x) => checkWorkPlan(x, model)),
  ...model.all("activity").flatMap((x) => checkActivity(x, model)),
  ...model.all("individual-goal").flatMap((x) => checkIndividualGoal(x, model)),
  ...model.all("follow-up").flatMap((x) => checkFollowUp(x, model)),
  ...checkReferences(model),
];

/** Schemas, unique ids and links of a whole snapshot. */
export const checkModel = (snapshot: ModelSnapshot): ModelCheck => {
  const invalid: ValidationError[] = [];
  const duplicateIds: { kind: ItemKind; id: string }[] = [];
  for (const kind of ITEM_KINDS) {
    const seen = new Set<string>();
    for (const entity of (snapshot[kind] ?? []) as readonly EntityByKind[ItemKind][]) {
      const result = validate(kind, ENTITY_SCHEMAS[kind], entity);
      if (!result.ok) invalid.push(result.error);
      if (seen.has(entity.id)) duplicateIds.push({ kind, id: entity.id });
      seen.add(entity.id);
    }
  }
  return { invalid, duplicateIds, refusedLinks: checkLinks(indexModel(snapshot)) };
};
