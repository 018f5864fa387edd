import {
  linkTargetsSchema,
  planApiPaths,
  savedBoardPlanSchema,
  savedPlanItemSchema,
  savedWorkPlanSchema,
  startedPlanSchema,
  untranslatedKfIndicatorsSchema,
  type PlanCollection,
  type PlanItemCollection,
  type StartedPlan,
} from "../../contracts/planApi";
import type { BoardPlan, KfIndicator, LinkTarget, PlanKind, Versioned, WorkPlan } from "../../domain";
import type { ApiSubject } from "./errorFromProblem";
import { sendJson, type ApiConnection } from "./sendJson";

export type AnyPlan = BoardPlan | WorkPlan;

/** A plan item as the API answers it (nämndindikator, etappmål, uppdrag or aktivitet). */
export type SavedItem = ReturnType<typeof savedPlanItemSchema.parse>;

/**
 * The planning API as the tab's plan forms call it: every write is decided by the server's use cases for the
 * person's token (the tab's own checks only decide what to offer). Rejects with the domain's errors rebuilt
 * from the problem details; a plan's state (`plan-state`, fastställd) arrives as an ApiRequestError carrying
 * the server's Swedish words.
 */
export interface PlanClient {
  createBoardPlan(request: {
    id: string;
    boardUnitId: string;
    year: number;
    title: string;
  }): Promise<Versioned<BoardPlan>>;
  createWorkPlan(request: {
    id: string;
    ownerUnitId: string;
    year: number;
    title: string;
  }): Promise<Versioned<WorkPlan>>;
  writeInterpretation(
    planId: string,
    focusAreaId: string,
    text: string,
    expectedVersion: string,
  ): Promise<Versioned<BoardPlan>>;
  untranslated(planId: string): Promise<readonly KfIndicator[]>;
  linkTargets(planId: string): Promise<readonly LinkTarget[]>;
  addItem(
    collection: PlanCollection,
    planId: string,
    items: PlanItemCollection,
    body: { id: string } & Record<string, unknown>,
  ): Promise<SavedItem>;
  changeItem(
    collection: PlanCollection,
    planId: string,
    items: PlanItemCollection,
    itemId: string,
    body: Record<string, unknown>,
    expectedVersion: string,
  ): Promise<SavedItem>;
  /** Removes an item of an utkast at the version read; refused while something depends on it. */
  removeItem(
    collection: PlanCollection,
    planId: string,
    items: PlanItemCollection,
    itemId: string,
    expectedVersion: string,
  ): Promise<void>;
  adopt(
    kind: PlanKind,
    planId: string,
    expectedVersion: string,
    decisionReference?: string,
  ): Promise<Versioned<AnyPlan>>;
  report(kind: PlanKind, planId: string, expectedVersion: string): Promise<Versioned<AnyPlan>>;
  newVersion(kind: PlanKind, planId: string, newPlanId: string): Promise<Versioned<AnyPlan>>;
  nextYear(kind: PlanKind, planId: string, newPlanId: string): Promise<StartedPlan>;
}

export const collectionOf = (kind: PlanKind): PlanCollection =>
  kind === "board-plan" ? "board-plans" : "work-plans";

const itemKinds = {
  indicators: "board-indicator",
  milestones: "milestone",
  assignments: "assignment",
  activities: "activity",
} as const;

export function createPlanApiClient(connection: ApiConnection): PlanClient {
  const send = (
    method: "GET" | "PUT" | "POST" | "DELETE",
    path: string,
    subject: ApiSubject,
    body?: unknown,
    expectedVersion?: string,
  ): Promise<unknown> =>
    sendJson(connection, {
      method,
      path,
      subject,
      body,
      headers: expectedVersion === undefined ? {} : { "If-Match": expectedVersion },
    });
  const board = (json: unknown): Versioned<BoardPlan> => {
    const saved = savedBoardPlanSchema.parse(json);
    return { value: saved.plan, version: saved.version };
  };
  const work = (json: unknown): Versioned<WorkPlan> => {
    const saved = savedWorkPlanSchema.parse(json);
    return { value: saved.plan, version: saved.version };
  };
  const planOf = (kind: PlanKind, json: unknown): Versioned<AnyPlan> =>
    kind === "board-plan" ? board(json) : work(json);
  return {
    createBoardPlan: async (request) =>
      board(await send("POST", planApiPaths.boardPlans, { kind: "board-plan", id: request.id }, request)),
    createWorkPlan: async (request) =>
      work(await send("POST", planApiPaths.workPlans, { kind: "work-plan", id: request.id }, request)),
    writeInterpretation: async (planId, focusAreaId, text, expectedVersion) =>
      board(
        await send(
          "PUT",
          planApiPaths.interpretation(planId, focusAreaId),
          { kind: "board-plan", id: planId },
          { text },
          expectedVersion,
        ),
      ),
    untranslated: async (planId) =>
      untranslatedKfIndicatorsSchema.parse(
        await send("GET", planApiPaths.untranslatedKfIndicators(planId), { kind: "board-plan", id: planId }),
      ).kfIndicators,
    linkTargets: async (planId) =>
      linkTargetsSchema.parse(
        await send("GET", planApiPaths.linkTargets(planId), { kind: "work-plan", id: planId }),
      ).targets,
    addItem: async (collection, planId, items, body) =>
      savedPlanItemSchema.parse(
        await send(
          "POST",
          planApiPaths.items(collection, planId, items),
          { kind: itemKinds[items], id: body.id },
          body,
        ),
      ),
    changeItem: async (collection, planId, items, itemId, body, expectedVersion) =>
      savedPlanItemSchema.parse(
        await send(
          "PUT",
          planApiPaths.item(collection, planId, items, itemId),
          { kind: itemKinds[items], id: itemId },
          body,
          expectedVersion,
        ),
      ),
    removeItem: async (collection, planId, items, itemId, expectedVersion) => {
      await send(
        "DELETE",
        planApiPaths.item(collection, planId, items, itemId),
        { kind: itemKinds[items], id: itemId },
        undefined,
        expectedVersion,
      );
    },
    adopt: async (kind, planId, expectedVersion, decisionReference) =>
      planOf(
        kind,
        await send(
          "POST",
          planApiPaths.adoption(collectionOf(kind), planId),
          { kind, id: planId },
          decisionReference === undefined ? {} : { decisionReference },
          expectedVersion,
        ),
      ),
    report: async (kind, planId, expectedVersion) =>
      planOf(
        kind,
        await send(
          "POST",
          planApiPaths.report(collectionOf(kind), planId),
          { kind, id: planId },
          {},
          expectedVersion,
        ),
      ),
    newVersion: async (kind, planId, newPlanId) =>
      planOf(
        kind,
        await send(
          "POST",
          planApiPaths.versions(collectionOf(kind), planId),
          { kind, id: planId },
          { id: newPlanId },
        ),
      ),
    nextYear: async (kind, planId, newPlanId) =>
      startedPlanSchema.parse(
        await send(
          "POST",
          planApiPaths.nextYear(collectionOf(kind), planId),
          { kind, id: planId },
          { id: newPlanId },
        ),
      ),
  };
}
